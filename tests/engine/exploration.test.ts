import { describe, expect, it } from 'vitest';
import { divergence, metBefore, optionMarks, skipChoice } from '../../src/engine/exploration.js';
import { lineKey } from '../../src/engine/choice-point.js';
import { Run } from '../../src/engine/run.js';
import { Session } from '../../src/engine/session.js';
import { playRuns, saga } from './replay-helpers.js';

/** A run of the saga stood at the choice reached by `route`. */
function at(route: number[]): Run {
  const run = Run.begin(new Session(saga(), { seed: 1 }), { seed: 1, variables: {}, prelude: [] });
  run.advance();
  for (const c of route) {
    run.choose(c);
    run.advance();
  }
  return run;
}

describe('exploration', () => {
  it('marks nothing at a point never met, and at a met one marks taken and unread options', () => {
    const { profile } = playRuns([[0, 0, 0, 0, 0, 0]]);
    const seen = new Set(profile.seen);
    const fresh = at([]);
    expect(optionMarks({ ...profile, points: {} }, 'gate.0', fresh.session.options, seen, (i) => fresh.peek(i))).toEqual([null, null]);
    expect(optionMarks(profile, 'gate.0', fresh.session.options, seen, (i) => fresh.peek(i))).toEqual(['seen', 'fresh']);
    expect(metBefore(profile, 'gate.0')).toBe(true);
    expect(metBefore(profile, 'library_room.0')).toBe(false);
  });

  it('marks a taken option fresh when this time it leads to text not read', () => {
    const { profile } = playRuns([[0, 0, 0, 0, 0, 0]]);
    const run = at([]);
    const seen = new Set(profile.seen);
    seen.delete(lineKey('It swings open.'));
    expect(optionMarks(profile, 'gate.0', run.session.options, seen, (i) => run.peek(i))[0]).toBe('fresh');
  });

  it('peeks without moving the story', () => {
    const run = at([0]);
    const before = run.session.snapshot();
    expect(run.peek(1).some((e) => e.kind === 'line' && e.text === 'A book lies open.')).toBe(true);
    expect(run.session.snapshot()).toBe(before);
  });

  it('skips only through points where every option has been taken, along the last one taken', () => {
    const { profile } = playRuns([[0, 0, 0, 0, 0, 0], [1, 0, 1, 1, 1, 1]]);
    const run = at([]);
    expect(skipChoice(profile, 'gate.0', run.session.options)).toBe(1);
    const library = at([0, 1]);
    expect(skipChoice(profile, 'library_room.0', library.session.options)).toBeNull();
    expect(skipChoice(profile, 'nowhere', run.session.options)).toBeNull();
  });

  it('finds the first choice point of a run that has an option never taken', () => {
    const { profile, run } = playRuns([[0, 0, 0, 0, 0, 0], [1, 0, 1, 0, 0]]);
    expect(divergence(profile, run.history)).toBe(1);
    const { profile: all } = playRuns([[0, 0, 0], [1, 1, 0]]);
    expect(divergence(all, at([0, 0]).history)).toBe(2);
  });
});
