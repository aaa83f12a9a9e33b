#!/usr/bin/env node
// Testers' aid: turns a route of choice numbers (from 1, as `insurrection verify`, hunt.mjs and
// /work/wt/routes.json print them) into the option labels the ending walkthroughs play
// (tests/story/endings/*.test.ts), and names the ending it reaches.
//   node scripts/route-labels.mjs 2.1.3.1 [--echoes] [--seed N] [--vars a,b,c] [--changes all|a,b] [--json] [--no-build]
// The path may be dotted ("2.1.3"), spaced ("2 1 3") or comma separated. Prints the labels as a
// TypeScript array literal, one label a line (or a JSON object with --json), then the ending.
// --vars prints the named variables' values at the end of the route; --changes notes after each
// label the variables it changed (all, or those named), to find a route's key decisions.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
if (flag('--help') || flag('-h')) {
  process.stdout.write('usage: node scripts/route-labels.mjs <path, e.g. 2.1.3> [--echoes] [--seed N] [--vars a,b] [--json] [--no-build]\n');
  process.exit(0);
}
const valued = new Set(['--seed', '--vars', '--changes']);
const numbers = args
  .filter((a, i) => !a.startsWith('--') && !valued.has(args[i - 1]))
  .flatMap((a) => a.split(/[.,\s]+/))
  .filter(Boolean);
if (numbers.length === 0 || numbers.some((n) => !/^\d+$/.test(n) || Number(n) < 1)) {
  process.stderr.write('route-labels: give a path of choice numbers from 1 (e.g. 2.1.3)\n');
  process.exit(2);
}
if (!flag('--no-build')) execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), '--quiet'], { stdio: 'inherit' });
const { Session } = await import(pathToFileURL(join(root, 'dist/tools.js')).href);
const json = readFileSync(join(root, 'dist/story.json'), 'utf8');
const seed = Number(opt('--seed', 1));
const probe = new Session(json, { seed });
const variables = flag('--echoes') ? Object.fromEntries(probe.echoVariables.map((n) => [n, true])) : {};
const session = new Session(json, { seed, variables });

const read = (name) => {
  const v = session.story.variablesState.$(name);
  if (v && typeof v === 'object' && 'orderedItems' in v) return v.orderedItems.map((kv) => kv.Key.itemName);
  return v;
};
// --changes: after each label, the variables it changed (all of them, or those named).
const changesOf = opt('--changes', null);
const watched = () => {
  const all = [...session.story.variablesState._globalVariables.keys()];
  return changesOf && changesOf !== 'all' ? all.filter((n) => changesOf.split(',').includes(n)) : all;
};
const values = () => new Map(watched().map((n) => [n, JSON.stringify(read(n))]));
const after = new Map(); // step -> changes
const labels = [];
const notes = new Map(); // step -> comment lines to print before its label
const note = (step, text) => notes.set(step, [...(notes.get(step) ?? []), text]);
const noteChapters = (evs, step) => {
  for (const e of evs) if (e.kind === 'chapter') note(step, `Chapter ${e.number}: ${e.title}`);
};
let events = session.advance();
noteChapters(events, 0);
for (const [step, n] of numbers.entries()) {
  const last = events.at(-1);
  if (last?.kind !== 'choices') {
    process.stderr.write(`route-labels: the story ended (${session.ending ?? 'no ending'}) before step ${step + 1}\n`);
    process.exit(1);
  }
  const option = last.options[Number(n) - 1];
  if (!option) {
    process.stderr.write(`route-labels: step ${step + 1} has ${last.options.length} options, not ${n}: ${last.options.map((o) => JSON.stringify(o.text)).join(', ')}\n`);
    process.exit(1);
  }
  const sameText = last.options.filter((o) => o.text === option.text).length;
  if (sameText > 1) process.stderr.write(`route-labels: warning: step ${step + 1} offers "${option.text}" ${sameText} times; a label route takes the first\n`);
  if (option.echo) note(step, 'an echo option: offered only to a returning player');
  labels.push(option.text);
  const before = changesOf ? values() : null;
  session.choose(Number(n) - 1);
  events = session.advance();
  if (before) {
    const now = values();
    const moved = [...now].filter(([k, v]) => before.get(k) !== v).map(([k, v]) => `${k} ${before.get(k)} -> ${v}`);
    if (moved.length) after.set(step, moved.join('; '));
  }
  noteChapters(events, step + 1);
  const error = events.find((e) => e.kind === 'story-error');
  if (error) {
    process.stderr.write(`route-labels: ink error after step ${step + 1}: ${error.message}\n`);
    process.exit(1);
  }
}
const ended = events.at(-1)?.kind !== 'choices';
const ending = session.ending ?? null;
const vars = opt('--vars', '')
  .split(',')
  .filter(Boolean)
  .map((name) => [name, read(name)]);

// Single quotes as the tests write strings, double quotes when the label has an apostrophe.
const quote = (l) => (l.includes("'") || l.includes('\\') ? JSON.stringify(l) : `'${l}'`);
if (flag('--json')) {
  process.stdout.write(`${JSON.stringify({ ending, ended, choices: labels.length, labels, ...(vars.length ? { vars: Object.fromEntries(vars) } : {}) }, null, 2)}\n`);
} else {
  const lines = labels.flatMap((l, i) => [...(notes.get(i) ?? []).map((t) => `  // ${t}`), `  ${quote(l)},${after.has(i) ? ` // ${after.get(i)}` : ''}`]);
  process.stdout.write(`[\n${lines.join('\n')}\n]\n`);
  for (const [name, value] of vars) process.stdout.write(`// ${name} = ${JSON.stringify(value)}\n`);
  process.stdout.write(`// ${labels.length} choices; ${ended ? `ending: ${ending ?? 'none'}` : 'the story goes on (no ending yet)'}\n`);
}
if (!ended) process.exitCode = 1;
