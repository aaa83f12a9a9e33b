// `insurrection verify` as a pure function: explore a compiled story (twice when it has
// replay echoes: every echo_* false, then every echo_* true), and turn what was found into
// a report with a list of defects. No clock of its own, no I/O.
import { readCatalogue } from '../catalogue.js';
import type { InkValue } from '../story-state.js';
import { collectFindings, type Finding, type IssueFinding, type PassFindings, type StoryPath } from './findings.js';
import { search, type Progress } from './search.js';
import type { OptionInfo, StoryMap } from './story-map.js';
import { Walker } from './walker.js';

export type PassName = 'story' | 'fresh' | 'echoes';

export interface VerifyOptions {
  /** Seeds ink's RANDOM and shuffles (default 0); the explorer follows that one seed. */
  seed?: number;
  /** Milliseconds for all passes together; needs `clock`. */
  timeMs?: number;
  /** Options taken, for all passes together: a budget that gives the same report anywhere. */
  maxTransitions?: number;
  /** Distinct states per pass (the memory bound). */
  maxStates?: number;
  clock?: () => number;
  onProgress?: (pass: PassName, progress: Progress) => void;
}

export interface PassReport extends PassFindings {
  name: PassName;
  variables: Record<string, InkValue>;
}

export type DefectKind =
  | 'unreachable-ending'
  | 'dead-end'
  | 'trap'
  | 'error'
  | 'warning'
  | 'runaway'
  | 'loyalty'
  | 'lock-broken'
  | 'lock-never-opens'
  | 'lock-misdeclared'
  | 'route-broken'
  | 'unreached-knot'
  | 'unreached-stitch'
  | 'unreached-option';

export interface Defect {
  kind: DefectKind;
  /** One line saying what is wrong and where. */
  message: string;
  pass?: PassName;
  path?: StoryPath;
}

export interface LockCheck {
  id: string;
  /** Without echoes: never reached in a complete search, reached (a broken lock), or not reached by a partial one. */
  fresh: 'unreachable' | 'reached' | 'not-proven';
  echoes: 'reached' | 'not-reached';
  ok: boolean;
}

export interface EndingReached extends Finding {
  /** From the story's `# ending-title:` catalogue, or empty. */
  title: string;
  pass: PassName;
}

export interface VerifyReport {
  title: string;
  seed: number;
  /** Every id a `# ending:` tag names. */
  endingIds: string[];
  passes: PassReport[];
  endings: EndingReached[];
  unreachableEndings: string[];
  locks: LockCheck[];
  deadEnds: Array<Finding & { pass: PassName }>;
  traps: Array<Finding & { pass: PassName }>;
  issues: Array<IssueFinding & { pass: PassName }>;
  /** Reached by no pass. */
  unreached: { knots: string[]; stitches: string[]; functions: string[]; options: OptionInfo[] };
  complete: boolean;
  states: number;
  elapsedMs: number;
  defects: Defect[];
  ok: boolean;
}

const DEFAULT_MAX_STATES = 4_000_000;

