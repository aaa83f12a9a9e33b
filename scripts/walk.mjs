#!/usr/bin/env node
// Writers' quick check: many seeded random playthroughs of the built story.
//   node scripts/walk.mjs [--runs 500] [--seed 1] [--from knot] [--set name=value ...] [--echoes] [--verbose]
// List values are written as item names: --set data_state=destroyed --set "planet_team=(Troi, Crusher)".
// Exits 1 on any ink error, warning or dead end.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), '--quiet'], { stdio: 'inherit' });
const { randomPlaythrough } = await import(pathToFileURL(join(root, 'dist/tools.js')).href);

const argv = process.argv.slice(2);
let runs = 500;
let seed = 1;
let from;
let verbose = false;
const variables = {};
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === '--runs') runs = Number(argv[++i]);
  else if (a === '--seed') seed = Number(argv[++i]);
  else if (a === '--from') from = argv[++i];
  else if (a === '--verbose') verbose = true;
  else if (a === '--echoes') {
    for (const e of ['orchard_mother', 'schism_record', 'sona_genome', 'in_situ', 'perfect_moment', 'face_chamber']) variables[`echo_${e}`] = true;
    variables.runs_completed = 1;
  } else if (a === '--set') {
    const [name, ...rest] = argv[++i].split('=');
    const raw = rest.join('=');
    variables[name] = raw === 'true' ? true : raw === 'false' ? false : /^-?\d+$/.test(raw) ? Number(raw) : raw;
  } else {
    process.stderr.write(`walk: unknown argument ${a}\n`);
    process.exit(2);
  }
}

const json = readFileSync(join(root, 'dist/story.json'), 'utf8');
// Knots (not functions) declared in the ink sources; a knot that only diverts shows as never entered.
const topKnots = readdirSync(join(root, 'story')).filter((f) => f.endsWith('.ink'))
  .flatMap((f) => [...readFileSync(join(root, 'story', f), 'utf8').matchAll(/^\s*={2,}\s*(?!function\b)(\w+)/gm)].map((m) => m[1]));
const endings = new Map();
const visited = new Set();
const problems = [];
let words = [];
let choices = [];
for (let r = 0; r < runs; r++) {
  const res = randomPlaythrough(json, { seed: seed + r, startAt: from, variables });
  res.knots.forEach((k) => visited.add(k));
  words.push(res.words);
  choices.push(res.path.length);
  endings.set(res.ending ?? '(none)', (endings.get(res.ending ?? '(none)') ?? 0) + 1);
  const where = `seed ${res.seed}, path ${res.path.map((p) => p + 1).join('.')}`;
  for (const e of res.errors) problems.push(`ink error (${where}): ${e}`);
  for (const w of res.warnings) problems.push(`ink warning (${where}): ${w}`);
  if (res.deadEnd) problems.push(`dead end (${where}) in ${res.knots.at(-1)} after: ${res.lastText.slice(0, 100)}`);
  if (res.exhausted) problems.push(`loop: no end after ${res.path.length} choices (${where})`);
  if (verbose) process.stdout.write(`${where}: ${res.ending ?? '-'} ${res.words} words\n`);
}
const stat = (xs) => `min ${Math.min(...xs)}, median ${xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]}, max ${Math.max(...xs)}`;
process.stdout.write(`${runs} playthroughs${from ? ` from ${from}` : ''}\n`);
process.stdout.write(`words per run: ${stat(words)}\nchoices per run: ${stat(choices)}\n`);
process.stdout.write('endings:\n');
for (const [id, n] of [...endings].sort((a, b) => b[1] - a[1])) process.stdout.write(`  ${String(n).padStart(5)}  ${id}\n`);
const never = topKnots.filter((k) => !visited.has(k));
process.stdout.write(`knots never entered (${never.length}): ${never.join(', ')}\n`);
const unique = [...new Set(problems)];
for (const p of unique.slice(0, 40)) process.stdout.write(`PROBLEM ${p}\n`);
if (unique.length > 40) process.stdout.write(`... and ${unique.length - 40} more\n`);
process.exit(unique.length ? 1 : 0);
