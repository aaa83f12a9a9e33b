import { describe, expect, it } from 'vitest';
import { verifyStory, type VerifyReport } from '../../src/engine/explorer/verify.js';
import { compiled } from '../helpers.js';

// A work budget rather than a clock: every run explores the same states on any machine.
const verify = (name: string): VerifyReport => verifyStory(compiled(`tests/fixtures/verify/${name}.ink`), { maxTransitions: 20_000 });
const kinds = (r: VerifyReport) => r.defects.map((d) => d.kind).sort();

describe('the explorer on fixture stories', () => {
  it('finds nothing wrong with a clean story, and proves it by finishing', () => {
    const r = verify('clean');
    expect(r.defects).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.complete).toBe(true);
    // Shortest paths: one feeding of the gulls is enough for Worf to be waiting.
    expect(r.endings.map((e) => [e.name, e.path.choices])).toEqual([
      ['welcome', [0, 0, 0, 1, 0]],
      ['alone', [0, 1, 0]],
    ]);
    expect(r.endings[0]?.title).toBe('A Welcome');
    expect(r.endings[0]?.path.labels).toEqual(['Buy a ticket', 'Walk along the harbour', 'Feed them', 'Board the ferry', 'Look back']);
    expect(r.unreached).toEqual({ knots: [], stitches: [], functions: [], options: [] });
  });

  it('names a dead end, its knot and the shortest path to it', () => {
    const r = verify('dead-end');
    expect(kinds(r)).toEqual(['dead-end']);
    expect(r.deadEnds).toHaveLength(1);
    expect(r.deadEnds[0]?.name).toBe('cellar');
    expect(r.deadEnds[0]?.path.choices).toEqual([1, 1]);
    expect(r.defects[0]?.message).toBe('dead end in cellar: the story stops with no choices and no ending');
  });

  it('reports an ending no path reaches, with what is never visited because of it', () => {
    const r = verify('unreachable-ending');
    expect(r.complete).toBe(true);
    expect(r.unreachableEndings).toEqual(['rich']);
    expect(kinds(r)).toEqual(['unreachable-ending', 'unreached-knot', 'unreached-option']);
    expect(r.unreached.knots).toEqual(['vault']);
    expect(r.unreached.options.map((o) => [o.where, o.label])).toEqual([['corridor', 'Open the vault']]);
    expect(r.defects.map((d) => d.message)).toContain('ending "rich" (tagged in vault) is reached by no path');
  });

  it('reports an ink runtime error with the path that triggers it', () => {
    const r = verify('runtime-error');
    const error = r.issues.find((i) => i.kind === 'error');
    expect(error?.name).toMatch(/RANDOM was called with minimum as 6 and maximum as 1/);
    expect(error?.path.choices).toEqual([1]);
    expect(error?.path.labels).toEqual(['Roll the loaded die']);
    // The error stops the story, so the ending after it is never reached.
    expect(r.unreachableEndings).toEqual(['loaded']);
  });

  it('finishes a story whose choices loop forever, merging every revisit', () => {
    const r = verify('loop');
    expect(r.complete).toBe(true);
    expect(r.ok).toBe(true);
    // Laps 0-3 times the square, the fountain and its three-line cycle: a few dozen states,
    // though the turn counter rises without end.
    expect(r.states).toBeLessThan(40);
    expect(r.endings.map((e) => [e.name, e.path.choices])).toEqual([['home', [0, 0, 0, 2]]]);
  });

  it('finds a loop of choices with no way out', () => {
    const r = verify('trap');
    expect(kinds(r)).toEqual(['trap']);
    expect(r.traps.map((t) => [t.name, t.path.choices])).toEqual([['left', [0]]]);
  });

  it('reports loyalty pushed outside 0-100', () => {
    const r = verify('loyalty');
    expect(kinds(r)).toEqual(['loyalty']);
    expect(r.issues[0]?.name).toBe('loyalty_troi is 105, outside 0-100');
    expect(r.issues[0]?.path.choices).toEqual([1]);
  });
});