export function verifyStory(storyJson: string, options: VerifyOptions = {}): VerifyReport {
  const seed = options.seed ?? 0;
  const maxStates = options.maxStates ?? DEFAULT_MAX_STATES;
  const probe = new Walker(storyJson, { seed, maxStates });
  const { map } = probe;
  const echoes = map.echoVariables;
  const plan: Array<{ name: PassName; variables: Record<string, InkValue> }> =
    echoes.length === 0
      ? [{ name: 'story', variables: {} }]
      : [
          { name: 'fresh', variables: Object.fromEntries(echoes.map((e) => [e, false])) },
          { name: 'echoes', variables: { ...Object.fromEntries(echoes.map((e) => [e, true])), ...(map.globals.includes('runs_completed') ? { runs_completed: 1 } : {}) } },
        ];
  const clock = options.clock;
  const t0 = clock ? clock() : 0;
  let transitionsLeft = options.maxTransitions;
  const passes: PassReport[] = [];
  plan.forEach((p, i) => {
    const share = 1 / (plan.length - i);
    const spent = clock ? clock() - t0 : 0;
    const walker = i === 0 ? probe : new Walker(storyJson, { seed, maxStates });
    if (i === 0 || Object.keys(p.variables).length > 0) walker.setVariables(p.variables);
    const outcome = search(
      walker,
      {
        ...(options.timeMs !== undefined ? { timeMs: Math.max(0, options.timeMs - spent) * share } : {}),
        ...(transitionsLeft !== undefined ? { maxTransitions: Math.floor(transitionsLeft * share) } : {}),
        maxStates,
        ...(clock ? { clock } : {}),
      },
      (progress) => options.onProgress?.(p.name, progress),
    );
    if (transitionsLeft !== undefined) transitionsLeft = Math.max(0, transitionsLeft - walker.transitions);
    passes.push({ name: p.name, variables: p.variables, ...collectFindings(walker, outcome) });
    // The next pass has a walker of its own: this one's recorded runs and memos are of no more use.
    walker.release();
  });
  return assemble(map, seed, passes, clock ? clock() - t0 : passes.reduce((n, p) => n + p.elapsedMs, 0));
}

