#!/usr/bin/env node
// Testers' aid for the rare endings: an evolutionary search over routes. Each route is scored by
// how many of the ending's conditions (story bible §5) hold when the run ends; the best routes
// are kept and mutated (keep a prefix, play a new random tail) until one reaches the ending.
//   node scripts/hunt.mjs <ending-id> [--echoes] [--generations N] [--seed N]
// Prints the route as option numbers and labels, with the state that got it there.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), '--quiet'], { stdio: 'inherit' });
const { Session, seededRandom } = await import(pathToFileURL(join(root, 'dist/tools.js')).href);
const args = process.argv.slice(2);
const target = args.find((a) => !a.startsWith('--'));
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const echoes = args.includes('--echoes');
const generations = Number(opt('--generations', 400));
const storySeed = Number(opt('--seed', 1));
const json = readFileSync(join(root, 'dist/story.json'), 'utf8');
const session = new Session(json, { seed: storySeed });
const echoVars = Object.fromEntries(session.echoVariables.map((n) => [n, true]));

const raw = (name) => session.story.variablesState.$(name);
const num = (name) => Number(raw(name));
const items = (name) => {
  const v = raw(name);
  return v && typeof v === 'object' && 'orderedItems' in v ? v.orderedItems.map((kv) => kv.Key.itemName) : [];
};
const is = (name, item) => items(name).includes(item);
const defected = () => ['covert', 'resigned', 'mutinous'].some((c) => is('command', c)) || raw('late_turn') === true;
const estranged = () => ['loyalty_data', 'loyalty_riker', 'loyalty_laforge', 'loyalty_worf', 'loyalty_troi', 'loyalty_crusher'].filter((n) => num(n) < 25).length;
const notFired = () => !is('collector', 'fired');

// The conditions of each ending, as a checklist the score counts.
const CONDITIONS = {
  'the-quiet-report': [() => num('declines') >= 1, () => num('declines') >= 2],
  relocation: [() => is('command', 'obeying'), () => raw('late_turn') !== true],
  'ashes-in-the-rings': [defected, () => is('collector', 'fired')],
  'the-last-stand': [() => is('picard_fate', 'picard_dead'), () => is('riker_order', 'spare_the_ship'), defected],
  'the-eleventh-hour': [() => raw('late_turn') === true, notFired],
  'the-empty-village': [defected, () => num('baku_taken') >= 300, () => raw('sona_flagship_secured') !== true, notFired],
  'paradise-at-a-price': [() => is('data_state', 'destroyed'), notFired, defected],
  'a-house-divided': [() => is('command', 'relieved') || estranged() >= 3, () => estranged() >= 1, () => estranged() >= 2, notFired, () => !is('data_state', 'destroyed')],
  'the-long-moment': [() => is('secrets', 'perfect_moment'), () => num('anij_bond') >= 3, () => num('anij_bond') >= 4, defected, notFired, () => raw('stay_with_baku') === true, () => !is('data_state', 'destroyed')],
  'the-prodigal-return': [() => is('secrets', 'schism_record'), () => is('secrets', 'orchard_mother'), () => num('gallatin_turn') >= 3, () => num('gallatin_turn') >= 4, () => num('baku_trust') >= 60, () => raw('sona_flagship_secured') === true, () => is('ruafo_fate', 'ruafo_redeemed'), defected],
  'the-fountain-shared': [() => raw('dougherty_alive') === true, () => num('dougherty_doubt') >= 3, () => num('dougherty_doubt') >= 4, () => is('secrets', 'in_situ'), () => is('evidence', 'collector_projection'), () => !is('prime_directive', 'breached'), () => num('baku_trust') >= 70, () => ['collector_destroyed', 'stood_down'].some((c) => is('collector', c)), defected, () => is('riker_run', 'message_sent') || is('riker_run', 'returned')],
  'court-martial': [defected, () => raw('force_on_starfleet') === true || num('standing') < 30, notFired],
  'paradise-preserved': [defected, notFired, () => is('collector', 'collector_destroyed')],
};
if (!CONDITIONS[target]) {
  process.stderr.write(`hunt: give one of ${Object.keys(CONDITIONS).join(', ')}\n`);
  process.exit(2);
}

// A route keeps the story's state every few choices, so a child that keeps a prefix starts
// from the nearest saved state instead of replaying the prefix from the first line.
const EVERY = 8;
function play(prefix, random, parent = null) {
  const path = [];
  const labels = [];
  const snaps = new Map();
  let events;
  const start = parent ? Math.floor(Math.min(prefix.length, parent.path.length) / EVERY) * EVERY : 0;
  if (start > 0 && parent.snaps.has(start)) {
    session.restore(parent.snaps.get(start), { chapter: null });
    for (let k = 0; k < start; k++) {
      path.push(parent.path[k]);
      labels.push(parent.labels[k]);
      if (parent.snaps.has(k)) snaps.set(k, parent.snaps.get(k));
    }
    events = [{ kind: 'choices', options: session.options }];
  } else {
    session.restart({ seed: storySeed, ...(echoes ? { variables: echoVars } : {}) });
    events = session.advance();
  }
  for (let guard = 0; guard < 3000; guard++) {
    const last = events.at(-1);
    if (last.kind !== 'choices') break;
    if (path.length % EVERY === 0 && !snaps.has(path.length)) snaps.set(path.length, session.snapshot());
    const i = path.length < prefix.length && prefix[path.length] < last.options.length ? prefix[path.length] : Math.floor(random() * last.options.length);
    path.push(i);
    labels.push(last.options[i].text);
    session.choose(i);
    events = session.advance();
  }
  // Endings are tagged on the last line; a restored session learns its ending from the events.
  const ending = events.find((e) => e.kind === 'end')?.ending ?? session.ending;
  const score = CONDITIONS[target].filter((c) => c()).length + (ending === target ? 100 : 0);
  return { path, labels, ending, score, snaps };
}

const random = seededRandom(Number(opt('--search-seed', 99)));
let population = Array.from({ length: 60 }, () => play([], random));
let found = null;
for (let g = 0; g < generations && !found; g++) {
  population.sort((a, b) => b.score - a.score || a.path.length - b.path.length);
  population = population.slice(0, 20);
  const children = [];
  for (const parent of population) {
    for (let k = 0; k < 3; k++) {
      // Cut late more often than early: good routes are mostly right already.
      const cut = Math.floor(parent.path.length * (1 - random() ** 2));
      children.push(play(parent.path.slice(0, cut), random, parent));
    }
  }
  population.push(...children);
  found = population.find((r) => r.ending === target) ?? null;
  if (g % 20 === 0) process.stderr.write(`generation ${g}: best score ${Math.max(...population.map((r) => r.score))} of ${CONDITIONS[target].length}\n`);
}
if (!found) {
  const best = population.sort((a, b) => b.score - a.score)[0];
  process.stdout.write(`${JSON.stringify({ target, found: false, best: { score: best.score, ending: best.ending, path: best.path.map((i) => i + 1).join(' ') } }, null, 2)}\n`);
  process.exit(1);
}
process.stdout.write(`${JSON.stringify({ target, echoes, seed: storySeed, choices: found.path.length, path: found.path.map((i) => i + 1).join(' '), labels: found.labels }, null, 2)}\n`);
