#!/usr/bin/env node
// Known routes for the guard. The guard (tests/story/verify.test.ts) runs the explorer on a
// fixed work budget, and on a story this size that search is always partial: some endings,
// knots, stitches and options are only ever reached by a long line of choices it does not
// find in its budget. This script runs the same search, takes everything it left unreached,
// and looks for complete seeded playthroughs through each: random play, steering by the
// story's variables, and walking toward the target by the story's own flow graph, starting
// fresh or from a cut of an earlier find (the explorer's shortest paths to endings first).
// It keeps few routes that cover many items, checks them by running the guard's search again
// on the story with the routes in it (routes change what the search spends its budget on),
// and repeats until nothing is left or nothing more is found. A locked ending is searched
// with every echo set, and its route is marked `(echoes)`.
//
//   node scripts/cover.mjs [--write] [--fresh] [--json FILE] [--budget N] [--rounds N]
//                          [--work N] [--seed N]
//
// Prints the `# verify-route:` lines, then what it could not reach. --write puts them into
// story/main.ink between the "Known routes" marker comments; --fresh ignores the routes
// already there (without it they are kept while they still reach their endings); --json
// writes { "<ending-id>": { "echoes": bool, "path": "2.1.3…" } } for each ending a route
// reaches (the shortest); --budget is options taken by the search per round (default
// 400,000); --work is the guard's budget (default 60,000, as in the test).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), '--quiet'], { stdio: 'inherit' });
const { Walker, verifyStory, seededRandom, compileInkFile, Relevance, parseRoute, visibleChoices } = await import(
  pathToFileURL(join(root, 'dist/tools.js')).href
);

const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const WRITE = args.includes('--write');
const FRESH = args.includes('--fresh');
const JSON_OUT = opt('--json', null);
const BUDGET = Number(opt('--budget', 400_000));
const ROUNDS = Number(opt('--rounds', 4));
const WORK = Number(opt('--work', 60_000));
const SEED = Number(opt('--seed', 7));
const EXPLAIN = args.includes('--explain');
const ONLY = opt('--only', null);
const MINUTES = Number(opt('--minutes', 60));
const BLOCK = Number(opt('--block', 15));
// Author's help for a hard corner: options whose text matches a --prefer pattern are taken
// whenever offered (after the prefix), and --avoid ones never while anything else is left.
const all = (name) => args.flatMap((a, i) => (a === name ? [new RegExp(args[i + 1], 'i')] : []));
const PREFER = all('--prefer');
const AVOID = all('--avoid');
const SHARD = opt('--shard', null)?.split('/').map(Number) ?? null;
const log = (msg) => process.stderr.write(`${msg}\n`);

const MAIN = join(root, 'story/main.ink');
const BLOCK_START = '// Known routes (# verify-route), made by scripts/cover.mjs:';
const BLOCK_END = '// End of known routes.';
const BLOCK_HEAD = [
  BLOCK_START,
  '// complete playthroughs that `insurrection verify` replays on every run (docs/VERIFY.md),',
  '// each to the ending it names, "(echoes)" with every echo_ variable set. Together they reach',
  '// what the guard\'s partial search (tests/story/verify.test.ts) does not reach by itself.',
  '// A route that stops reaching its ending fails the guard: regenerate the block with',
  '//   node scripts/cover.mjs --write          (add --fresh to start over without these)',
];

// ---------------------------------------------------------------- the story and its routes

