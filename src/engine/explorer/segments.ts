// The compiled story as a graph of segments: straight runs of content between the places
// flow can enter (a container's start, the point after a nested container, any divert
// target). Each segment records what it reads (global variables, visit counts, turn
// indices, the random state) and where flow can go next (diverts, calls, tunnels, threads,
// falling into and out of nested containers, and the options a choice point offers).
// liveness.ts turns it into what each state can still read; relevance.ts into what an
// unreached place depends on.
import { Command, ValueKind, childrenOf, isChoicePoint, isCommand, isContainer, isDivert, isNativeCall, isValue, isVariableReference, type InkContainer, type InkObject, type InkPointer } from './ink-internals.js';
import type { StoryMap } from './story-map.js';

/** How much of a visit count a read can see. */
export type CountView = { kind: 'exact' } | { kind: 'ever' } | { kind: 'mod'; n: number } | { kind: 'min'; n: number };

export interface SegmentReads {
  vars: Set<number>;
  counts: Set<number>;
  turns: Set<number>;
  flags: number;
}

export const F_TURN_INDEX = 1;
export const F_RANDOM = 2;
export const F_ANY_COUNT = 4;
export const F_ANY_TURN = 8;

export class SegmentGraph {
  readonly starts: number[][] = [];
  readonly firstSegment: number[] = [];
  segmentCount = 0;
  readonly edges: number[][] = [];
  readonly reads: SegmentReads[] = [];
  /** The container each segment belongs to (by id). */
  readonly containerOf: number[] = [];
  readonly varIndex: Map<string, number>;
  /** Dense numbering of the containers whose counts (or turn indices) something reads. */
  readonly countSlots = new Map<number, number>();
  readonly turnSlots = new Map<number, number>();
  readonly views = new Map<number, CountView>();
  /** Globals passed by reference somewhere: always kept. */
  readonly pinned = new Set<string>();

  constructor(readonly map: StoryMap) {
    this.varIndex = new Map(map.globals.map((g, i) => [g, i]));
    this.cutSegments();
    this.scanSegments();
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
      for (let k = 0; k < sorted.length; k++) this.containerOf.push(id);
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
