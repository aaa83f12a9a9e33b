// The identity of a state at a choice point, as a 64-bit digest: what its future can read
// (liveness.ts) and where each option leads, and nothing else. Two states with the same
// digest are explored once.
//
// What goes in: for each option the player can take, its target and the call stack of the
// thread it was generated in (the positions it returns to, their temporaries, and the
// previous position that decides which containers count as newly entered); the live global
// variables; the live visit counts, each through the view its readers have of it; turn
// indices and the turn counter only where TURNS or TURNS_SINCE can still run; the random
// state only where RANDOM can. The choice point's own call stack is not in it: taking a
// choice replaces it with the chosen option's thread, so it can never matter again.
// What stays out: output text, the turn counter nobody reads, thread numbering.
import type { Story } from '../ink.js';
import { ValueKind, runtime, type InkPath, type InkPointer, type InkValue } from './ink-internals.js';
import { viewOf, type LiveSet, type Liveness } from './liveness.js';
import { globalValue, turnIndexOf, visibleChoices, visitCount } from './stepper.js';

export interface StateKey {
  h1: number;
  h2: number;
}

export class StateKeyer {
  private readonly listDigests = new WeakMap<object, string>();
  private readonly itemIds = new Map<string, number>();
  private readonly targets = new Map<string, InkPointer>();

  constructor(
    private readonly story: Story,
    private readonly liveness: Liveness,
  ) {}

  /** Where the last described state stood: its options and their call stacks. */
  lastPosition = '';

  /** The digest of the live story's current state, with `extra` (explorer-side facts) mixed in. */
  key(extra: string, facts?: string[]): StateKey {
    return hash64(this.describe(extra, facts));
  }

  /**
   * The text the digest is taken of. With `facts`, also lists each live value on its own
   * ("v:name=value"), for the novelty search; the position is what precedes the first "|v".
   */
  describe(extra: string, facts?: string[]): string {
    const st = runtime(this.story).state;
    const roots: InkPointer[] = [];
    let text = extra;
    for (const choice of visibleChoices(this.story)) {
      const target = choice.targetPath.componentsString;
      text += `|>${target}`;
      roots.push(this.targetPointer(target, choice.targetPath));
      const frames = choice.threadAtGeneration.callstack;
      for (let k = 0; k < frames.length; k++) {
        const el = frames[k]!;
        text += `;${el.type}${el.inExpressionEvaluation ? 'e' : ''}`;
        // The top frame's position is replaced by the choice's target when it is taken.
        if (k < frames.length - 1) {
          text += pointerText(el.currentPointer);
          roots.push(el.currentPointer);
        }
        if (el.temporaryVariables.size > 0) {
          const names = [...el.temporaryVariables.keys()].sort();
          for (const n of names) {
            const v = `${n}=${this.value(el.temporaryVariables.get(n))}`;
            text += `,${v}`;
            facts?.push(`t:${k}:${v}`);
          }
        }
      }
      text += `^${pointerText(choice.threadAtGeneration.previousPointer)}`;
    }
    this.lastPosition = text;
    const live: LiveSet = this.liveness.liveAt(roots);
    text += '|v';
    for (const name of live.vars) {
      const v = this.value(globalValue(st, name));
      text += `,${v}`;
      facts?.push(`v:${name}=${v}`);
    }
    text += '|c';
    // Counts are mostly 0: write the others with their place in the live list.
    for (let i = 0; i < live.counts.length; i++) {
      const c = live.counts[i]!;
      const n = viewOf(visitCount(st, c.container, c.path), c.view);
      if (n !== 0) {
        text += `,${i}:${n}`;
        facts?.push(`c:${c.path}=${n}`);
      }
    }
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
    if (st._evaluationStack.length > 0) text += `|E${st._evaluationStack.map((v) => this.value(v as InkValue)).join(',')}`;
    if (!st.divertedPointer.isNull) text += `|D${pointerText(st.divertedPointer)}`;
    return text;
  }

  private targetPointer(key: string, path: InkPath): InkPointer {
    let p = this.targets.get(key);
    if (!p) {
      const found = runtime(this.story).mainContentContainer.ContentAtPath(path).container;
      const spot = { container: found, index: 0, isNull: found === null, copy: (): InkPointer => spot };
      p = spot;
      this.targets.set(key, p);
    }
    return p;
  }

  private value(v: InkValue | undefined): string {
    if (v === undefined || v === null) return '?';
    switch (v.valueType) {
      case ValueKind.Int:
        return `${v.value as number}`;
      case ValueKind.Float:
        return `f${v.value as number}`;
      case ValueKind.Bool:
        return v.value ? 'T' : 'F';
      case ValueKind.String:
        return JSON.stringify(v.value);
      case ValueKind.List:
        return this.list(v.value as Map<string, number> & { originNames: string[] | null });
      case ValueKind.DivertTarget:
        return `->${String(v.value)}`;
      case ValueKind.VariablePointer:
        return `&${String(v.value)}@${(v as unknown as { contextIndex: number }).contextIndex}`;
      default:
        return `?${String(v.value)}`;
    }
  }

  /** List items are keyed by long JSON strings inside inkjs; a number each keeps keys short. */
  private itemId(serialized: string): number {
    let id = this.itemIds.get(serialized);
    if (id === undefined) {
      id = this.itemIds.size;
      this.itemIds.set(serialized, id);
    }
    return id;
  }

  /** Ink treats values as immutable, so a list's digest is computed once per list object. */
  private list(list: Map<string, number> & { originNames: string[] | null }): string {
    let d = this.listDigests.get(list);
    if (d === undefined) {
      const ids = [...list.keys()].map((k) => this.itemId(k)).sort((a, b) => a - b);
      d = ids.length > 0 ? `(${ids.join('.')})` : `(/${(list.originNames ?? []).join('/')})`;
      // An empty list can still be given its origins on assignment: never cache those.
      if (ids.length > 0) this.listDigests.set(list, d);
    }
    return d;
  }
}

function pointerText(p: InkPointer): string {
  return p.isNull || !p.container ? '@' : `@${p.container.path.componentsString}:${p.index}`;
}

/** cyrb53's mixing, kept as two 32-bit halves: a 64-bit digest of a string. */
export function hash64(text: string, seed = 0): StateKey {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return { h1: h1 >>> 0, h2: h2 >>> 0 };
}
