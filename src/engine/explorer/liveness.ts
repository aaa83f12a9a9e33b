// What a state's future can still read. The compiled story is cut into segments (straight
// runs of content between places flow can enter), each with the variables, visit counts,
// turn indices and random state it reads; a segment reaches the segments it can divert,
// call, fall or choose into. Everything a state's future can read is then the union over
// the segments reachable from where it stands, and only that goes into the state's key.
//
// Why this is sound (merging two states never hides a behaviour): ink's next steps depend
// on the state only through what the executed content reads: global variables (VAR?), read
// counts (CNT?, READ_COUNT, the visit index of sequences, once-only choices), turn indices
// (TURNS, TURNS_SINCE), and the random state (RANDOM, LIST_RANDOM, SEED_RANDOM) — and on
// the positions and temporaries in the call stacks, which the key always holds in full.
// The reachable set over-approximates the content that can run (every divert, call, thread,
// fall-through and choice is an edge; a divert to a variable goes to every divert target the
// story names), so anything not in it can never be read: states that differ only there run
// identically from here on, choice for choice, and reach the same endings, dead ends,
// errors, knots and loyalty values. Where a read only sees part of a count (a once-only
// choice asks "ever?", a cycle asks the count modulo its length, a stopping sequence
// saturates), the key holds just that part.
import type { InkContainer, InkPointer } from './ink-internals.js';
import { F_ANY_COUNT, F_ANY_TURN, F_RANDOM, F_TURN_INDEX, type CountView, type SegmentGraph } from './segments.js';

export type { CountView } from './segments.js';

export interface LiveSet {
  vars: string[];
  counts: Array<{ container: InkContainer; path: string; view: CountView }>;
  turns: Array<{ container: InkContainer; path: string }>;
  turnIndex: boolean;
  random: boolean;
}

export class Liveness {
  private readonly memo = new Map<string, LiveSet>();
  private sccOf: Int32Array = new Int32Array(0);
  private sccBits: Uint32Array[] = [];
  private readonly words: number;

  constructor(private readonly graph: SegmentGraph) {
    const n = graph.map.globals.length + graph.countSlots.size + graph.turnSlots.size + 4;
    this.words = Math.ceil(n / 32);
    this.condense();
  }

  /** What can be read from now on by a state whose future starts at `roots`. */
  liveAt(roots: readonly InkPointer[]): LiveSet {
    const segs = new Set<number>();
    for (const p of roots) {
      const s = p.isNull ? -1 : this.graph.segmentAt(p.container, p.index);
      if (s >= 0) segs.add(s);
    }
    const signature = [...segs].sort((a, b) => a - b).join(',');
    const hit = this.memo.get(signature);
    if (hit) return hit;
    const bits = new Uint32Array(this.words);
    for (const s of segs) {
      const b = this.sccBits[this.sccOf[s] ?? -1];
      if (b) for (let w = 0; w < bits.length; w++) bits[w]! |= b[w]!;
    }
    const live = this.decode(bits);
    this.memo.set(signature, live);
    return live;
  }