/** main.ink split around the block of known routes (an empty block when there is none). */
function splitMain(text) {
  const lines = text.split('\n');
  const start = lines.indexOf(BLOCK_START);
  if (start >= 0) {
    const end = lines.indexOf(BLOCK_END, start);
    if (end < 0) throw new Error(`story/main.ink: "${BLOCK_START}" without "${BLOCK_END}"`);
    return { before: lines.slice(0, start), block: lines.slice(start, end + 1), after: lines.slice(end + 1) };
  }
  // No block yet: it goes after the last global tag before the first INCLUDE.
  const firstInclude = lines.findIndex((l) => /^INCLUDE\b/.test(l));
  let at = 0;
  for (let i = 0; i < (firstInclude < 0 ? lines.length : firstInclude); i++) if (/^#/.test(lines[i])) at = i + 1;
  return { before: lines.slice(0, at), block: [], after: lines.slice(at) };
}

const routeLine = (r) => `# verify-route: ${r.ending}${r.echoes ? ' (echoes)' : ''} = ${r.choices.map((c) => c + 1).join('.')}`;
const blockFor = (routes) => (routes.length === 0 ? [] : [...BLOCK_HEAD, ...routes.map(routeLine), BLOCK_END]);

function routesIn(block) {
  return block
    .filter((l) => /^#\s*verify-route:/.test(l))
    .map((l) => parseRoute(l.slice(l.indexOf(':') + 1).trim()))
    .filter(Boolean);
}

/** The story compiled with `routes` as its block of known routes. */
function compileWith(routes) {
  const dir = mkdtempSync(join(tmpdir(), 'cover-'));
  try {
    cpSync(join(root, 'story'), dir, { recursive: true });
    const { before, after } = splitMain(readFileSync(MAIN, 'utf8'));
    writeFileSync(join(dir, 'main.ink'), [...before, ...blockFor(routes), ...after].join('\n'));
    const result = compileInkFile(join(dir, 'main.ink'));
    if (result.json === null || result.diagnostics.length > 0) throw new Error(`the story does not compile: ${JSON.stringify(result.diagnostics.slice(0, 3))}`);
    return result.json;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- the guard's search

/** What the guard's search leaves: targets, with the report's routes checked. */
function guard(json, routes) {
  const t0 = Date.now();
  const report = verifyStory(json, { maxTransitions: WORK });
  const byPass = (i) => report.passes.map((p) => p.routes[i]).filter((r) => r?.played);
  const broken = routes.filter((_, i) => !byPass(i).some((r) => r.reached));
  const targets = [];
  const locked = new Set(report.locks.map((l) => l.id));
  for (const id of report.unreachableEndings) targets.push({ kind: 'ending', id, echoes: locked.has(id) });
  for (const l of report.locks) if (l.echoes !== 'reached' && !report.unreachableEndings.includes(l.id)) targets.push({ kind: 'ending', id: l.id, echoes: true });
  for (const k of report.unreached.knots) targets.push({ kind: 'flow', id: k });
  for (const s of report.unreached.stitches) targets.push({ kind: 'flow', id: s });
  for (const o of report.unreached.options) targets.push({ kind: 'option', id: o.path, label: `"${o.label}" in ${o.where}` });
  const other = report.defects.filter((d) => !/^(unreachable-ending|lock-never-opens|unreached-|route-broken)/.test(d.kind));
  log(`guard's search: ${report.defects.length} defects, ${targets.length} items unreached, ${broken.length} broken routes (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  return { report, targets, broken, other };
}

// ---------------------------------------------------------------- playthroughs

const FIXED_KEY = { h1: 0x1234567, h2: 0x7654321 };

/** A walker that records nothing but coverage: a fast stepper from the story's start. */
function player(json, echoes) {
  const w = new Walker(json, { seed: 0, maxStates: 1 });
  const vars = Object.fromEntries(w.map.echoVariables.map((e) => [e, echoes]));
  if (echoes && w.map.globals.includes('runs_completed')) vars.runs_completed = 1;
  w.setVariables(vars);
  w.begin();
  const start = w.snapshot();
  const startFlows = Uint8Array.from(w.flowsVisited);
  // States are never recorded (maxStates 1), so their digests are never needed.
  w.keyer.key = () => FIXED_KEY;
  const flowIndex = new Map(w.map.flows.map((f, i) => [f.name, i]));
  const ink = w.story;
  const segs = w.segments;
  const preds = Array.from({ length: segs.segmentCount }, () => []);
  segs.edges.forEach((out, s) => {
    for (const t of out) preds[t].push(s);
  });
  const relevance = new Relevance(segs, new Set(w.map.flows.filter((f) => f.kind === 'function').map((f) => f.name)));
  const features = w.numericVariables().filter((n) => !n.startsWith('echo_') && n !== 'runs_completed');
  const targetSeg = new Map();
  /** Where a visible choice leads, as a segment of the story's flow graph. */
  const choiceSegment = (choice) => {
    const key = choice.targetPath.componentsString;
    let s = targetSeg.get(key);
    if (s === undefined) {
      const found = ink.mainContentContainer.ContentAtPath(choice.targetPath);
      const c = found.container;
      const index = c && found.obj ? c.content.indexOf(found.obj) : 0;
      s = c ? segs.segmentAt(c, Math.max(0, index)) : -1;
      targetSeg.set(key, s);
    }
    return s;
  };
  return { w, start, startFlows, flowIndex, preds, relevance, features, choiceSegment, echoes };
}

/** Segments' distance (in flow-graph steps) to a set of segments: how far flow is from a target. */
function distances(p, goals) {
  const dist = new Int32Array(p.preds.length).fill(-1);
  const queue = [];
  for (const g of goals) {
    if (g >= 0 && dist[g] < 0) {
      dist[g] = 0;
      queue.push(g);
    }
  }
  for (let i = 0; i < queue.length; i++) {
    const s = queue[i];
    for (const q of p.preds[s]) {
      if (dist[q] < 0) {
        dist[q] = dist[s] + 1;
        queue.push(q);
      }
    }
  }
  return dist;
}

/**
 * The globals read by the conditions just before `goals` (the segments that divert or offer
 * an option there, and the ones before those), each with the way a comparison wants it
 * moved: `x < 35` wants it down (-1), `x >= 50` up (+1), anything else either way (0).
 */
function guardVars(p, goals, own, gates = new Set()) {
  const { w } = p;
  const segs = w.segments;
  const out = new Map();
  const readsIn = (c, from, to, inFunction) => {
    for (let i = from; i < to; i++) {
      const o = c.content[i];
      // A condition that calls a function (act5_can_reach()): what the function compares.
      if (!inFunction && o && o.pushesToStack && o.stackPushType === 1 && !o.variableDivertName) {
        const f = o.targetPointer?.container;
        if (f) {
          const all = [];
          const walk = (x) => {
            all.push(x);
            for (const y of x.content) if (y && Array.isArray(y.content)) walk(y);
            for (const [, y] of x.namedContent) if (y && Array.isArray(y.content) && !all.includes(y)) walk(y);
          };
          walk(f);
          for (const x of all) readsIn(x, 0, x.content.length, true);
        }
      }
      if (!o || typeof o.name !== 'string' || !('pathForCount' in o) || !p.features.includes(o.name)) continue;
      const a = c.content[i + 1];
      const b = c.content[i + 2];
      let sign = 0;
      const op = a && typeof a.value === 'number' ? b?._name : a?._name;
      if (op === '<' || op === '<=' || op === '!') sign = -1;
      else if (op === '>' || op === '>=') sign = 1;
      if (!out.has(o.name) || out.get(o.name) === 0) out.set(o.name, sign);
    }
  };
  const scan = (s) => {
    const id = segs.containerOf[s];
    const c = w.map.containers[id];
    const before = out.size;
    const k = s - segs.firstSegment[id];
    readsIn(c, segs.starts[id][k], segs.starts[id][k + 1] ?? c.content.length, false);
    if (out.size > before) {
      const flow = flowOfPath(p, c.path.toString());
      if (flow !== undefined) gates.add(flow);
    }
  };
  let layer = [...goals].filter((g) => g >= 0);
  if (own) layer.forEach(scan);
  const seen = new Set(layer);
  for (let depth = 0; depth < 4; depth++) {
    const next = [];
    for (const g of layer) for (const q of p.preds[g]) if (!seen.has(q)) {
      seen.add(q);
      next.push(q);
      scan(q);
    }
    layer = next;
  }
  return out;
}

/** The knot or stitch a content path is in, as an index into the map's flows. */
function flowOfPath(p, path) {
  const parts = path.split('.');
  for (let n = Math.min(2, parts.length); n > 0; n--) {
    const i = p.flowIndex.get(parts.slice(0, n).join('.'));
    if (i !== undefined) return i;
  }
  return undefined;
}

/** A target's goal segments, and what it depends on. */
function prepare(p, t) {
  const { w } = p;
  const flowOf = (name) => w.map.flows[p.flowIndex.get(name)];
  let goals = [];
  let vars = [];
  let flow = null;
  if (t.kind === 'flow') {
    flow = flowOf(t.id);
    goals = [w.segments.segmentAt(flow.container, 0)];
    vars = p.relevance.forEntry(flow.container);
  } else if (t.kind === 'option') {
    const c = w.map.optionContainers.get(t.id);
    const index = c.content.findIndex((o) => o.path?.toString?.() === t.id);
    goals = [w.segments.segmentAt(c, Math.max(0, index))];
    vars = p.relevance.within(c);
    const where = w.map.options.find((o) => o.path === t.id)?.where;
    flow = where ? flowOf(where) : null;
  } else {
    const where = w.map.endingTags.get(t.id);
    flow = flowOf(where) ?? flowOf(where.split('.')[0]);
    goals = [w.segments.segmentAt(flow.container, 0)];
    vars = p.relevance.forEntry(flow.container);
  }
  const knot = flow ? p.flowIndex.get(flow.name.split('.')[0]) : undefined;
  // An ending's guard is where a function returns its id (choose_ending's condition).
  let guardGoals = goals;
  if (t.kind === 'ending') {
    guardGoals = [];
    w.map.containers.forEach((c) => {
      c.content.forEach((o, i) => {
        if (o && o.value === t.id && typeof o.value === 'string' && !('_isNewline' in o && o._isNewline)) guardGoals.push(w.segments.segmentAt(c, i));
      });
    });
  }
  const gates = new Set();
  const guard = guardVars(p, guardGoals, true, gates);
  // Functions are called from anywhere: a guard read in one gates nothing in particular.
  for (const g of [...gates]) if (w.map.flows[g].kind === 'function') gates.delete(g);
  return { ...t, dist: distances(p, goals), vars: p.features.filter((f) => vars.includes(f)), guard, gates: [...gates], flow: flow ? p.flowIndex.get(flow.name) : undefined, knot };
}

/** Whether the playthrough now in hand has reached target `t`. */
function hit(p, t, ending) {
  if (t.kind === 'ending') return ending === t.id;
  if (t.kind === 'flow') return p.w.flowsVisited[p.flowIndex.get(t.id)] === 1;
  return p.w.optionsTaken.has(t.id);
}

const family = (name) => (name.includes('_') ? name.slice(0, name.indexOf('_') + 1) : name);

/**
 * One playthrough: `prefix` (option indices), then options by `policy` until the story ends.
 * Returns the choices, the ending (null for none), and everything it reached.
 */
function play(p, prefix, policy, target, random) {
  const { w } = p;
  w.restoreTo(p.start);
  w.flowsVisited.set(p.startFlows);
  w.optionsTaken.clear();
  const choices = [];
  const first = new Int32Array(w.map.flows.length).fill(-1);
  let state = 0;
  let ending = null;
  let done = false;
  // What to push, and which way: the variables the target's own conditions compare (the
  // way the comparison wants), one of them alone, or everything the target's knot reads
  // (one random way per family: every loyalty_ up, say).
  const objective = [];
  if (target) {
    // A comparison's way is only a guess (the target may sit in its else branch): flip it now and then.
    const guard = [...target.guard].map(([n, sg]) => [n, random() < 0.25 ? -sg : sg]);
    const r = random();
    if (guard.length > 0 && r < 0.4) for (const [name, sign] of guard) objective.push([name, sign || (random() < 0.5 ? -1 : 1)]);
    else if (guard.length > 0 && r < 0.6) {
      const [name, sign] = guard[Math.floor(random() * guard.length)];
      objective.push([name, sign || (random() < 0.5 ? -1 : 1)]);
    } else if (target.vars.length > 0 && r < 0.8) {
      const name = target.vars[Math.floor(random() * target.vars.length)];
      objective.push([name, random() < 0.5 ? -1 : 1]);
    } else {
      const signs = new Map();
      for (const f of target.vars) {
        if (!signs.has(family(f))) signs.set(family(f), random() < 0.5 ? -1 : 1);
        objective.push([f, signs.get(family(f))]);
      }
    }
  }
  const measure = () => {
    let s = 0;
    for (const [name, sign] of objective) s += sign * w.numericValue(name);
    return s;
  };
  // How near this playthrough came: nearest by the flow graph, and what the guard's
  // variables stood at when it first entered a flow where the guard is read.
  let minDist = Infinity;
  let gateValue = null;
  const guardValue = () => {
    let v = 0;
    for (const [name, sign] of target.guard) v += sign * w.numericValue(name);
    return v;
  };
  for (let step = 0; step < 2000; step++) {
    const options = visibleChoices(w.story);
    if (options.length === 0) {
      done = true;
      break;
    }
    if (target) {
      for (const c of options) {
        const sg = p.choiceSegment(c);
        if (sg >= 0 && target.dist[sg] >= 0 && target.dist[sg] < minDist) minDist = target.dist[sg];
      }
      if (gateValue === null && target.gates.some((g) => w.flowsVisited[g] === 1)) gateValue = guardValue();
    }
    let pick;
    const preferred = step < prefix.length ? -1 : options.findIndex((c) => PREFER.some((r) => r.test(c.text)));
    const allowed = options.map((c, i) => i).filter((i) => !AVOID.some((r) => r.test(options[i].text)));
    if (step < prefix.length && prefix[step] < options.length) pick = prefix[step];
    else if (preferred >= 0) pick = preferred;
    else if (policy === 'random' || !target || random() < 0.12) pick = Math.floor(random() * options.length);
    else if (policy === 'walk') {
      // Toward the target by the flow graph: the option whose destination is nearest.
      let best = Infinity;
      const near = [];
      options.forEach((c, i) => {
        const s = p.choiceSegment(c);
        const d = s >= 0 && target.dist[s] >= 0 ? target.dist[s] : 1e6;
        if (d < best) {
          best = d;
          near.length = 0;
        }
        if (d === best) near.push(i);
      });
      pick = near[Math.floor(random() * near.length)];
    } else {
      // Steer: try each option, keep the one that reaches the target, or moves what it
      // depends on the chosen way, or comes nearest by the flow graph.
      const here = w.snapshot();
      const flows = Uint8Array.from(w.flowsVisited);
      const taken = new Set(w.optionsTaken);
      let best = -Infinity;
      pick = 0;
      for (let i = 0; i < options.length; i++) {
        w.restoreTo(here);
        const seg = p.choiceSegment(options[i]);
        const arrival = w.take(state, null, i);
        let score = measure() - 0.02 * (seg >= 0 && target.dist[seg] >= 0 ? target.dist[seg] : 1000) + random() * 1e-3;
        if (hit(p, target, arrival.ending)) score += 1e6;
        if (score > best) {
          best = score;
          pick = i;
        }
        w.flowsVisited.set(flows);
        w.optionsTaken.clear();
        for (const o of taken) w.optionsTaken.add(o);
      }
      w.restoreTo(here);
    }
    if (step >= prefix.length && preferred < 0 && allowed.length > 0 && !allowed.includes(pick)) pick = allowed[Math.floor(random() * allowed.length)];
    const arrival = w.take(state, null, pick);
    choices.push(pick);
    state = arrival.to;
    ending = arrival.ending;
    for (let f = 0; f < first.length; f++) if (first[f] < 0 && w.flowsVisited[f] === 1) first[f] = step;
  }
  const reached = target ? hit(p, target, done ? ending : null) : false;
  return {
    choices,
    fitness: target ? [reached ? 1 : 0, gateValue === null ? 0 : 1, gateValue ?? 0, -minDist] : null,
    ending: done ? ending : null,
    echoes: p.echoes,
    flows: Uint8Array.from(w.flowsVisited),
    options: new Set(w.optionsTaken),
    first,
  };
}

const covers = (p, find, t) => {
  if (t.kind === 'ending') return find.ending === t.id && find.echoes === Boolean(t.echoes);
  if (t.kind === 'flow') return find.flows[p.flowIndex.get(t.id)] === 1;
  return find.options.has(t.id);
};

// ---------------------------------------------------------------- the search

function searchRoutes(json, targets, seeds, budget) {
  const random = seededRandom(SEED);
  const players = { false: player(json, false), true: player(json, true) };
  const p0 = players.false;
  const finds = { false: [], true: [] };
  const found = new Map(); // target key → find
  const keyOf = (t) => `${t.kind}:${t.id}`;
  const prepared = { false: new Map(), true: new Map() };
  const prep = (p, t) => {
    const m = prepared[p.echoes];
    if (!m.has(keyOf(t))) {
      const x = prepare(p, t);
      if (EXPLAIN) log(`  ${t.kind} ${t.label ?? t.id}: guard ${[...x.guard].map(([n, s]) => `${n}${s < 0 ? '-' : s > 0 ? '+' : '?'}`).join(' ') || '-'}; reads ${x.vars.length}`);
      m.set(keyOf(t), x);
    }
    return m.get(keyOf(t));
  };
  const elites = new Map(); // target key → the nearest playthroughs so far, best first
  const better = (a, b) => {
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] > b[i];
    return false;
  };
  const keepElite = (t, find) => {
    if (!find.fitness) return;
    const key = keyOf(t);
    const list = elites.get(key) ?? [];
    list.push(find);
    list.sort((a, b) => (better(a.fitness, b.fitness) ? -1 : better(b.fitness, a.fitness) ? 1 : a.choices.length - b.choices.length));
    if (list.length > 6) list.length = 6;
    elites.set(key, list);
  };
  const record = (find) => {
    if (find.ending === null) return;
    finds[find.echoes].push(find);
    for (const t of targets) {
      if (found.has(keyOf(t))) continue;
      if (covers(players[find.echoes], find, t)) {
        found.set(keyOf(t), find);
        log(`  found ${t.kind} ${t.label ?? t.id}${find.echoes ? ' (echoes)' : ''} after ${spent()} options taken (${find.choices.length} choices)`);
      }
    }
  };
  const spent = () => players.false.w.transitions + players.true.w.transitions;
  const start = spent();
  // The explorer's shortest paths and the routes already known, replayed as they are.
  for (const s of seeds) record(play(players[s.echoes], s.choices, 'random', null, random));
  for (let k = 0; k < 40; k++) record(play(players[k % 4 === 3], [], 'random', null, random));

  // One target at a time, for a block of attempts (climbing needs them in a row): the least
  // tried first, and among those, one whose knot some playthrough already reaches.
  const tries = new Map();
  let focus = null;
  let block = 0;
  const t0 = Date.now();
  while (spent() - start < budget && Date.now() - t0 < MINUTES * 60_000) {
    const open = targets.filter((t) => !found.has(keyOf(t)));
    if (open.length === 0) break;
    if (!focus || found.has(keyOf(focus)) || block >= BLOCK) {
      const near = (t) => {
        const x = prepared.false.get(keyOf(t));
        return x && x.knot !== undefined && finds.false.some((f) => f.flows[x.knot]) ? 1 : 0;
      };
      const rank = open.map((t) => ({ t, key: [tries.get(keyOf(t)) ?? 0, -near(t), t.kind === 'ending' ? 0 : 1, random()] }));
      rank.sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.key[2] - b.key[2] || a.key[3] - b.key[3]);
      focus = rank[0].t;
      block = 0;
    }
    const t = focus;
    block++;
    tries.set(keyOf(t), (tries.get(keyOf(t)) ?? 0) + 1);
    // Items that are not endings: with echoes now and then (either pass covers them).
    const echoes = t.kind === 'ending' ? Boolean(t.echoes) : random() < 0.2;
    const p = players[echoes];
    const target = prep(p, t);
    const pool = finds[echoes];
    let prefix = [];
    let policy = random() < 0.7 ? 'steer' : 'walk';
    const elite = (elites.get(keyOf(t)) ?? []).filter((f) => f.echoes === echoes);
    if (elite.length > 0 && random() < 0.6) {
      // Climb: the nearest playthroughs so far for this target, cut anywhere, a new tail.
      const base = elite[Math.floor(random() ** 2 * elite.length)];
      const r = random();
      policy = r < 0.2 ? 'walk' : r < 0.8 ? 'steer' : 'random';
      const cut = random() < 0.5 ? Math.floor(base.choices.length * random()) : Math.floor(base.choices.length * (1 - random() ** 2));
      prefix = base.choices.slice(0, cut);
    } else if (pool.length > 0 && random() < 0.8) {
      // A base: the find that got nearest the target (its knot, its flow), or any.
      let base;
      if (random() < 0.6) {
        let best = -1;
        for (let k = 0; k < 12; k++) {
          const f = pool[Math.floor(random() * pool.length)];
          const score = (target.knot !== undefined && f.flows[target.knot] ? 2 : 0) + (target.flow !== undefined && f.flows[target.flow] ? 2 : 0) + random();
          if (score > best) {
            best = score;
            base = f;
          }
        }
      } else base = pool[Math.floor(random() * pool.length)];
      // Cut before the base entered the target's knot (or anywhere), late more often.
      const r = random();
      policy = r < 0.3 ? 'walk' : r < 0.75 ? 'steer' : 'random';
      // Walking or playing at random: cut late, before the base entered the target's knot.
      // Steering: anywhere, since what the target needs may be set long before.
      const late = policy !== 'steer' || random() < 0.3;
      const limit = target.knot !== undefined && base.first[target.knot] >= 0 && random() < 0.7 ? base.first[target.knot] + 1 : base.choices.length;
      const cut = late ? Math.floor(limit * (1 - random() ** 2)) : Math.floor(limit * random());
      prefix = base.choices.slice(0, cut);
    }
    const find = play(p, prefix, policy, target, random);
    if (find.ending !== null) keepElite(t, find);
    record(find);
    if (pool.length > 400) pool.splice(0, pool.length - 400);
  }
  // For what was not found: how near the best playthrough came.
  const nearest = new Map();
  for (const t of targets) {
    const best = elites.get(keyOf(t))?.[0];
    const x = prepared[Boolean(t.echoes)].get(keyOf(t)) ?? prepared[!t.echoes].get(keyOf(t));
    if (!best || !x || found.has(keyOf(t))) continue;
    const [, atGate, value, negDist] = best.fitness;
    const guard = [...x.guard].map(([n, sg]) => `${n}${sg < 0 ? ' (wanted lower)' : sg > 0 ? ' (wanted higher)' : ''}`).join(', ');
    nearest.set(keyOf(t), atGate
      ? `nearest: entered ${x.gates.map((g) => p0.w.map.flows[g].name).join(' or ')} with ${guard || 'no compared variable'} scoring ${value}`
      : `nearest: ${-negDist} flow-graph steps away`);
  }
  return { found, finds, spent: spent() - start, players, nearest };
}

/** Few routes that cover many items: greedy, most new items first, shortest on ties. */
function chooseRoutes(targets, found, players) {
  const all = [...new Set(found.values())];
  const left = new Set(targets.filter((t) => found.has(`${t.kind}:${t.id}`)));
  const chosen = [];
  while (left.size > 0) {
    let best = null;
    let bestGain = 0;
    for (const f of all) {
      let gain = 0;
      for (const t of left) if (covers(players[f.echoes], f, t)) gain++;
      if (gain > bestGain || (gain === bestGain && best && f.choices.length < best.choices.length)) {
        best = f;
        bestGain = gain;
      }
    }
    if (!best || bestGain === 0) break;
    chosen.push(best);
    for (const t of [...left]) if (covers(players[best.echoes], best, t)) left.delete(t);
  }
  return chosen.map((f) => ({ ending: f.ending, choices: f.choices, echoes: f.echoes }));
}

// ---------------------------------------------------------------- rounds

function writeJson(routes, result) {
  if (!JSON_OUT) return;
  // Per ending: a way without echoes where there is one, then the shortest; from the routes
  // and from the guard's own shortest paths alike.
  const candidates = routes.map((x) => ({ ending: x.ending, echoes: x.echoes, choices: x.choices }));
  for (const pass of result.report.passes) {
    for (const e of pass.endings) if (!e.path.unknown) candidates.push({ ending: e.name, echoes: pass.name === 'echoes', choices: e.path.choices });
  }
  const out = {};
  for (const c of candidates) {
    const had = out[c.ending];
    if (!had || (had.echoes && !c.echoes) || (had.echoes === c.echoes && c.choices.length < had.length)) out[c.ending] = { echoes: c.echoes, length: c.choices.length, path: c.choices.map((n) => n + 1).join('.') };
  }
  for (const v of Object.values(out)) delete v.length;
  writeFileSync(JSON_OUT, `${JSON.stringify(out, null, 2)}\n`);
  log(`wrote ${Object.keys(out).length} ending route(s) to ${JSON_OUT}`);
}


const original = splitMain(readFileSync(MAIN, 'utf8'));
let routes = FRESH ? [] : routesIn(original.block);
let result = null;
let nearest = new Map();
for (let r = 1; r <= ROUNDS; r++) {
  log(`round ${r}: ${routes.length} routes`);
  let json = compileWith(routes);
  result = guard(json, routes);
  if (result.broken.length > 0) {
    log(`dropping ${result.broken.length} route(s) that no longer reach their endings`);
    routes = routes.filter((x) => !result.broken.includes(x));
    json = compileWith(routes);
    result = guard(json, routes);
  }
  if (ONLY) result.targets = result.targets.filter((t) => new RegExp(ONLY).test(t.id));
  if (SHARD) {
    // Searches side by side: each takes the targets of some knots (an ending goes with its knot).
    const knotOf = (t) => (t.kind === 'ending' ? `ending_${t.id.replace(/-/g, '_')}` : t.id.split('.')[0]);
    const hash = (text) => [...text].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) >>> 0, 7);
    result.targets = result.targets.filter((t) => hash(knotOf(t)) % SHARD[1] === SHARD[0]);
    log(`shard ${SHARD.join('/')}: ${result.targets.length} items`);
  }
  if (result.targets.length === 0) break;
  const seeds = [
    ...result.report.endings.filter((e) => !e.path.unknown).map((e) => ({ choices: e.path.choices, echoes: e.pass === 'echoes' })),
    ...routes.map((x) => ({ choices: x.choices, echoes: x.echoes })),
  ];
  const s = searchRoutes(json, result.targets, seeds, BUDGET);
  const added = chooseRoutes(result.targets, s.found, s.players);
  nearest = s.nearest;
  log(`round ${r}: ${s.found.size} of ${result.targets.length} items found in ${s.spent} options taken; ${added.length} new route(s)`);
  if (added.length === 0) break;
  routes = [...routes, ...added];
  for (const x of added) log(routeLine(x));
  writeJson(routes, result);
  if (r === ROUNDS) {
    result = guard(compileWith(routes), routes);
  }
}

const lines = routes.map(routeLine);
process.stdout.write(`${lines.join('\n')}\n`);
if (result.targets.length > 0 || result.other.length > 0) {
  process.stdout.write(`\n// Not reached (${result.targets.length}):\n`);
  for (const t of result.targets) {
    const near = nearest.get(`${t.kind}:${t.id}`);
    process.stdout.write(`//   ${t.kind} ${t.label ?? t.id}${t.echoes ? ' (with echoes)' : ''}${near ? `; ${near}` : ''}\n`);
  }
  for (const d of result.other) process.stdout.write(`//   defect: ${d.kind}: ${d.message}\n`);
} else process.stdout.write('\n// The guard\'s search with these routes finds no defect.\n');

writeJson(routes, result);
if (WRITE) {
  const now = splitMain(readFileSync(MAIN, 'utf8'));
  writeFileSync(MAIN, [...now.before, ...blockFor(routes), ...now.after].join('\n'));
  log(`wrote ${routes.length} route(s) to story/main.ink`);
}
process.exit(result.targets.length > 0 || result.other.length > 0 ? 1 : 0);
