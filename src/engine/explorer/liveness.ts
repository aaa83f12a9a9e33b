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
import { Command, ValueKind, childrenOf, isChoicePoint, isCommand, isContainer, isDivert, isNativeCall, isValue, isVariableReference, type InkContainer, type InkObject, type InkPointer } from './ink-internals.js';
import type { StoryMap } from './story-map.js';

/** How much of a visit count a read can see. */
export type CountView = { kind: 'exact' } | { kind: 'ever' } | { kind: 'mod'; n: number } | { kind: 'min'; n: number };

export interface LiveSet {
  vars: string[];
  counts: Array<{ container: InkContainer; path: string; view: CountView }>;
  turns: Array<{ container: InkContainer; path: string }>;
  turnIndex: boolean;
  random: boolean;
}

interface SegmentReads {
  vars: Set<number>;
  counts: Set<number>;
  turns: Set<number>;
  flags: number;
}

const F_TURN_INDEX = 1;
const F_RANDOM = 2;
const F_ANY_COUNT = 4;
const F_ANY_TURN = 8;

export class Liveness {
  private readonly starts: number[][] = [];
  private readonly firstSegment: number[] = [];
  private segmentCount = 0;
  private readonly edges: number[][] = [];
  private readonly reads: SegmentReads[] = [];
  private readonly varIndex: Map<string, number>;
  /** Dense numbering of the containers whose counts (or turn indices) something reads. */
  private readonly countSlots = new Map<number, number>();
  private readonly turnSlots = new Map<number, number>();
  private readonly views = new Map<number, CountView>();
  /** Globals passed by reference somewhere: always kept. */
  private readonly pinned = new Set<string>();
  private readonly memo = new Map<string, LiveSet>();
  private sccOf: Int32Array = new Int32Array(0);
  private sccBits: Uint32Array[] = [];
  private readonly words: number;

  constructor(private readonly map: StoryMap) {
    this.varIndex = new Map(map.globals.map((g, i) => [g, i]));
    this.cutSegments();
    this.scanSegments();
    const n = map.globals.length + this.countSlots.size + this.turnSlots.size + 4;
    this.words = Math.ceil(n / 32);
    this.condense();
  }

