// What one exploration found, as plain data: each ending with the shortest known path to
// it, each dead end and ink issue with the shortest path that triggers it, and what was
// never reached. Paths are option indices from 0, with the options' text beside them.
import { endIndex, pathTo, type IntList } from './state-graph.js';
import { visibleChoices } from './stepper.js';
import type { SearchOutcome } from './search.js';
import type { IssueKind, Walker } from './walker.js';
import type { OptionInfo } from './story-map.js';

export interface StoryPath {
  /** Option indices from 0, one per choice point. */
  choices: number[];
  /** The text of each option taken. */
  labels: string[];
  /** Found past the state limit, where no path is recorded. */
  unknown?: boolean;
}

export interface Finding {
  /** Ending id, knot of a dead end, or an ink message. */
  name: string;
  path: StoryPath;
}

export interface IssueFinding extends Finding {
  kind: IssueKind;
}

export interface PassFindings {
  complete: boolean;
  stoppedBy: SearchOutcome['stoppedBy'];
  states: number;
  transitions: number;
  elapsedMs: number;
  endings: Finding[];
  deadEnds: Finding[];
  /** Complete searches only: places a player can reach but never leave for any end. */
  traps: Finding[];
  issues: IssueFinding[];
  routes: Walker['routeResults'];
  /** Everything the story writes that this pass never reached. */
  unreached: { knots: string[]; stitches: string[]; functions: string[]; options: OptionInfo[]; endings: string[] };
}

/** Found after the state limit, where states are followed but not recorded. */
const UNKNOWN_PATH: StoryPath = { choices: [], labels: [], unknown: true };

/** The shortest recorded (state, option) among `at`, as a path of option indices. */
function shortestVia(tree: ReturnType<Walker['graph']['shortestTree']>, at: IntList): number[] | null {
  let best: number[] | null = null;
  let bestLength = Infinity;
  for (let i = 0; i < at.length; i += 2) {
    const state = at.get(i);
    const option = at.get(i + 1);
    const length = state === -1 ? 0 : state < 0 || tree.depth[state]! < 0 ? Infinity : tree.depth[state]! + 1;
    if (length < bestLength) {
      bestLength = length;
      best = state < 0 ? [] : [...pathTo(tree, state), option];
    }
  }
  return best;
}

export function collectFindings(walker: Walker, outcome: SearchOutcome): PassFindings {
  const tree = walker.graph.shortestTree();
  const label = (choices: number[]): StoryPath => ({ choices, labels: labelsAlong(walker, choices) });

  const endings: Finding[] = [];
  for (const [id, at] of walker.endingsSeen) {
    const path = shortestVia(tree, at);
    endings.push({ name: id, path: path ? label(path) : UNKNOWN_PATH });
  }
  endings.sort((a, b) => a.path.choices.length - b.path.choices.length || a.name.localeCompare(b.name));

  // Dead ends are edges into an end of kind dead-end: find the shortest per place.
  const deadAt = new Map<string, { length: number; path: number[] }>();
  const consider = (state: number, option: number, to: number) => {
    if (to >= -1) return;
    const end = walker.ends[endIndex(to)];
    if (!end || end.kind !== 'dead-end') return;
    const depth = state < 0 ? 0 : tree.depth[state]!;
    if (depth < 0) return;
    const length = state < 0 ? 0 : depth + 1;
    const old = deadAt.get(end.name);
    if (!old || length < old.length) deadAt.set(end.name, { length, path: state < 0 ? [] : [...pathTo(tree, state), option] });
  };
  consider(-1, 0, walker.graph.startEdge);
  for (let s = 0; s < walker.graph.states; s++) {
    const n = walker.graph.options(s);
    for (let o = 0; o < n; o++) consider(s, o, walker.graph.edge(s, o));
  }
  const deadEnds = [...deadAt].map(([name, d]) => ({ name, path: label(d.path) })).sort((a, b) => a.name.localeCompare(b.name));

  const issues: IssueFinding[] = [];
  for (const rec of walker.issues.values()) {
    const path = shortestVia(tree, rec.at);
    issues.push({ kind: rec.kind, name: rec.message, path: path ? label(path) : UNKNOWN_PATH });
  }

  const traps = outcome.complete ? findTraps(walker, tree).map((state) => {
    const path = label(pathTo(tree, state));
    return { name: walker.here(), path };
  }) : [];

  const flowsMissed = walker.map.flows.filter((_, i) => walker.flowsVisited[i] === 0);
  return {
    complete: outcome.complete,
    stoppedBy: outcome.stoppedBy,
    states: walker.graph.states,
    transitions: walker.transitions,
    elapsedMs: outcome.elapsedMs,
    endings,
    deadEnds,
    traps,
    issues,
    routes: [...walker.routeResults],
    unreached: {
      knots: flowsMissed.filter((f) => f.kind === 'knot').map((f) => f.name),
      stitches: flowsMissed.filter((f) => f.kind === 'stitch').map((f) => f.name),
      functions: flowsMissed.filter((f) => f.kind === 'function').map((f) => f.name),
      options: walker.map.options.filter((o) => !walker.optionsTaken.has(o.path)),
      endings: [...walker.map.endingTags.keys()].filter((id) => !walker.endingsSeen.has(id)),
    },
  };
}

/**
 * States reachable from the start from which no end can be reached: a loop of choices with
 * no way out. One per group, the shallowest, since each leads into the same trap.
 */
function findTraps(walker: Walker, tree: ReturnType<Walker['graph']['shortestTree']>): number[] {
  const g = walker.graph;
  const n = g.states;
  const reverse: number[][] = Array.from({ length: n }, () => []);
  const escapes = new Uint8Array(n);
  const queue: number[] = [];
  for (let s = 0; s < n; s++) {
    for (let o = 0; o < g.options(s); o++) {
      const t = g.edge(s, o);
      if (t >= 0) reverse[t]!.push(s);
      else if (t < -1 && escapes[s] === 0) {
        escapes[s] = 1;
        queue.push(s);
      }
    }
  }
  while (queue.length > 0) {
    const s = queue.pop()!;
    for (const p of reverse[s]!) {
      if (escapes[p] === 0) {
        escapes[p] = 1;
        queue.push(p);
      }
    }
  }
  const trapped: number[] = [];
  for (let s = 0; s < n; s++) if (escapes[s] === 0 && tree.depth[s]! >= 0) trapped.push(s);
  // Keep only trapped states whose parent on the shortest tree could still escape: the entrances.
  return trapped.filter((s) => tree.parent[s]! < 0 || escapes[tree.parent[s]!] === 1).sort((a, b) => tree.depth[a]! - tree.depth[b]!);
}

/** The text of each option along `choices`, replayed from the story's first choice point. */
export function labelsAlong(walker: Walker, choices: readonly number[]): string[] {
  const labels: string[] = [];
  if (!walker.root) return labels;
  walker.restoreTo(walker.root);
  let state = 0;
  for (const option of choices) {
    const choice = visibleChoices(walker.story)[option];
    labels.push(choice ? choice.text.trim() : '?');
    if (!choice || state < 0) break;
    state = walker.take(state, null, option).to;
  }
  return labels;
}
