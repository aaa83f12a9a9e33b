import { describe, expect, it } from 'vitest';
import { compileInk } from '../../src/engine/compile.js';
import { verifyStory } from '../../src/engine/explorer/verify.js';

function ink(source: string): string {
  const result = compileInk('main.ink', { resolve: (n) => n, read: () => source });
  if (!result.json) throw new Error(JSON.stringify(result.diagnostics));
  return result.json;
}

const explore = (source: string, maxTransitions = 5_000) => verifyStory(ink(source), { maxTransitions });

// Two options that set `mark` differently and then meet; `tail` says what comes after.
const converge = (tail: string) => `
VAR mark = 0
-> start
=== start ===
* [Left] 
    ~ mark = 1
    -> join
* [Right]
    ~ mark = 2
    -> join
=== join ===
* [On] -> after
=== after ===
${tail}
-> END
`;

describe('what a state is', () => {
  it('merges states that differ only in a variable nothing reads again', () => {
    const r = explore(converge('Done. # ending: done'));
    expect(r.complete).toBe(true);
    // start, and one join: Left and Right arrive at the same state.
    expect(r.states).toBe(2);
  });

  it('keeps them apart when the variable is read later', () => {
    const r = explore(converge('{mark == 1: Left.|Right.} # ending: done'));
    expect(r.complete).toBe(true);
    expect(r.states).toBe(3);
  });

  it('keeps them apart when a visit count that is read later differs', () => {
    const r = explore(`
-> start
=== start ===
* [Look] -> looked
* [Skip] -> join
=== looked ===
You look.
-> join
=== join ===
* [On] {looked: You saw it.|You did not.} # ending: done
    -> END
`);
    expect(r.states).toBe(3);
  });

  it('ignores the turn counter when no ink reads it, and keeps it when TURNS() does', () => {
    const loop = (line: string) => `
-> room
=== room ===
${line}
+ [Wait] -> room
+ [Leave] Out. # ending: out
    -> END
`;
    const quiet = explore(loop('A room.'));
    expect(quiet.complete).toBe(true);
    expect(quiet.states).toBe(1);
    const counted = explore(loop('A room, turn {TURNS()}.'), 300);
    expect(counted.complete).toBe(false);
    expect(counted.states).toBeGreaterThan(50);
  });

  it('sees only the part of a count a cycle or a once-only option can read', () => {
    const r = explore(`
-> room
=== room ===
{&Red.|Green.|Blue.}
+ [Again] -> room
* [Once only] -> room
+ [Leave] Out. # ending: out
    -> END
`);
    expect(r.complete).toBe(true);
    // Three colours times once-only taken or not.
    expect(r.states).toBe(6);
  });

  it('follows the seeded random state only while RANDOM can still run', () => {
    const r = explore(`
VAR roll = 0
-> room
=== room ===
~ roll = RANDOM(1, 2)
+ [Roll again] -> room
+ [Stop] -> done
=== done ===
Rolled {roll}. # ending: rolled
-> END
`, 500);
    // RANDOM's position in its sequence matters while the room can be revisited.
    expect(r.complete).toBe(false);
  });
});
