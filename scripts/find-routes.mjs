#!/usr/bin/env node
// Testers' aid: finds a short route (option labels) to each ending by seeded random play, then
// by mutating the routes found (keep a prefix, play a new random tail) until every ending the
// search is asked for has a route or the budget runs out. Prints JSON: ending -> route.
//   node scripts/find-routes.mjs [--echoes] [--runs N] [--mutations N] [--only id,id] [--seed N]
// The routes are what tests/story/endings/*.test.ts play; the explorer (insurrection verify)
// finds the shortest paths, this finds readable ones quickly.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), '--quiet'], { stdio: 'inherit' });
const { Session, seededRandom } = await import(pathToFileURL(join(root, 'dist/tools.js')).href);
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const echoes = args.includes('--echoes');
const runs = Number(opt('--runs', 4000));
const mutations = Number(opt('--mutations', 20000));
const storySeed = Number(opt('--seed', 1));
const json = readFileSync(join(root, 'dist/story.json'), 'utf8');
const session = new Session(json, { seed: storySeed });
const echoVars = Object.fromEntries(session.echoVariables.map((n) => [n, true]));
const wanted = opt('--only', null)?.split(',') ?? session.catalogue.map((e) => e.id);

/** Plays `prefix` (option indices), then random options; returns the path, labels and ending. */
function play(prefix, random) {
  session.restart({ seed: storySeed, ...(echoes ? { variables: echoVars } : {}) });
  const path = [];
  const labels = [];
  let events = session.advance();
  for (let guard = 0; guard < 3000; guard++) {
    const last = events.at(-1);
    if (last.kind !== 'choices') break;
    const i = path.length < prefix.length && prefix[path.length] < last.options.length ? prefix[path.length] : Math.floor(random() * last.options.length);
    path.push(i);
    labels.push(last.options[i].text);
    session.choose(i);
    events = session.advance();
  }
  return { path, labels, ending: session.ending };
}

const best = new Map();
const pool = [];
const consider = (r) => {
  if (!r.ending) return;
  pool.push(r);
  const had = best.get(r.ending);
  if (!had || r.path.length < had.path.length) best.set(r.ending, r);
};
const random = seededRandom(12345);
for (let i = 0; i < runs; i++) consider(play([], random));
for (let i = 0; i < mutations && wanted.some((id) => !best.has(id)); i++) {
  const base = pool[Math.floor(random() * pool.length)];
  const cut = Math.floor(random() * base.path.length);
  consider(play(base.path.slice(0, cut), random));
  if (pool.length > 5000) pool.splice(0, pool.length - 5000);
}
const out = {};
for (const id of wanted) {
  const r = best.get(id);
  out[id] = r ? { choices: r.path.length, path: r.path.map((i) => i + 1).join(' '), labels: r.labels } : null;
}
process.stdout.write(`${JSON.stringify({ seed: storySeed, echoes, routes: out }, null, 2)}\n`);
