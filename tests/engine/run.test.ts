import { describe, expect, it } from 'vitest';
import { Run } from '../../src/engine/run.js';
import { Session } from '../../src/engine/session.js';
import { compactSnapshots } from '../../src/engine/history.js';
import type { StoryEvent } from '../../src/engine/events.js';
import { compiled, lines } from '../helpers.js';

const saga = () => compiled('tests/fixtures/saga.ink');
const origin = (seed = 7) => ({ seed, variables: {}, prelude: [] });

function start(seed = 7): Run {
  return Run.begin(new Session(saga(), { seed }), origin(seed));
}

/** Plays `choices` on `run`, returning the last passage's events. */
function play(run: Run, choices: number[]): StoryEvent[] {
  let events = run.advance().events;
  for (const c of choices) {
    run.choose(c);
    events = run.advance().events;
  }
  return events;
}

describe('Run history', () => {
  it('records each choice point with its chapter and the option taken', () => {
    const run = start();
    play(run, [0, 1, 1, 0]);
    expect(run.history.map((s) => [s.chapter?.number, s.count, s.taken?.text])).toEqual([
      [1, 2, 'Open the gate'],
      [1, 2, 'Go right, to the library'],
      [1, 2, 'Close it'],
      [2, 2, 'Rest'],
      [2, 2, undefined],
    ]);
    expect(run.history[0]?.point).toBe('gate.0');
    expect(run.history[1]?.point).toBe('gate.0.g-0');
  });

  it('rewinds to an earlier choice point, shows its text again, and plays on differently', () => {
    const run = start();
    const atHill = play(run, [0, 1, 1, 0]);
    const dice = lines(atHill);
    const back = run.rewindTo(1);
    expect(lines(back)).toEqual(['It swings open.', 'The path forks.']);
    expect(run.history).toHaveLength(2);
    expect(run.history[1]?.taken).toBeUndefined();
    run.choose(0);
    const orchard = run.advance().events;
    expect(lines(orchard)).toContain('The orchard is quiet.');
    expect(run.session.secrets).toEqual(['orchard']);
    expect(dice.length).toBeGreaterThan(0);
  });

  it('undoes a rewind until the next choice', () => {
    const run = start();
    const before = play(run, [0, 1, 1, 0]);
    const state = run.session.snapshot();
    run.rewindTo(0);
    expect(run.canUndoRewind).toBe(true);
    expect(run.undoRewind()).toBe(true);
    expect(run.history).toHaveLength(5);
    expect(run.passage).toEqual(before);
    expect(run.session.snapshot()).toBe(state);
    run.rewindTo(2);
    run.choose(0);
    expect(run.canUndoRewind).toBe(false);
    expect(run.undoRewind()).toBe(false);
  });

  it('replays ink randomness exactly after a rewind', () => {
    const run = start(11);
    play(run, [0, 0, 0, 1]);
    const roll = (events: readonly StoryEvent[]) => lines(events).find((l) => l.startsWith('You climb the hill'));
    const first = roll(run.replayAll().events);
    run.rewindTo(2);
    run.choose(0);
    expect(roll(run.advance().events)).toBe(first);
  });

  it('resumes from a compact record at the same place with the same text on screen', () => {
    const run = start();
    const shown = play(run, [1, 0, 1, 1, 1]);
    const record = run.record;
    const compact = { ...record, snapshots: compactSnapshots(record, 100_000, 2) };
    expect(Object.keys(compact.snapshots).map(Number)).toEqual([2, 4]);
    const again = Run.resume(new Session(saga(), { seed: 1 }), JSON.parse(JSON.stringify(compact)));
    expect(again.events).toEqual(shown);
    expect(again.run.session.snapshot()).toBe(run.session.snapshot());
    expect(lines(again.run.rewindTo(1))).toEqual(['You climb, and scrape a knee.', 'The path forks.']);
  });

  it('resumes a finished run at its ending', () => {
    const run = start();
    play(run, [0, 0, 0, 0, 0, 0]);
    expect(run.ending).toBe('dawn');
    const again = Run.resume(new Session(saga(), { seed: 1 }), { ...run.record, snapshots: {} });
    expect(again.run.ending).toBe('dawn');
    expect(again.events.at(-1)).toEqual({ kind: 'end', ending: 'dawn' });
    expect(again.progress.ending).toEqual({ id: 'dawn', route: 6 });
  });

  it('reports progress: lines, the choice point and the edge that led to it, secrets, checkpoints', () => {
    const run = start();
    const first = run.advance().progress;
    expect(first.checkpoints.map((c) => [c.id, c.route.length, c.state])).toEqual([['chapter-1', 0, undefined]]);
    expect(first.point).toMatchObject({ id: 'gate.0', chapter: { number: 1, title: 'The Gate' }, label: 'You stand at the gate.' });
    run.choose(1);
    run.advance();
    run.choose(0);
    const orchard = run.advance().progress;
    expect(orchard.from).toEqual({ point: 'gate.0.g-0', option: expect.stringMatching(/^gate\.0\.g-0\./) });
    expect(orchard.secrets).toEqual(['orchard']);
    run.choose(1);
    const hill = run.advance().progress;
    expect(hill.checkpoints).toHaveLength(1);
    expect(hill.checkpoints[0]).toMatchObject({ id: 'chapter-2', route: [{ index: 1, count: 2 }, { index: 0, count: 2 }, { index: 1, count: 2 }] });
    expect(hill.checkpoints[0]?.state).toEqual(expect.any(String));
    expect(hill.near).toEqual([]);
    run.choose(0);
    expect(run.advance().progress.near).toEqual(['night']);
  });

  it('begins a new run at a chapter start in the state of the run that reached it', () => {
    const run = start(5);
    run.advance();
    run.choose(0);
    run.advance();
    run.choose(0);
    run.advance();
    run.choose(0);
    const cp = run.advance().progress.checkpoints[0];
    if (!cp?.state) throw new Error('no checkpoint');
    const later = Run.begin(new Session(saga(), { seed: 99 }), {
      seed: cp.seed,
      variables: cp.variables,
      prelude: cp.route,
      preludeState: cp.state,
      preludeChapter: cp.stateChapter ?? null,
      checkpoint: cp.id,
    });
    const events = later.advance().events;
    expect(events[0]).toEqual({ kind: 'chapter', number: 2, title: 'The Hill' });
    expect(lines(events)[0]).toMatch(/^You climb the hill/);
    expect(later.session.secrets).toEqual(['orchard']);
    expect(later.route).toHaveLength(3);
    later.choose(0);
    later.advance();
    later.choose(0);
    later.advance();
    later.choose(0);
    expect(later.advance().progress.ending).toEqual({ id: 'dawn', route: 6 });
  });
});
