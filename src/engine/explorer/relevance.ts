// What an unreached place depends on: the globals read where flow can come from to get
// there (that knot, and the functions it calls). The coverage phase steers playthroughs by
// these, so an ending behind a condition on six loyalties gets playthroughs that push all
// six one way or the other.
import type { InkContainer } from './ink-internals.js';
import type { SegmentGraph } from './segments.js';

export class Relevance {
  private readonly knotOf: string[];
  private readonly byKnot = new Map<string, number[]>();
  private readonly preds: number[][];
  private readonly memo = new Map<string, string[]>();

  constructor(
    private readonly graph: SegmentGraph,
    private readonly functions: ReadonlySet<string>,
  ) {
    const { containers } = graph.map;
    this.knotOf = graph.containerOf.map((id) => containers[id]!.path.toString().split('.')[0] ?? '');
    this.knotOf.forEach((k, s) => {
      if (!this.byKnot.has(k)) this.byKnot.set(k, []);
      this.byKnot.get(k)!.push(s);
    });
    this.preds = Array.from({ length: graph.segmentCount }, () => []);
    graph.edges.forEach((out, s) => {
      for (const t of out) this.preds[t]!.push(s);
    });
  }

  /** Globals read in the knots flow enters `container` from, and in the functions they call. */
  forEntry(container: InkContainer): string[] {
    const entry = this.graph.segmentAt(container, 0);
    const knots = new Set<string>();
    for (const p of this.preds[entry] ?? []) knots.add(this.knotOf[p]!);
    if (knots.size === 0) knots.add(this.knotOf[entry] ?? '');
    return this.read(knots);
  }

  /** Globals read in the knot that holds `container`, and in the functions it calls. */
  within(container: InkContainer): string[] {
    return this.read(new Set([this.knotOf[this.graph.segmentAt(container, 0)] ?? '']));
  }

  private read(knots: Set<string>): string[] {
    const key = [...knots].sort().join('|');
    const hit = this.memo.get(key);
    if (hit) return hit;
    const queue = [...knots];
    const seen = new Set(knots);
    const vars = new Set<number>();
    while (queue.length > 0) {
      const knot = queue.pop()!;
      for (const s of this.byKnot.get(knot) ?? []) {
        for (const v of this.graph.reads[s]!.vars) vars.add(v);
        for (const t of this.graph.edges[s]!) {
          const callee = this.knotOf[t]!;
          if (this.functions.has(callee) && !seen.has(callee)) {
            seen.add(callee);
            queue.push(callee);
          }
        }
      }
    }
    const names = [...vars].map((i) => this.graph.map.globals[i]!).sort();
    this.memo.set(key, names);
    return names;
  }
}
