// How the explorer moves through a story, in three phases that share one record:
//   1. a sweep: breadth-first, keeping only the first state that reaches each choice point
//      position, so every place the story can go is seen early and by a short path;
//   2. the exhaustive search: depth-first over every distinct state (merged by digest),
//      with only the current path's snapshots in memory; finishing it is what makes a
//      report complete;
//   3. when the budget runs out first, guided playthroughs that take options nobody has
//      taken yet, until each knot, stitch, option and ending is reached or time is up.
import { seededRandom } from '../random-play.js';
import type { Snapshot } from './stepper.js';
import type { Walker } from './walker.js';

export interface Budget {
  /** Milliseconds for the whole search; needs `clock`. */
  timeMs: number;
  /** The exhaustive phase stops at this many distinct states (the memory bound). */
  maxStates: number;
  /** A clock in milliseconds; without one only the state budget applies. */
  clock?: () => number;
}

export type Phase = 'sweep' | 'exhaustive' | 'coverage';

export interface Progress {
  phase: Phase;
  states: number;
  /** Options known but not yet taken: the work still in view. */
  frontier: number;
  transitions: number;
  elapsedMs: number;
}

export interface SearchOutcome {
  complete: boolean;
  /** Why the exhaustive phase stopped early, when it did. */
  stoppedBy: 'time' | 'states' | null;
  elapsedMs: number;
}

interface Frame {
  state: number;
  snap: Snapshot;
  next: number;
  count: number;
}

/** A byte per state, growing with the graph. */
class Marks {
  private bytes = new Uint8Array(1024);
  has(i: number): boolean {
    return i < this.bytes.length && this.bytes[i] === 1;
  }
  add(i: number): void {
    if (i >= this.bytes.length) {
      const bigger = new Uint8Array(Math.max(i + 1, this.bytes.length * 2));
      bigger.set(this.bytes);
      this.bytes = bigger;
    }
    this.bytes[i] = 1;
  }
}

export function search(walker: Walker, budget: Budget, onProgress?: (p: Progress) => void): SearchOutcome {
  const clock = budget.clock ?? (() => 0);
  const t0 = clock();
  const elapsed = () => clock() - t0;
  const report = (phase: Phase, frontier: number) =>
    onProgress?.({ phase, states: walker.graph.states, frontier, transitions: walker.transitions, elapsedMs: elapsed() });

  const first = walker.begin();
  if (first.to < 0) return { complete: true, stoppedBy: null, elapsedMs: elapsed() };
  const rootSnap = walker.snapshot();

  // 1. The sweep gets at most a tenth of the time.
  sweep(walker, rootSnap, () => elapsed() > budget.timeMs * 0.1, report);

  // 2. Exhaustive, leaving a tenth for the coverage phase should it not finish.
  const reserve = budget.timeMs * 0.1;
  const stack: Frame[] = [{ state: 0, snap: rootSnap, next: 0, count: walker.graph.options(0) }];
  const done = new Marks();
  done.add(0);
  let stoppedBy: SearchOutcome['stoppedBy'] = null;
  let ticks = 0;
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top.next >= top.count) {
      stack.pop();
      continue;
    }
    if ((++ticks & 127) === 0) {
      if (budget.clock && elapsed() > budget.timeMs - reserve) {
        stoppedBy = 'time';
        break;
      }
      if ((ticks & 4095) === 0) report('exhaustive', stack.reduce((n, f) => n + f.count - f.next, 0));
    }
    if (walker.graph.states >= budget.maxStates) {
      stoppedBy = 'states';
      break;
    }
    const option = top.next++;
    const arrival = walker.take(top.state, top.snap, option);
    if (arrival.to >= 0 && !done.has(arrival.to)) {
      done.add(arrival.to);
      stack.push({ state: arrival.to, snap: walker.snapshot(), next: 0, count: walker.graph.options(arrival.to) });
    }
  }
  report('exhaustive', stack.reduce((n, f) => n + f.count - f.next, 0));
  if (stoppedBy === null) return { complete: true, stoppedBy, elapsedMs: elapsed() };

  // 3. Guided playthroughs toward whatever is still uncovered.
  cover(walker, rootSnap, () => budget.clock !== undefined && elapsed() > budget.timeMs, report);
  return { complete: false, stoppedBy, elapsedMs: elapsed() };
}

function sweep(walker: Walker, rootSnap: Snapshot, outOfTime: () => boolean, report: (phase: Phase, frontier: number) => void): void {
  const queue: Array<{ state: number; snap: Snapshot }> = [{ state: 0, snap: rootSnap }];
  const queued = new Marks();
  queued.add(0);
  const positions = new Set<string>();
  let head = 0;
  while (head < queue.length) {
    if (outOfTime()) return;
    const item = queue[head]!;
    queue[head++] = undefined as unknown as { state: number; snap: Snapshot };
    const count = walker.graph.options(item.state);
    for (let option = 0; option < count; option++) {
      const arrival = walker.take(item.state, item.snap, option);
      if (arrival.to < 0 || queued.has(arrival.to)) continue;
      const position = walker.position();
      if (positions.has(position)) continue;
      positions.add(position);
      queued.add(arrival.to);
      queue.push({ state: arrival.to, snap: walker.snapshot() });
    }
    if ((head & 63) === 0) report('sweep', queue.length - head);
  }
}

/**
 * Playthroughs from the start that always take an option not yet taken when one is on
 * offer, and otherwise a random one. They stop when everything is covered, when time is
 * up, or after a long run of playthroughs that found nothing new.
 */
function cover(walker: Walker, rootSnap: Snapshot, outOfTime: () => boolean, report: (phase: Phase, frontier: number) => void): void {
  const random = seededRandom(0x5eed);
  const covered = () => walker.optionsTaken.size + walker.endingsSeen.size + walker.flowsVisited.reduce((n, v) => n + v, 0);
  const total = walker.map.options.length + walker.map.endingTags.size + walker.map.flows.length;
  let fruitless = 0;
  let playthroughs = 0;
  while (!outOfTime() && covered() < total && fruitless < 2000) {
    const before = covered();
    let state = 0;
    let from: Snapshot | null = rootSnap;
    for (let step = 0; step < 5000 && state >= 0; step++) {
      if (from) walker.restoreTo(from);
      const options = walker.optionPaths();
      const fresh = options.map((p, i) => (walker.optionsTaken.has(p) ? -1 : i)).filter((i) => i >= 0);
      const pick = fresh.length > 0 ? fresh[Math.floor(random() * fresh.length)]! : Math.floor(random() * options.length);
      const arrival = walker.take(state, null, pick);
      state = arrival.to;
      from = null;
    }
    fruitless = covered() > before ? 0 : fruitless + 1;
    if ((++playthroughs & 31) === 0) report('coverage', total - covered());
  }
}
