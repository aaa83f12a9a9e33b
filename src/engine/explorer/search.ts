// How the explorer moves through a story, in three phases that share one record:
//   1. novelty: depth-first, but a state is only followed if some live value in it is new
//      at its position (this option list, this call stack). Every place the story can go is
//      seen early, each with every value each variable has been seen to take there;
//   2. exhaustive: depth-first over every distinct state, merged by digest, with only the
//      current path's snapshots in memory. Finishing it is what makes a report complete;
//   3. when the budget runs out first: guided playthroughs that take options nobody has
//      taken yet, until each knot, stitch, option and ending is reached or time is up.
// Small stories finish phase 2 in milliseconds. For a story too big to finish, phases 1 and
// 3 are what reach every corner, and the report says the search was not complete.
import { cover, uncovered } from './coverage.js';
import { StateTable, UNRECORDED } from './state-graph.js';
import { hash64 } from './state-key.js';
import type { Snapshot } from './stepper.js';
import type { Walker } from './walker.js';

export interface Budget {
  /** Milliseconds for the whole search; needs `clock`. */
  timeMs?: number;
  /** Options taken, in all: a budget of work that gives the same result on any machine. */
  maxTransitions?: number;
  /** Distinct states: the memory bound (about 50 bytes each, plus the path's snapshots). */
  maxStates: number;
  /** A clock in milliseconds. The engine has none of its own. */
  clock?: () => number;
}

export type Phase = 'novelty' | 'exhaustive' | 'coverage';

export interface Progress {
  phase: Phase;
  states: number;
  /** Options seen but not yet taken by the current phase: the work still in view. */
  frontier: number;
  transitions: number;
  elapsedMs: number;
}

export interface SearchOutcome {
  complete: boolean;
  /** What stopped the exhaustive phase early, if anything. */
  stoppedBy: 'time' | 'transitions' | 'states' | 'depth' | null;
  elapsedMs: number;
}

/** How much of the budget is spent, from 0 to 1, whichever limit is nearest. */
class Meter {
  private readonly t0: number;
  private readonly n0: number;
  constructor(
    private readonly walker: Walker,
    private readonly budget: Budget,
  ) {
    this.t0 = this.now();
    this.n0 = walker.transitions;
  }
  now(): number {
    return this.budget.clock ? this.budget.clock() : 0;
  }
  get elapsedMs(): number {
    return this.now() - this.t0;
  }
  used(): number {
    let f = 0;
    if (this.budget.timeMs !== undefined && this.budget.clock) f = Math.max(f, this.elapsedMs / this.budget.timeMs);
    if (this.budget.maxTransitions !== undefined) f = Math.max(f, (this.walker.transitions - this.n0) / this.budget.maxTransitions);
    return f;
  }
  limit(): 'time' | 'transitions' {
    if (this.budget.timeMs !== undefined && this.budget.clock && this.elapsedMs >= this.budget.timeMs) return 'time';
    return this.budget.maxTransitions !== undefined ? 'transitions' : 'time';
  }
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

/**
 * How deep a depth-first phase goes before it turns back. A story with a counter that rises
 * every time round a loop has no bottom; past this depth the exhaustive phase gives up on
 * the branch (and on calling the search complete).
 */
export const MAX_DEPTH = 1000;
const NOVELTY_SHARE = 0.4;
const COVERAGE_RESERVE = 0.2;
/** The exhaustive phase's share when the novelty phase could not finish: it cannot either. */
const HOPELESS_SHARE = 0.05;

/**
 * Explores from the story's start. `phases: 'exhaustive'` runs the exhaustive phase alone
 * (the benchmark measures it that way).
 */
export function search(walker: Walker, budget: Budget, onProgress?: (p: Progress) => void, phases: 'all' | 'exhaustive' = 'all'): SearchOutcome {
  const meter = new Meter(walker, budget);
  const report = (phase: Phase, frontier: number) =>
    onProgress?.({ phase, states: walker.graph.states, frontier, transitions: walker.transitions, elapsedMs: meter.elapsedMs });

  const first = walker.begin();
  const root = walker.root;
  if (first.to < 0 || !root) return { complete: true, stoppedBy: null, elapsedMs: meter.elapsedMs };

  replayRoutes(walker, root);
  let noveltyFinished = true;
  if (phases === 'all') noveltyFinished = novelty(walker, root, () => meter.used() >= NOVELTY_SHARE || walker.graph.states >= budget.maxStates, report);

  // The novelty phase follows a subset of the states the exhaustive one must: if it could
  // not finish, the exhaustive phase gets a short turn, and the coverage phase the rest.
  // Otherwise the exhaustive phase may use everything, keeping a reserve for the coverage
  // phase only while something is still uncovered.
  const reserve = phases === 'all' ? COVERAGE_RESERVE : 0;
  const startedAt = meter.used();
  const outOfBudget = noveltyFinished
    ? () => meter.used() >= (uncovered(walker) > 0 ? 1 - reserve : 1)
    : () => meter.used() >= Math.min(1 - reserve, startedAt + HOPELESS_SHARE);
  const stoppedBy = exhaustive(walker, root, budget.maxStates, outOfBudget, report);
  if (stoppedBy === null) return { complete: true, stoppedBy, elapsedMs: meter.elapsedMs };
  const why = stoppedBy === 'states' ? 'states' : stoppedBy === 'depth' ? 'depth' : meter.limit();
  if (phases === 'all') cover(walker, root, () => meter.used() >= 1, report);
  return { complete: false, stoppedBy: why, elapsedMs: meter.elapsedMs };
}

export type Report = (phase: Phase, frontier: number) => void;

function frontierOf(stack: readonly Frame[]): number {
  let n = 0;
  for (const f of stack) n += f.count - f.next;
  return n;
}

/** Depth-first over every distinct state; null when it ran out of states to take. */
function exhaustive(walker: Walker, root: Snapshot, maxStates: number, outOfBudget: () => boolean, report: Report): 'states' | 'budget' | 'depth' | null {
  const stack: Frame[] = [{ state: 0, snap: root, next: 0, count: walker.graph.options(0) }];
  const done = new Marks();
  done.add(0);
  let ticks = 0;
  let cut = false;
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top.next >= top.count) {
      stack.pop();
      continue;
    }
    if ((++ticks & 63) === 0) {
      if (outOfBudget()) return 'budget';
      if ((ticks & 1023) === 0) report('exhaustive', frontierOf(stack));
    }
    const arrival = walker.take(top.state, top.snap, top.next++);
    if (arrival.to === UNRECORDED || walker.graph.states > maxStates) return 'states';
    if (arrival.to >= 0 && !done.has(arrival.to)) {
      if (stack.length >= MAX_DEPTH) {
        cut = true;
        continue;
      }
      done.add(arrival.to);
      stack.push({ state: arrival.to, snap: walker.snapshot(), next: 0, count: walker.graph.options(arrival.to) });
    }
  }
  report('exhaustive', 0);
  return cut ? 'depth' : null;
}