function assemble(map: StoryMap, seed: number, passes: PassReport[], elapsedMs: number): VerifyReport {
  const { endingTags, lockedEndings: locked } = map;
  const catalogue = readCatalogue(map.globalTags);
  const titleTag = map.globalTags.find((t) => /^title:/i.test(t));
  const defects: Defect[] = [];
  const complete = passes.every((p) => p.complete);

  const endings = new Map<string, EndingReached>();
  for (const pass of passes) {
    for (const e of pass.endings) {
      const old = endings.get(e.name);
      if (!old || e.path.choices.length < old.path.choices.length) endings.set(e.name, { ...e, title: catalogue.find((c) => c.id === e.name)?.title ?? '', pass: pass.name });
    }
  }
  const endingIds = [...endingTags.keys()];
  const unreachableEndings = endingIds.filter((id) => !endings.has(id));
  for (const id of unreachableEndings) {
    defects.push({ kind: 'unreachable-ending', message: `ending "${id}" (tagged in ${endingTags.get(id)}) is ${complete ? 'reached by no path' : 'not reached by the partial search'}` });
  }

  const fresh = passes.find((p) => p.name === 'fresh');
  const withEchoes = passes.find((p) => p.name === 'echoes');
  const locks: LockCheck[] = [];
  for (const id of locked) {
    if (!endingTags.has(id) || !fresh || !withEchoes) {
      defects.push({ kind: 'lock-misdeclared', message: !endingTags.has(id) ? `locked ending "${id}" has no "# ending: ${id}" tag` : `locked ending "${id}" cannot be checked: the story declares no echo_ variables` });
      continue;
    }
    const inFresh = fresh.endings.find((e) => e.name === id);
    const inEchoes = withEchoes.endings.find((e) => e.name === id);
    const check: LockCheck = {
      id,
      fresh: inFresh ? 'reached' : fresh.complete ? 'unreachable' : 'not-proven',
      echoes: inEchoes ? 'reached' : 'not-reached',
      ok: !inFresh && Boolean(inEchoes),
    };
    locks.push(check);
    if (inFresh) defects.push({ kind: 'lock-broken', message: `locked ending "${id}" is reachable without any echo`, pass: 'fresh', path: inFresh.path });
    if (!inEchoes) defects.push({ kind: 'lock-never-opens', message: `locked ending "${id}" is ${withEchoes.complete ? 'not reachable' : 'not reached'} even with every echo set` });
  }

  // A route works if it reaches its ending in the pass it is for: an `(echoes)` route with
  // every echo set, any other without (or in the one pass of a story with no echoes).
  for (const [i, route] of map.routes.entries()) {
    const results = passes.map((p) => p.routes[i]).filter((r): r is NonNullable<typeof r> => r !== undefined && r.played);
    const label = `the verify-route to "${route.ending}"${route.echoes ? ' (echoes)' : ''}`;
    if (results.length === 0) {
      defects.push({ kind: 'route-broken', message: `${label} is never played: the story declares no echo_ variables` });
      continue;
    }
    if (results.some((r) => r.reached)) continue;
    const r = results[results.length - 1]!;
    const where = r.taken < r.of ? ` (it stops after ${r.taken} of its ${r.of} choices)` : r.endedAt ? ` (it reaches ${r.endedAt})` : ' (it ends with no ending)';
    defects.push({ kind: 'route-broken', message: `${label} no longer reaches it${where}` });
  }
  for (const bad of map.badRoutes) {
    defects.push({ kind: 'route-broken', message: `cannot read "# verify-route: ${bad}": write "<ending-id> = 2.1.3" or "<ending-id> (echoes) = 2.1.3"` });
  }

  const usesEndings = endingIds.length > 0;
  const deadEnds = usesEndings ? firstPerName(passes, (p) => p.deadEnds) : [];
  for (const d of deadEnds) defects.push({ kind: 'dead-end', message: `dead end in ${d.name}: the story stops with no choices and no ending`, pass: d.pass, path: d.path });
  const traps = firstPerName(passes, (p) => p.traps);
  for (const t of traps) defects.push({ kind: 'trap', message: `no way out from ${t.name}: every choice from here loops, and no ending can follow`, pass: t.pass, path: t.path });
  const issues = firstPerName(passes, (p) => p.issues) as Array<IssueFinding & { pass: PassName }>;
  for (const i of issues) defects.push({ kind: i.kind, message: i.kind === 'loyalty' ? `loyalty out of range: ${i.name}` : i.name, pass: i.pass, path: i.path });

  const everywhere = <T>(pick: (p: PassReport) => T[], key: (t: T) => string): T[] => {
    const [first, ...rest] = passes;
    if (!first) return [];
    return pick(first).filter((t) => rest.every((p) => pick(p).some((u) => key(u) === key(t))));
  };
  const unreached = {
    knots: everywhere((p) => p.unreached.knots, (s) => s),
    stitches: everywhere((p) => p.unreached.stitches, (s) => s),
    functions: everywhere((p) => p.unreached.functions, (s) => s),
    options: everywhere((p) => p.unreached.options, (o) => o.path),
  };
  const never = complete ? 'is never visited' : 'was not visited by the partial search';
  for (const k of unreached.knots) defects.push({ kind: 'unreached-knot', message: `knot ${k} ${never}` });
  for (const s of unreached.stitches) defects.push({ kind: 'unreached-stitch', message: `stitch ${s} ${never}` });
  for (const o of unreached.options) {
    defects.push({ kind: 'unreached-option', message: `option "${o.label || o.path}" in ${o.where} ${complete ? 'is never available' : 'was not taken by the partial search'}` });
  }

  return {
    title: titleTag ? titleTag.slice(titleTag.indexOf(':') + 1).trim() : '',
    seed,
    endingIds,
    passes,
    endings: [...endings.values()].sort((a, b) => endingIds.indexOf(a.name) - endingIds.indexOf(b.name)),
    unreachableEndings,
    locks,
    deadEnds,
    traps,
    issues,
    unreached,
    complete,
    states: passes.reduce((n, p) => n + p.states, 0),
    elapsedMs,
    defects,
    ok: defects.length === 0,
  };
}

/** The shortest path per name over all passes, remembering which pass found it. */
function firstPerName<T extends Finding>(passes: PassReport[], pick: (p: PassReport) => T[]): Array<T & { pass: PassName }> {
  const best = new Map<string, T & { pass: PassName }>();
  for (const pass of passes) {
    for (const f of pick(pass)) {
      const key = `${(f as { kind?: string }).kind ?? ''}\u0000${f.name}`;
      const old = best.get(key);
      if (!old || f.path.choices.length < old.path.choices.length) best.set(key, { ...f, pass: pass.name });
    }
  }
  return [...best.values()];
}
