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
import { ValueKind, runtime, type InkChoice, type InkContainer, type InkPath, type InkPointer, type InkValue } from './ink-internals.js';
import { viewOf, type LiveSet, type Liveness } from './liveness.js';
import { globalValue, turnIndexOf, type Patch } from './stepper.js';

export interface StateKey {
  h1: number;
  h2: number;
}

/** One option's share of a state's description, kept on the option (options are never changed). */
interface Part {
  text: string;
  /** A number for the text, for the memo of positions (never reused for another text). */
  id: number;
  /** Where the option's future starts: its target and the positions its call stack returns to. */
  roots: InkPointer[];
  /** Its temporaries, as novelty facts. */
  facts: string[];
}

/** What a position (a list of options) reads, with indexes for collecting its live counts. */
interface Compiled {
  live: LiveSet;
  /** Place in the live counts, by container number (see `number`), or -1. */
  countAt: Int32Array | Int16Array;
  /** Scratch for the counts, all 0 between uses. */
  scratch: Int32Array;
  /** The live counts found in the last shared (never written) map of counts looked at: index, count. */
  base: ReadonlyMap<string, number> | null;
  baseCounts: number[];
}

/** Positions remembered before the memo starts again. */
const MAX_POSITIONS = 50_000;

export class StateKeyer {
  private readonly listDigests = new WeakMap<object, string>();
  private readonly itemIds = new Map<string, number>();
  private readonly targets = new Map<string, InkPointer>();
  private readonly parts = new WeakMap<InkChoice, Part>();
  private positions = new Map<string, Compiled>();
  private partIds = new Map<string, number>();
  private nextPartId = 0;
  private readonly compiled = new Map<LiveSet, Compiled>();
  /** A number for every container whose visits ink counts, by container and by path. */
  private readonly numberOf = new Map<InkContainer, number>();
  private readonly numberAt = new Map<string, number>();

  constructor(
    private readonly story: Story,
    private readonly liveness: Liveness,
    /** Every container of the story (StoryMap.containers). */
    private readonly containers: readonly InkContainer[],
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
    const choices = st._currentFlow.currentChoices;
    let position = '';
    let ids = '';
    for (const choice of choices) {
      if (choice.isInvisibleDefault) continue;
      const part = this.part(choice);
      position += part.text;
      ids += `${part.id},`;
      if (facts) for (const f of part.facts) facts.push(f);
    }
    let where = this.positions.get(ids);
    if (where === undefined) {
      const roots: InkPointer[] = [];
      for (const choice of choices) if (!choice.isInvisibleDefault) roots.push(...this.part(choice).roots);
      where = this.compile(this.liveness.liveAt(roots));
      if (this.positions.size >= MAX_POSITIONS) this.positions = new Map();
      this.positions.set(ids, where);
    }
    const live = where.live;
    let text = extra + position;
    this.lastPosition = text;
    text += '|v';
    for (const name of live.vars) {
      const v = this.value(globalValue(st, name));
      text += `,${v}`;
      facts?.push(`v:${name}=${v}`);
    }
    text += '|c';
    // Counts are mostly 0: gather the others from the (short) maps of counts written, then
    // write each with its place in the live list.
    const scratch = where.scratch;
    const patch = st._patch as Patch | null;
    const base = st._visitCounts;
    if (patch) {
      // With a patch, the map under it is a snapshot's, shared and never written: what it
      // holds for this position is worked out once.
      if (where.base !== base) {
        where.base = base;
        where.baseCounts = [];
        for (const [path, n] of base) {
          const id = this.numberAt.get(path);
          const i = id === undefined ? -1 : where.countAt[id]!;
          if (i >= 0) where.baseCounts.push(i, n);
        }
      }
      const found = where.baseCounts;
      for (let k = 0; k < found.length; k += 2) scratch[found[k]!] = found[k + 1]!;
    } else {
      for (const [path, n] of base) {
        const id = this.numberAt.get(path);
        const i = id === undefined ? -1 : where.countAt[id]!;
        if (i >= 0) scratch[i] = n;
      }
    }
    if (patch) {
      for (const [container, n] of patch._visitCounts) {
        const id = this.numberOf.get(container);
        const i = id === undefined ? -1 : where.countAt[id]!;
        if (i >= 0) scratch[i] = n;
      }
    }
    for (let i = 0; i < scratch.length; i++) {
      const raw = scratch[i]!;
      if (raw === 0) continue;
      scratch[i] = 0;
      const c = live.counts[i]!;
      const n = viewOf(raw, c.view);
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

  /**
   * An option's target and the call stack of the thread it was made in. Kept per option,
   * unless a temporary holds an empty list (whose origins ink may still set on assignment).
   */
  private part(choice: InkChoice): Part {
    const known = this.parts.get(choice);
    if (known !== undefined) return known;
    const target = choice.targetPath.componentsString;
    let text = `|>${target}`;
    const roots: InkPointer[] = [this.targetPointer(target, choice.targetPath)];
    const facts: string[] = [];
    let keep = true;
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
          const value = el.temporaryVariables.get(n);
          if (value?.valueType === ValueKind.List && (value.value as Map<string, number>).size === 0) keep = false;
          const v = `${n}=${this.value(value)}`;
          text += `,${v}`;
          facts.push(`t:${k}:${v}`);
        }
      }
    }
    text += `^${pointerText(choice.threadAtGeneration.previousPointer)}`;
    let id = this.partIds.get(text);
    if (id === undefined) {
      if (this.partIds.size >= MAX_POSITIONS) this.partIds = new Map();
      id = this.nextPartId++;
      this.partIds.set(text, id);
    }
    const part = { text, id, roots, facts };
    if (keep) this.parts.set(choice, part);
    return part;
  }

  /** Lets go of the memos (they are rebuilt as needed). */
  clear(): void {
    this.positions = new Map();
    this.partIds = new Map();
    this.compiled.clear();
  }

  /** A copy of an option (renumbered, transitions.ts) describes the same way. */
  sameAs(copy: InkChoice, original: InkChoice): void {
    const part = this.parts.get(original);
    if (part !== undefined) this.parts.set(copy, part);
  }

  private compile(live: LiveSet): Compiled {
    let c = this.compiled.get(live);
    if (c === undefined) {
      if (this.numberOf.size === 0) {
        for (const k of this.containers) {
          if (!k.visitsShouldBeCounted) continue;
          this.numberAt.set(k.path.toString(), this.numberOf.size);
          this.numberOf.set(k, this.numberOf.size);
        }
      }
      // (Int16 while the live list is short enough: one of these per live set.)
      const countAt = (live.counts.length < 0x7fff ? new Int16Array(this.numberOf.size) : new Int32Array(this.numberOf.size)).fill(-1);
      live.counts.forEach((k, i) => {
        const id = this.numberOf.get(k.container);
        if (id !== undefined) countAt[id] = i;
      });
      c = { live, countAt, scratch: new Int32Array(live.counts.length), base: null, baseCounts: [] };
      this.compiled.set(live, c);
    }
    return c;
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
