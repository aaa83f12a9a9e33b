import { describe, expect, it } from 'vitest';
import { BadRunCode, decodeRunCode, encodeRunCode } from '../../src/engine/run-code.js';
import { Run } from '../../src/engine/run.js';
import { Session } from '../../src/engine/session.js';
import { lines } from '../helpers.js';
import { saga } from './replay-helpers.js';

const echoes = ['echo_book', 'echo_orchard'];

function playToEnd(variables: Record<string, boolean | number>, route: number[], seed: number) {
  const run = Run.begin(new Session(saga(), { seed }), { seed, variables, prelude: [] });
  const events = [...run.advance().events];
  for (const c of route) {
    run.choose(c);
    events.push(...run.advance().events);
  }
  return { run, events };
}

describe('run codes', () => {
  it('are short, and decode to the same seed, echoes and choices', () => {
    const route = [{ index: 1, count: 2 }, { index: 1, count: 2 }, { index: 1, count: 3 }, { index: 0, count: 2 }];
    const code = encodeRunCode(123456, { echo_orchard: true, runs_completed: 2 }, route, echoes);
    expect(code).toMatch(/^[0-9A-Z]+-[0-9A-Z]+-[0-9A-Z]+-[0-9A-Z]+$/);
    expect(code.length).toBeLessThan(20);
    const decoded = decodeRunCode(code.toLowerCase(), echoes, true);
    expect(decoded.seed).toBe(123456);
    expect(decoded.variables).toEqual({ echo_book: false, echo_orchard: true, runs_completed: 2 });
    expect([2, 2, 3, 2, 3].map((n) => decoded.route.next(n))).toEqual([1, 1, 1, 0, null]);
  });

  it('replay a finished run exactly, ending and dice included', () => {
    const first = playToEnd({ echo_book: false, echo_orchard: true, runs_completed: 1 }, [1, 1, 1, 0, 1, 2], 99);
    expect(first.run.ending).toBe('night');
    const code = encodeRunCode(99, first.run.origin.variables, first.run.route, echoes);
    const decoded = decodeRunCode(code, echoes, true);
    const run = Run.begin(new Session(saga(), { seed: 1 }), { seed: decoded.seed, variables: decoded.variables, prelude: [] });
    let events = [...run.advance().events];
    for (;;) {
      const index = decoded.route.next(run.session.options.length);
      if (index === null) break;
      run.choose(index);
      events = [...events, ...run.advance().events];
    }
    expect(run.ending).toBe('night');
    expect(lines(events)).toEqual(lines(first.events));
  });

  it('encode many options and long routes', () => {
    const route = Array.from({ length: 200 }, (_, i) => ({ index: i % 4, count: 4 }));
    const code = encodeRunCode(1, {}, route, []);
    const decoded = decodeRunCode(code, [], false);
    expect(Array.from({ length: 200 }, () => decoded.route.next(4))).toEqual(route.map((r) => r.index));
    expect(decoded.route.next(4)).toBeNull();
  });

  it.each([
    ['hello', 'That is not a run code'],
    ['1-0-0-', 'That is not a run code'],
    ['1-0-0-A4C', 'has a typo'],
  ])('refuse %j with one line', (code, message) => {
    expect(() => decodeRunCode(code, echoes, false)).toThrow(BadRunCode);
    expect(() => decodeRunCode(code, echoes, false)).toThrow(message);
  });

  it('refuse a code that opens echoes the story does not have', () => {
    const code = encodeRunCode(1, { echo_c: true }, [], ['echo_a', 'echo_b', 'echo_c']);
    expect(() => decodeRunCode(code, ['echo_a'], false)).toThrow('opens echoes the story does not have');
  });

  it('say so when a route does not fit the story', () => {
    const code = encodeRunCode(1, {}, [{ index: 1, count: 2 }, { index: 1, count: 2 }], []);
    const decoded = decodeRunCode(code, [], false);
    expect(() => decoded.route.next(3)).toThrow('does not fit this story');
  });
});
