// The coverage phase, for stories too big to explore whole: playthroughs from the start,
// a third of them taking an option nobody has taken yet whenever one is on offer (random
// otherwise), two thirds steering by an objective over the story's own variables (raise
// these, lower that: each option is tried and the best result kept), mostly aimed at what
// an unreached ending, knot or option depends on (relevance.ts). Endings that need
// many things true at once (every officer estranged, a bond at its height) come from the
// second kind; corners that need one unusual option come from the first.
import { seededRandom } from '../random-play.js';
import type { Report } from './search.js';
import { Relevance } from './relevance.js';
import { UNRECORDED } from './state-graph.js';
import type { Snapshot } from './stepper.js';
import type { Walker } from './walker.js';

/** Knots, stitches, options and endings not reached yet. */
export function uncovered(walker: Walker): number {
  let flows = 0;
  for (const v of walker.flowsVisited) flows += v;
  let endings = 0;
  for (const id of walker.map.endingTags.keys()) if (walker.endingsSeen.has(id)) endings++;
  return walker.map.flows.length - flows + (walker.map.endingTags.size - endings) + (walker.map.options.length - walker.optionsTaken.size);
}

interface Objective {
  features: Array<{ name: string; sign: number }>;
}

const isChoicePoint = (state: number) => state >= 0 || state === UNRECORDED;

export function cover(walker: Walker, root: Snapshot, outOfBudget: () => boolean, report: Report): void {
  const random = seededRandom(0x5eed);
  const features = walker.numericVariables().filter((n) => !n.startsWith('echo_') && n !== 'runs_completed');
  const scale = new Map<string, number>();
  const measure = (o: Objective): number => {
    let score = 0;
    for (const f of o.features) {
      const v = walker.numericValue(f.name);
      const s = Math.max(scale.get(f.name) ?? 1, Math.abs(v));
      scale.set(f.name, s);
      score += (f.sign * v) / s;
    }
    return score;
  };
  const relevance = new Relevance(walker.segments, new Set(walker.map.flows.filter((f) => f.kind === 'function').map((f) => f.name)));
  const family = (name: string) => (name.includes('_') ? name.slice(0, name.indexOf('_') + 1) : name);
  /** Steer by what an unreached knot, stitch, option or ending depends on: one sign per family. */
  const targeted = (): Objective | null => {
    const targets: Array<() => string[]> = [];
    const endings: Array<() => string[]> = [];
    walker.map.flows.forEach((f, i) => {
      if (walker.flowsVisited[i] === 0) targets.push(() => relevance.forEntry(f.container));
    });
    for (const o of walker.map.options) {
      const c = walker.map.optionContainers.get(o.path);
      if (c && !walker.optionsTaken.has(o.path)) targets.push(() => relevance.within(c));
    }
    for (const [id, where] of walker.map.endingTags) {
      const flow = walker.map.flows.find((f) => f.name === where);
      if (flow && !walker.endingsSeen.has(id)) endings.push(() => relevance.forEntry(flow.container));
    }
    // Endings first: half the aimed playthroughs go for one still unreached.
    const pool = endings.length > 0 && (random() < 0.5 || targets.length === 0) ? endings : targets;
    if (pool.length === 0) return null;
    const wanted = new Set(pool[Math.floor(random() * pool.length)]!());
    const chosen = features.filter((f) => wanted.has(f));
    if (chosen.length === 0) return null;
    const signs = new Map<string, number>();
    for (const f of chosen) if (!signs.has(family(f))) signs.set(family(f), random() < 0.5 ? -1 : 1);
    return { features: chosen.map((name) => ({ name, sign: signs.get(family(name))! })) };
  };
  const objective = (): Objective => {
    if (features.length === 0) return { features: [] };
    if (random() < 0.7) {
      const aimed = targeted();
      if (aimed) return aimed;
    }
    if (random() < 0.3) {
      // A family of variables at once: every loyalty_ up, or every one down.
      const pick = features[Math.floor(random() * features.length)]!;
      const prefix = family(pick);
      const sign = random() < 0.5 ? -1 : 1;
      return { features: features.filter((f) => f.startsWith(prefix)).map((name) => ({ name, sign })) };
    }
    const n = 1 + Math.floor(random() * 3);
    return { features: Array.from({ length: n }, () => ({ name: features[Math.floor(random() * features.length)]!, sign: random() < 0.5 ? -1 : 1 })) };
  };

  let fruitless = 0;
  let playthroughs = 0;
  let left = uncovered(walker);
  while (left > 0 && fruitless < 500 && !outOfBudget()) {
    walker.restoreTo(root);
    const steer = playthroughs % 3 !== 0 ? objective() : null;
    let state = 0;
    // Half the untaken-option playthroughs start from a point on a known route: the corners
    // next to a long line of choices (an ending's last gestures) are reached from there.
    const points = walker.routePoints;
    if (!steer && points.length > 0 && random() < 0.5) {
      const point = points[Math.floor(random() * points.length)]!;
      walker.restoreTo(point.snap);
      state = point.state;
    }
    for (let step = 0; step < 3000 && isChoicePoint(state) && !outOfBudget(); step++) {
      const options = walker.optionPaths();
      let pick: number;
      if (steer && random() > 0.1) {
        // Try each option; keep the one whose outcome scores best.
        const here = walker.snapshot();
        let best = -1;
        let bestScore = -Infinity;
        let bestSnap: Snapshot | null = null;
        let bestTo = 0;
        for (let i = 0; i < options.length; i++) {
          if (i > 0) walker.restoreTo(here);
          const to = walker.take(state, null, i).to;
          const score = measure(steer) + random() * 1e-6;
          if (score > bestScore) {
            bestScore = score;
            best = i;
            bestTo = to;
            bestSnap = isChoicePoint(to) ? walker.snapshot() : null;
          }
        }
        if (best < 0 || !bestSnap) break;
        walker.restoreTo(bestSnap);
        state = bestTo;
        continue;
      }
      const fresh: number[] = [];
      options.forEach((p, i) => {
        if (!walker.optionsTaken.has(p)) fresh.push(i);
      });
      pick = fresh.length > 0 ? fresh[Math.floor(random() * fresh.length)]! : Math.floor(random() * options.length);
      state = walker.take(state, null, pick).to;
    }
    const now = uncovered(walker);
    fruitless = now < left ? 0 : fruitless + 1;
    left = now;
    if ((++playthroughs & 7) === 0) report('coverage', left);
  }
}