  /** Tarjan's strongly connected components, then each component's reads and all it reaches. */
  private condense(): void {
    const n = this.graph.segmentCount;
    const index = new Int32Array(n).fill(-1);
    const low = new Int32Array(n);
    const onStack = new Uint8Array(n);
    const sccOf = new Int32Array(n).fill(-1);
    const stack: number[] = [];
    const bits: Uint32Array[] = [];
    let counter = 0;
    const nv = this.graph.map.globals.length;
    const nc = this.graph.countSlots.size;
    const nt = this.graph.turnSlots.size;
    for (let root = 0; root < n; root++) {
      if (index[root] !== -1) continue;
      const work: Array<[number, number]> = [[root, 0]];
      while (work.length > 0) {
        const frame = work[work.length - 1]!;
        const [v, ei] = frame;
        if (ei === 0 && index[v] === -1) {
          index[v] = low[v] = counter++;
          stack.push(v);
          onStack[v] = 1;
        }
        const out = this.graph.edges[v]!;
        if (ei < out.length) {
          frame[1]++;
          const w = out[ei]!;
          if (index[w] === -1) work.push([w, 0]);
          else if (onStack[w]) low[v] = Math.min(low[v]!, index[w]!);
          continue;
        }
        work.pop();
        const parent = work[work.length - 1];
        if (parent) low[parent[0]] = Math.min(low[parent[0]]!, low[v]!);
        if (low[v] === index[v]) {
          const scc = bits.length;
          const b = new Uint32Array(this.words);
          const members: number[] = [];
          for (;;) {
            const w = stack.pop()!;
            onStack[w] = 0;
            sccOf[w] = scc;
            members.push(w);
            if (w === v) break;
          }
          for (const m of members) {
            const r = this.graph.reads[m]!;
            for (const x of r.vars) set(b, x);
            for (const x of r.counts) set(b, nv + x);
            for (const x of r.turns) set(b, nv + nc + x);
            for (let f = 0; f < 4; f++) if (r.flags & (1 << f)) set(b, nv + nc + nt + f);
            for (const w of this.graph.edges[m]!) {
              const other = sccOf[w]!;
              if (other >= 0 && other !== scc) {
                const ob = bits[other]!;
                for (let k = 0; k < b.length; k++) b[k]! |= ob[k]!;
              }
            }
          }
          bits.push(b);
        }
      }
    }
    this.sccOf = sccOf;
    this.sccBits = bits;
  }

  /** Container ids by count slot and by turn slot. */
  private slotIds: { counts: number[]; turns: number[] } | null = null;
  private readonly paths = new Map<number, string>();

  private decode(bits: Uint32Array): LiveSet {
    const { globals, containers } = this.graph.map;
    const nv = globals.length;
    const nc = this.graph.countSlots.size;
    const nt = this.graph.turnSlots.size;
    const has = (i: number) => (bits[i >>> 5]! & (1 << (i & 31))) !== 0;
    const flag = nv + nc + nt;
    const anyCount = has(flag + 2);
    const anyTurn = has(flag + 3);
    const vars = globals.filter((g, i) => has(i) || this.graph.pinned.has(g));
    if (!this.slotIds) {
      const counts: number[] = [];
      const turns: number[] = [];
      for (const [id, slot] of this.graph.countSlots) counts[slot] = id;
      for (const [id, slot] of this.graph.turnSlots) turns[slot] = id;
      this.slotIds = { counts, turns };
    }
    // The containers whose counts (turn indices) are live, in container order: every one
    // when something reads a count (a turn index) it cannot name, else those of the live slots.
    const pick = (any: boolean, slots: number[], offset: number): number[] => {
      if (any) return containers.map((_, id) => id);
      const ids: number[] = [];
      for (let slot = 0; slot < slots.length; slot++) if (has(offset + slot)) ids.push(slots[slot]!);
      return ids.sort((a, b) => a - b);
    };
    const path = (id: number): string => {
      let p = this.paths.get(id);
      if (p === undefined) this.paths.set(id, (p = containers[id]!.path.toString()));
      return p;
    };
    const counts: LiveSet['counts'] = [];
    for (const id of pick(anyCount, this.slotIds.counts, nv)) {
      const c = containers[id]!;
      if (c.visitsShouldBeCounted) counts.push({ container: c, path: path(id), view: anyCount ? { kind: 'exact' } : (this.graph.views.get(id) ?? { kind: 'exact' }) });
    }
    const turns: LiveSet['turns'] = [];
    for (const id of pick(anyTurn, this.slotIds.turns, nv + nc)) {
      const c = containers[id]!;
      if (c.turnIndexShouldBeCounted) turns.push({ container: c, path: path(id) });
    }
    return { vars, counts, turns, turnIndex: has(flag), random: has(flag + 1) };
  }
}

function set(b: Uint32Array, i: number): void {
  b[i >>> 5]! |= 1 << (i & 31);
}

export function viewOf(count: number, view: CountView): number {
  switch (view.kind) {
    case 'exact':
      return count;
    case 'ever':
      return count > 0 ? 1 : 0;
    case 'mod':
      return count % view.n;
    case 'min':
      return Math.min(count, view.n);
  }
}