describe('known routes', () => {
  it('replays each # verify-route and fails one that no longer reaches its ending', () => {
    const r = verify('routes');
    expect(r.passes[0]?.routes).toEqual([
      { ending: 'treasure', played: true, reached: true, taken: 2, of: 2, endedAt: 'treasure' },
      { ending: 'garden', played: true, reached: false, taken: 3, of: 3, endedAt: 'treasure' },
    ]);
    expect(r.defects.map((d) => [d.kind, d.message])).toEqual([
      ['route-broken', 'the verify-route to "garden" no longer reaches it (it reaches treasure)'],
    ]);
  });

  it('plays a route marked (echoes) with every echo set, and the others without', () => {
    const r = verify('echo-routes');
    const played = (pass: number) => r.passes[pass]?.routes.map((x) => [x.ending, x.played, x.reached, x.endedAt]);
    expect(played(0)).toEqual([
      ['whole', false, false, null],
      ['half', true, true, 'half'],
      ['whole', true, false, 'half'],
    ]);
    expect(played(1)).toEqual([
      ['whole', true, true, 'whole'],
      ['half', false, false, null],
      ['whole', false, false, null],
    ]);
    expect(r.defects.map((d) => [d.kind, d.message])).toEqual([
      ['route-broken', 'the verify-route to "whole" no longer reaches it (it reaches half)'],
      ['route-broken', 'cannot read "# verify-route: whole (echos) = 1.1": write "<ending-id> = 2.1.3" or "<ending-id> (echoes) = 2.1.3"'],
    ]);
  });
});

describe('replay echoes and locked endings', () => {
  it('runs a fresh pass and an echoes pass, and proves the lock holds', () => {
    const r = verify('echo-lock');
    expect(r.passes.map((p) => [p.name, p.variables])).toEqual([
      ['fresh', { echo_left_half: false, echo_right_half: false }],
      ['echoes', { echo_left_half: true, echo_right_half: true }],
    ]);
    expect(r.locks).toEqual([{ id: 'whole', fresh: 'unreachable', echoes: 'reached', ok: true }]);
    expect(r.passes[0]?.endings.map((e) => e.name)).toEqual(['half']);
    expect(r.endings.find((e) => e.name === 'whole')?.pass).toBe('echoes');
    expect(r.ok).toBe(true);
  });

  it('fails a lock that a first run can open, with the path', () => {
    const r = verify('broken-lock');
    expect(kinds(r)).toEqual(['lock-broken']);
    expect(r.locks[0]).toMatchObject({ id: 'whole', fresh: 'reached', ok: false });
    expect(r.defects[0]?.path?.labels).toEqual(['Push the door']);
  });
});

describe('an honest partial search', () => {
  it('says so when the budget runs out, and lists what it did not reach as unresolved', () => {
    // The clean story needs about 100 options taken to finish; give it 12.
    const r = verifyStory(compiled('tests/fixtures/verify/clean.ink'), { maxTransitions: 12 });
    expect(r.complete).toBe(false);
    expect(r.passes[0]?.stoppedBy).toBe('transitions');
    expect(r.ok).toBe(false);
    expect(r.defects.every((d) => /partial search/.test(d.message))).toBe(true);
  });

  it('covers a story no search can finish, and does not call that complete', () => {
    const r = verifyStory(compiled('tests/fixtures/verify/endless.ink'), { maxTransitions: 10_000 });
    expect(r.complete).toBe(false);
    expect(r.ok).toBe(true);
    expect(r.endings.map((e) => [e.name, e.path.choices.length]).sort()).toEqual([
      ['fine', 3],
      ['odd', 2],
      ['poor', 1],
    ]);
  });

  it('stops at the state limit, the memory bound', () => {
    const r = verifyStory(compiled('tests/fixtures/verify/endless.ink'), { maxTransitions: 100_000, maxStates: 500 });
    expect(r.complete).toBe(false);
    expect(r.passes[0]?.stoppedBy).toBe('states');
    expect(r.passes[0]?.states).toBeLessThanOrEqual(501);
  });
});