  /** What can be read from now on by a state whose future starts at `roots`. */
  liveAt(roots: readonly InkPointer[]): LiveSet {
    const segs = new Set<number>();
    for (const p of roots) {
      const s = p.isNull ? -1 : this.segmentAt(p.container, p.index);
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

  /** Segments: a container split at index 0, after each child container, and at every entry point. */
  private cutSegments(): void {
    const { containers, idOf } = this.map;
    const cuts = containers.map(() => new Set<number>([0]));
    const addTarget = (p: Spot | null): void => {
      if (!p || !p.container) return;
      const id = idOf.get(p.container);
      if (id !== undefined) cuts[id]!.add(Math.max(0, p.index));
    };
    containers.forEach((c, id) => {
      c.content.forEach((o, i) => {
        if (isContainer(o)) cuts[id]!.add(i + 1);
        else if (isDivert(o) && !o.variableDivertName && !o.isExternal) addTarget(safePointer(() => o.targetPointer));
        else if (isChoicePoint(o)) addTarget({ container: o.choiceTarget, index: 0 });
        else if (isDivertTarget(o)) addTarget(this.literalPointer(o));
      });
    });
    cuts.forEach((set, id) => {
      const sorted = [...set].sort((a, b) => a - b);
      this.starts[id] = sorted;
      this.firstSegment[id] = this.segmentCount;
      this.segmentCount += sorted.length;
    });
    for (let s = 0; s < this.segmentCount; s++) {
      this.edges.push([]);
      this.reads.push({ vars: new Set(), counts: new Set(), turns: new Set(), flags: 0 });
    }
  }

  /** The segment holding position `index` of container `c` (-1 for content outside the map). */
  segmentAt(c: InkContainer | null, index = 0): number {
    if (!c) return -1;
    const id = this.map.idOf.get(c);
    if (id === undefined) return -1;
    const starts = this.starts[id]!;
    const at = Math.max(0, index);
    let k = 0;
    while (k + 1 < starts.length && starts[k + 1]! <= at) k++;
    return this.firstSegment[id]! + k;
  }

  /** Where a divert-target value (`-> knot.stitch`) points. */
  private literalPointer(o: InkObject): Spot | null {
    const target = (o as unknown as { value: { toString(): string } | null }).value;
    if (!target) return null;
    const root = this.map.containers[0] as unknown as { ContentAtPath(p: unknown): { obj: InkObject | null } };
    const found = root.ContentAtPath(target).obj;
    if (!found) return null;
    const last = target.toString().split('.').pop() ?? '';
    if (/^\d+$/.test(last)) return { container: found.parent as InkContainer, index: Number(last) };
    return isContainer(found) ? { container: found, index: 0 } : null;
  }

  /** Reads and edges of every segment. */
  private scanSegments(): void {
    const { containers } = this.map;
    const returnLabels: Array<{ label: number; knot: string; into: number }> = [];
    const literalTargets: number[] = [];
    const varDiverts: Array<{ seg: number; name: string; knot: string; container: number }> = [];
    containers.forEach((c, id) => {
      const starts = this.starts[id]!;
      const knot = c.path.toString().split('.')[0] ?? '';
      starts.forEach((start, k) => {
        const seg = this.firstSegment[id]! + k;
        const end = starts[k + 1] ?? c.content.length;
        const r = this.reads[seg]!;
        let threadNext = false;
        let pendingLabel = -1;
        let open = true;
        for (let i = start; i < end && open; i++) {
          const o = c.content[i]!;
          const next = c.content[i + 1];
          if (isContainer(o)) {
            this.edge(seg, this.segmentAt(o));
            if (i === end - 1) open = false; // its own end falls back to (c, i + 1)
          } else if (isDivert(o)) {
            const call = o.pushesToStack || o.isConditional || threadNext || o.isExternal;
            threadNext = false;
            if (o.variableDivertName) varDiverts.push({ seg, name: o.variableDivertName, knot, container: id });
            else if (o.isExternal) this.edge(seg, this.segmentAt(this.knotNamed(o.targetPath?.toString() ?? '')));
            else {
              const p = safePointer(() => o.targetPointer);
              if (p && p.container) {
                const target = this.segmentAt(p.container, p.index);
                this.edge(seg, target);
                if (pendingLabel >= 0) returnLabels.push({ label: pendingLabel, knot, into: this.map.idOf.get(p.container) ?? -1 });
              }
            }
            pendingLabel = -1;
            if (!call && !(o.variableDivertName && o.isConditional)) open = false;
          } else if (isChoicePoint(o)) {
            const target = o.choiceTarget;
            this.edge(seg, this.segmentAt(target));
            if (o.onceOnly && target) this.readCount(r, target, { kind: 'ever' });
          } else if (isCommand(o)) {
            switch (o.commandType) {
              case Command.Done:
              case Command.End:
              case Command.PopFunction:
              case Command.PopTunnel:
                open = false;
                break;
              case Command.StartThread:
                threadNext = true;
                break;
              case Command.VisitIndex:
                this.readCount(r, c, sequenceView(next, c.content[i + 2]));
                break;
              case Command.ReadCount:
              case Command.TurnsSince: {
                const prev = c.content[i - 1];
                const p = prev && isDivertTarget(prev) ? this.literalPointer(prev) : null;
                const turns = o.commandType === Command.TurnsSince;
                if (turns) r.flags |= F_TURN_INDEX;
                if (!p?.container) r.flags |= turns ? F_ANY_TURN : F_ANY_COUNT;
                else if (turns) this.readTurn(r, p.container);
                else this.readCount(r, p.container, { kind: 'exact' });
                break;
              }
              case Command.Turns:
                r.flags |= F_TURN_INDEX;
                break;
              case Command.Random:
              case Command.ListRandom:
              case Command.SeedRandom:
                r.flags |= F_RANDOM;
                break;
              default:
                break;
            }
          } else if (isVariableReference(o)) {
            const counted = o.pathForCount ? o.containerForCount : null;
            if (counted) this.readCount(r, counted, { kind: 'exact' });
            else if (o.name !== null && this.varIndex.has(o.name)) r.vars.add(this.varIndex.get(o.name)!);
          } else if (isValue(o) && o.valueType === ValueKind.VariablePointer) {
            const name = String(o.value);
            if (this.varIndex.has(name)) this.pinned.add(name);
          } else if (isDivertTarget(o)) {
            const p = this.literalPointer(o);
            const target = p ? this.segmentAt(p.container, p.index) : -1;
            if (/\.\$r\d*$/.test(String(o.value))) pendingLabel = target;
            else if (target >= 0) {
              literalTargets.push(target);
              // A target handed to a tunnel's onward divert or a function runs from here.
              const consumer = next && isCommand(next) ? next.commandType : -1;
              if (consumer !== Command.ReadCount && consumer !== Command.TurnsSince) this.edge(seg, target);
            }
          }
        }
        if (open) {
          if (end < c.content.length) this.edge(seg, this.firstSegment[id]! + k + 1);
          else this.fallOff(seg, c);
        }
      });
    });
    for (const d of varDiverts) {
      if (d.name === '$r') {
        const paired = returnLabels.filter((l) => l.into === d.container);
        const labels = paired.length > 0 ? paired : returnLabels.filter((l) => l.knot === d.knot);
        for (const l of labels) this.edge(d.seg, l.label);
      } else {
        for (const t of literalTargets) this.edge(d.seg, t);
      }
    }
  }

  private fallOff(seg: number, c: InkContainer): void {
    const parent = c.parent;
    if (!parent || !isContainer(parent)) return;
    const j = parent.content.indexOf(c);
    if (j < 0) return; // named-only content ends the flow, a function or a thread
    this.edge(seg, this.segmentAt(parent, j + 1));
  }

  private knotNamed(name: string): InkContainer | null {
    const k = this.map.containers[0]!.namedContent.get(name);
    return k && isContainer(k) ? k : null;
  }

  private edge(from: number, to: number): void {
    if (to >= 0) this.edges[from]!.push(to);
  }

  private readTurn(r: SegmentReads, c: InkContainer): void {
    const id = this.map.idOf.get(c);
    if (id === undefined) return;
    if (!this.turnSlots.has(id)) this.turnSlots.set(id, this.turnSlots.size);
    r.turns.add(this.turnSlots.get(id)!);
  }

  private readCount(r: SegmentReads, c: InkContainer, view: CountView): void {
    const id = this.map.idOf.get(c);
    if (id === undefined) return;
    if (!this.countSlots.has(id)) this.countSlots.set(id, this.countSlots.size);
    r.counts.add(this.countSlots.get(id)!);
    const old = this.views.get(id);
    this.views.set(id, old === undefined ? view : sameView(old, view) ? old : { kind: 'exact' });
  }

  /** Tarjan's strongly connected components, then each component's reads and all it reaches. */
  private condense(): void {
    const n = this.segmentCount;
    const index = new Int32Array(n).fill(-1);
    const low = new Int32Array(n);
    const onStack = new Uint8Array(n);
    const sccOf = new Int32Array(n).fill(-1);
    const stack: number[] = [];
    const bits: Uint32Array[] = [];
    let counter = 0;
    const nv = this.map.globals.length;
    const nc = this.countSlots.size;
    const nt = this.turnSlots.size;
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
        const out = this.edges[v]!;
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
            const r = this.reads[m]!;
            for (const x of r.vars) set(b, x);
            for (const x of r.counts) set(b, nv + x);
            for (const x of r.turns) set(b, nv + nc + x);
            for (let f = 0; f < 4; f++) if (r.flags & (1 << f)) set(b, nv + nc + nt + f);
            for (const w of this.edges[m]!) {
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

  private decode(bits: Uint32Array): LiveSet {
    const { globals, containers } = this.map;
    const nv = globals.length;
    const nc = this.countSlots.size;
    const nt = this.turnSlots.size;
    const has = (i: number) => (bits[i >>> 5]! & (1 << (i & 31))) !== 0;
    const flag = nv + nc + nt;
    const anyCount = has(flag + 2);
    const anyTurn = has(flag + 3);
    const vars = globals.filter((g, i) => has(i) || this.pinned.has(g));
    const counts: LiveSet['counts'] = [];
    const turns: LiveSet['turns'] = [];
    containers.forEach((c, id) => {
      const slot = this.countSlots.get(id);
      if (c.visitsShouldBeCounted && (anyCount || (slot !== undefined && has(nv + slot)))) {
        counts.push({ container: c, path: c.path.toString(), view: anyCount ? { kind: 'exact' } : (this.views.get(id) ?? { kind: 'exact' }) });
      }
      const tslot = this.turnSlots.get(id);
      if (c.turnIndexShouldBeCounted && (anyTurn || (tslot !== undefined && has(nv + nc + tslot)))) turns.push({ container: c, path: c.path.toString() });
    });
    return { vars, counts, turns, turnIndex: has(flag), random: has(flag + 1) };
  }
}

function set(b: Uint32Array, i: number): void {
  b[i >>> 5]! |= 1 << (i & 31);
}

function isDivertTarget(o: unknown): o is InkObject & { value: unknown } {
  return isValue(o) && o.valueType === ValueKind.DivertTarget;
}

interface Spot {
  container: InkContainer | null;
  index: number;
}

function safePointer(get: () => InkPointer): InkPointer | null {
  try {
    return get();
  } catch {
    return null;
  }
}

/** `visit N %` (a cycle) and `visit N MIN` (stopping and once-only sequences) see part of a count. */
function sequenceView(n: InkObject | undefined, op: InkObject | undefined): CountView {
  if (!n || !op || !isValue(n) || n.valueType !== ValueKind.Int || !isNativeCall(op)) return { kind: 'exact' };
  const k = Number(n.value);
  if (op.name === '%' && k > 0) return { kind: 'mod', n: k };
  // MIN(count - 1, k) stops changing once count - 1 reaches k.
  if (op.name === 'MIN') return { kind: 'min', n: k + 1 };
  return { kind: 'exact' };
}

function sameView(a: CountView, b: CountView): boolean {
  return a.kind === b.kind && (a.kind === 'exact' || a.kind === 'ever' || a.n === (b as { n: number }).n);
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
