// The explored state space in flat typed arrays: a hash table from 64-bit state digests to
// state numbers, and for every state the outcome of each of its options (another state, or
// an end). About 50 bytes a state, so memory is bounded by the state budget, and shortest
// paths are found afterwards by a breadth-first pass over the recorded edges.

/** Open addressing on 64-bit digests: two Uint32 words and an id per slot, at most half full. */
export class StateTable {
  private keys: Uint32Array;
  private ids: Int32Array;
  private mask: number;
  size = 0;

  constructor(capacity = 1 << 14) {
    const slots = 1 << Math.ceil(Math.log2(Math.max(16, capacity * 2)));
    this.keys = new Uint32Array(slots * 2);
    this.ids = new Int32Array(slots).fill(-1);
    this.mask = slots - 1;
  }

  /** The state numbered for this digest, or a new number (`added`) when it is new. */
  findOrAdd(h1: number, h2: number, nextId: number): { id: number; added: boolean } {
    if ((this.size + 1) * 2 > this.ids.length) this.grow();
    let slot = (h1 ^ Math.imul(h2, 0x9e3779b1)) & this.mask;
    for (;;) {
      const id = this.ids[slot]!;
      if (id === -1) {
        this.ids[slot] = nextId;
        this.keys[slot * 2] = h1;
        this.keys[slot * 2 + 1] = h2;
        this.size++;
        return { id: nextId, added: true };
      }
      if (this.keys[slot * 2] === h1 && this.keys[slot * 2 + 1] === h2) return { id, added: false };
      slot = (slot + 1) & this.mask;
    }
  }

  /** The state numbered for this digest, or -1. */
  find(h1: number, h2: number): number {
    let slot = (h1 ^ Math.imul(h2, 0x9e3779b1)) & this.mask;
    for (;;) {
      const id = this.ids[slot]!;
      if (id === -1 || (this.keys[slot * 2] === h1 && this.keys[slot * 2 + 1] === h2)) return id;
      slot = (slot + 1) & this.mask;
    }
  }

  get bytes(): number {
    return this.keys.byteLength + this.ids.byteLength;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldIds = this.ids;
    const slots = oldIds.length * 2;
    this.keys = new Uint32Array(slots * 2);
    this.ids = new Int32Array(slots).fill(-1);
    this.mask = slots - 1;
    for (let s = 0; s < oldIds.length; s++) {
      const id = oldIds[s]!;
      if (id === -1) continue;
      const h1 = oldKeys[s * 2]!;
      const h2 = oldKeys[s * 2 + 1]!;
      let slot = (h1 ^ Math.imul(h2, 0x9e3779b1)) & this.mask;
      while (this.ids[slot] !== -1) slot = (slot + 1) & this.mask;
      this.ids[slot] = id;
      this.keys[slot * 2] = h1;
      this.keys[slot * 2 + 1] = h2;
    }
  }
}

/** A growable Int32Array. */
export class IntList {
  data: Int32Array;
  length = 0;
  constructor(capacity = 1024) {
    this.data = new Int32Array(capacity);
  }
  push(v: number): number {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length] = v;
    return this.length++;
  }
  get(i: number): number {
    return this.data[i]!;
  }
  set(i: number, v: number): void {
    this.data[i] = v;
  }
}

/** Edge values: a state number (>= 0), UNEXPLORED, or an end (-2 - index into the ends). */
export const UNEXPLORED = -1;
/** A state reached after the state limit: real, but not recorded, so it has no number. */
export const UNRECORDED = -1_000_000_000;
export const endCode = (index: number): number => -2 - index;
export const endIndex = (code: number): number => -2 - code;

/**
 * States and their options. State 0 is the first choice point; the start of the story is
 * the virtual state -1 with a single option, so a path never includes it.
 */
export class StateGraph {
  private readonly firstEdge = new IntList();
  private readonly optionCount = new IntList();
  private readonly edges = new IntList(4096);
  startEdge = UNEXPLORED;

  get states(): number {
    return this.firstEdge.length;
  }

  addState(options: number): number {
    this.firstEdge.push(this.edges.length);
    for (let i = 0; i < options; i++) this.edges.push(UNEXPLORED);
    return this.optionCount.push(options);
  }

  options(state: number): number {
    return state < 0 ? 1 : this.optionCount.get(state);
  }

  edge(state: number, option: number): number {
    return state < 0 ? this.startEdge : this.edges.get(this.firstEdge.get(state) + option);
  }

  setEdge(state: number, option: number, to: number): void {
    if (state < 0) this.startEdge = to;
    else this.edges.set(this.firstEdge.get(state) + option, to);
  }

  get bytes(): number {
    return (this.firstEdge.data.length + this.optionCount.data.length + this.edges.data.length) * 4;
  }

  /**
   * Breadth-first from the start: the depth of every state (-1 when unreached) and the
   * (state, option) it was first reached by, for shortest paths.
   */
  shortestTree(): { depth: Int32Array; parent: Int32Array; via: Int32Array } {
    const n = this.states;
    const depth = new Int32Array(n).fill(-1);
    const parent = new Int32Array(n).fill(-1);
    const via = new Int32Array(n).fill(-1);
    const queue = new Int32Array(n);
    let head = 0;
    let tail = 0;
    if (this.startEdge >= 0) {
      depth[this.startEdge] = 0;
      queue[tail++] = this.startEdge;
    }
    while (head < tail) {
      const s = queue[head++]!;
      const count = this.optionCount.get(s);
      const first = this.firstEdge.get(s);
      for (let i = 0; i < count; i++) {
        const t = this.edges.get(first + i);
        if (t >= 0 && depth[t] === -1) {
          depth[t] = depth[s]! + 1;
          parent[t] = s;
          via[t] = i;
          queue[tail++] = t;
        }
      }
    }
    return { depth, parent, via };
  }
}

/** The option indices from the start to `state` (empty for the first choice point). */
export function pathTo(tree: { parent: Int32Array; via: Int32Array }, state: number): number[] {
  const path: number[] = [];
  for (let s = state; s >= 0 && tree.parent[s]! >= 0; s = tree.parent[s]!) path.push(tree.via[s]!);
  return path.reverse();
}
