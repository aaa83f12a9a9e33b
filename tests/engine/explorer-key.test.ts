import { describe, expect, it } from 'vitest';
import { compileInk } from '../../src/engine/compile.js';
import type { Story } from '../../src/engine/ink.js';
import { runtime, type InkPointer, type InkValue } from '../../src/engine/explorer/ink-internals.js';
import { viewOf, type Liveness } from '../../src/engine/explorer/liveness.js';
import { search } from '../../src/engine/explorer/search.js';
import { globalValue, turnIndexOf, visibleChoices, visitCount } from '../../src/engine/explorer/stepper.js';
import { verifyStory } from '../../src/engine/explorer/verify.js';
import { Walker } from '../../src/engine/explorer/walker.js';
import { compiled } from '../helpers.js';

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

// The keyer describes a state from parts kept per option and memos of what each position
// reads (state-key.ts). The description must be exactly the one worked out from scratch,
// the obvious way, below: every option's target and call stack, then every live value.
describe('the state description', () => {
  type Keyer = {
    describe(extra: string, facts?: string[]): string;
    key(extra: string, facts?: string[]): unknown;
    value(v: InkValue | undefined): string;
    targetPointer(key: string, path: unknown): InkPointer;
  };
  const pointerText = (p: InkPointer): string => (p.isNull || !p.container ? '@' : `@${p.container.path.componentsString}:${p.index}`);

  function fromScratch(story: Story, liveness: Liveness, keyer: Keyer, extra: string, facts: string[]): string {
    const st = runtime(story).state;
    const roots: InkPointer[] = [];
    let text = extra;
    for (const choice of visibleChoices(story)) {
      const target = choice.targetPath.componentsString;
      text += `|>${target}`;
      roots.push(keyer.targetPointer(target, choice.targetPath));
      const frames = choice.threadAtGeneration.callstack;
      for (let k = 0; k < frames.length; k++) {
        const el = frames[k]!;
        text += `;${el.type}${el.inExpressionEvaluation ? 'e' : ''}`;
        if (k < frames.length - 1) {
          text += pointerText(el.currentPointer);
          roots.push(el.currentPointer);
        }
        for (const n of [...el.temporaryVariables.keys()].sort()) {
          const v = `${n}=${keyer.value(el.temporaryVariables.get(n))}`;
          text += `,${v}`;
          facts.push(`t:${k}:${v}`);
        }
      }
      text += `^${pointerText(choice.threadAtGeneration.previousPointer)}`;
    }
    const live = liveness.liveAt(roots);
    text += '|v';
    for (const name of live.vars) {
      const v = keyer.value(globalValue(st, name));
      text += `,${v}`;
      facts.push(`v:${name}=${v}`);
    }
    text += '|c';
    live.counts.forEach((c, i) => {
      const n = viewOf(visitCount(st, c.container, c.path), c.view);
      if (n !== 0) {
        text += `,${i}:${n}`;
        facts.push(`c:${c.path}=${n}`);
      }
    });
    if (live.turns.length > 0) {
      text += '|t';
      for (const turn of live.turns) {
        const t = turnIndexOf(st, turn.container, turn.path);
        text += t === undefined ? ',-' : `,${st.currentTurnIndex - t}`;
      }
    }
    if (live.turnIndex) text += `|T${st.currentTurnIndex}`;
    if (live.random) text += `|R${st.previousRandom}`;
    text += `|S${st.storySeed}`;
    if (st._evaluationStack.length > 0) text += `|E${st._evaluationStack.map((v) => keyer.value(v as InkValue)).join(',')}`;
    if (!st.divertedPointer.isNull) text += `|D${pointerText(st.divertedPointer)}`;
    return text;
  }

  it('is the one worked out from scratch, at every state of a search over the real story', () => {
    const walker = new Walker(compiled('story/main.ink'), { seed: 0 });
    const inside = walker as unknown as { keyer: Keyer; liveness: Liveness };
    const keyer = inside.keyer;
    const key = keyer.key.bind(keyer);
    let checked = 0;
    keyer.key = (extra, facts) => {
      const expectedFacts: string[] = [];
      const expected = fromScratch(walker.story, inside.liveness, keyer, extra, expectedFacts);
      const gotFacts: string[] = [];
      expect(keyer.describe(extra, gotFacts)).toBe(expected);
      expect(gotFacts).toEqual(expectedFacts);
      checked++;
      return key(extra, facts);
    };
    search(walker, { maxTransitions: 4000, maxStates: 1_000_000 });
    expect(checked).toBeGreaterThan(3000);
  });
});
