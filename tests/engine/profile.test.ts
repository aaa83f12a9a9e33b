import { describe, expect, it } from 'vitest';
import { echoVariables, emptyProfile, forStoryVersion, recordRunStart, untakenOptions } from '../../src/engine/profile.js';
import { lineKey } from '../../src/engine/choice-point.js';
import { fixedClock, playRuns } from './replay-helpers.js';

describe('the profile', () => {
  it('records each ending with its first date, times reached and shortest route', () => {
    const clock = fixedClock('2026-05-01T10:00:00.000Z');
    const { profile } = playRuns([[0, 0, 0, 0, 0, 0], [0, 1, 1, 0, 1, 0], [1, 0, 0, 0, 0, 1]], undefined, clock);
    expect(profile.endings.dawn).toEqual({ first: '2026-05-01T10:06:00.000Z', times: 2, shortest: 6 });
    expect(profile.endings.dusk).toMatchObject({ times: 1, shortest: 6 });
    expect(profile.runsCompleted).toBe(3);
  });

  it('records the choice points met, the options taken and where they led', () => {
    const { profile } = playRuns([[0, 0, 0, 0, 0, 0]]);
    const gate = profile.points['gate.0'];
    expect(gate?.chapter).toEqual({ number: 1, title: 'The Gate' });
    expect(gate?.label).toBe('You stand at the gate.');
    expect(Object.values(gate?.options ?? {}).map((o) => [o.text, o.taken, o.next])).toEqual([
      ['Open the gate', 1, ['gate.0.g-0']],
      ['Climb the wall', 0, []],
    ]);
    expect(Object.values(profile.points['home.0']?.options ?? {})[0]?.next).toEqual(['end:dawn']);
    expect(untakenOptions(profile, 'gate.0')).toHaveLength(1);
    expect(untakenOptions(profile, 'nowhere')).toEqual([]);
  });

  it('remembers secrets, near tags, text read and chapter starts', () => {
    const { profile } = playRuns([[1, 1, 1, 0, 1, 1]]);
    expect(profile.secrets).toEqual(['book']);
    expect(profile.near).toEqual(['night', 'dusk']);
    expect(profile.seen).toContain(lineKey('You climb, and scrape a knee.'));
    expect(Object.keys(profile.checkpoints)).toEqual(['chapter-1', 'chapter-2', 'chapter-3']);
    expect(profile.checkpoints['chapter-3']?.route).toHaveLength(5);
  });

  it('sets echo_* from secrets and endings, and runs_completed, for a new run', () => {
    const { profile } = playRuns([[0, 0, 0, 0, 0, 0]]);
    const vars = echoVariables(profile, { echoes: ['echo_book', 'echo_dawn', 'echo_orchard'], runsCompleted: true });
    expect(vars).toEqual({ echo_book: false, echo_dawn: true, echo_orchard: true, runs_completed: 1 });
    expect(echoVariables(emptyProfile('v'), { echoes: ['echo_orchard'], runsCompleted: false })).toEqual({ echo_orchard: false });
  });

  it('keeps endings, secrets and text read across story versions, and starts a new map', () => {
    const { profile } = playRuns([[0, 0, 0, 0, 0, 0]]);
    const next = forStoryVersion(recordRunStart(profile), 'v2');
    expect(next.points).toEqual({});
    expect(next.checkpoints).toEqual({});
    expect(next.endings).toEqual(profile.endings);
    expect(next.seen).toEqual(profile.seen);
    expect(next.runsStarted).toBe(1);
    expect(forStoryVersion(profile, 'v1')).toBe(profile);
  });
});