/**
 * Depth-first, following a state only when one of its live values (a variable, a visit
 * count, a temporary) has not been seen at its position before. The set of (position,
 * value) facts bounds the work: it grows with the values each variable takes at each
 * choice point, not with their combinations.
 */
function novelty(walker: Walker, root: Snapshot, outOfBudget: () => boolean, report: Report): boolean {
  const seen = new StateTable(1 << 16);
  const followed = new Marks();
  followed.add(0);
  walker.wantFacts = true;
  const stack: Frame[] = [{ state: 0, snap: root, next: 0, count: walker.graph.options(0) }];
  let ticks = 0;
  try {
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      if (top.next >= top.count) {
        stack.pop();
        continue;
      }
      if ((++ticks & 63) === 0) {
        if (outOfBudget()) return false;
        if ((ticks & 1023) === 0) report('novelty', frontierOf(stack));
      }
      const arrival = walker.take(top.state, top.snap, top.next++);
      if (arrival.to === UNRECORDED) return false;
      if (arrival.to < 0 || followed.has(arrival.to) || stack.length >= MAX_DEPTH) continue;
      const where = hash64(walker.position).h1;
      let fresh = seen.findOrAdd(where, 0x9e3779b9, 0).added;
      for (const fact of walker.facts) {
        const h = hash64(fact, where);
        if (seen.findOrAdd(h.h1, h.h2, 0).added) fresh = true;
      }
      if (!fresh) continue;
      followed.add(arrival.to);
      stack.push({ state: arrival.to, snap: walker.snapshot(), next: 0, count: walker.graph.options(arrival.to) });
    }
  } finally {
    walker.wantFacts = false;
  }
  return true;
}

/** How often a route's choice points are kept for the coverage phase to start from. */
const ROUTE_POINT_EVERY = 4;

/**
 * Plays each `# verify-route:` the story declares, recording where it went: a known way to
 * an ending the search might not find in its budget, checked on every run. A route marked
 * `(echoes)` is played only by the walker with every echo set, the others only without.
 */
function replayRoutes(walker: Walker, root: Snapshot): void {
  for (const route of walker.map.routes) {
    if (route.echoes !== walker.echoes) {
      walker.routeResults.push({ ending: route.ending, played: false, reached: false, taken: 0, of: route.choices.length, endedAt: null });
      continue;
    }
    walker.restoreTo(root);
    let state = 0;
    let ending: string | null = null;
    let taken = 0;
    for (const option of route.choices) {
      if (!(state >= 0 || state === UNRECORDED) || option < 0 || option >= walker.optionPaths().length) break;
      if (taken % ROUTE_POINT_EVERY === ROUTE_POINT_EVERY - 1) walker.routePoints.push({ state, snap: walker.snapshot() });
      const arrival = walker.take(state, null, option);
      state = arrival.to;
      ending = arrival.ending;
      taken++;
    }
    walker.routeResults.push({ ending: route.ending, played: true, reached: ending === route.ending && taken === route.choices.length, taken, of: route.choices.length, endedAt: ending });
  }
}
