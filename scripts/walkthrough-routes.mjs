#!/usr/bin/env node
// The ending walkthroughs as known routes: plays the option labels of every
// tests/story/endings/*.test.ts (as a returning player where the test says `echoes: true`) and
// prints each as a `# verify-route:` tag, choice numbers from 1, with the ending it reaches.
//   node scripts/walkthrough-routes.mjs [--write]
// --write replaces the walkthroughs' block of tags in story/main.ink (the lines after the
// "Known routes to endings" comment). Exits 1 if a walkthrough no longer plays to an ending.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), '--quiet'], { stdio: 'inherit' });
const { Session } = await import(pathToFileURL(join(root, 'dist/tools.js')).href);
const json = readFileSync(join(root, 'dist/story.json'), 'utf8');
const echoNames = new Session(json, { seed: 1 }).echoVariables;
const dir = join(root, 'tests/story/endings');

const tags = [];
let failed = false;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.test.ts')).sort()) {
  const text = readFileSync(join(dir, file), 'utf8');
  const start = text.search(/^const route\b.*= \[/m);
  if (start < 0) continue;
  const body = text.slice(start, start + text.slice(start).search(/^\];/m));
  const labels = [...body.matchAll(/^\s*(?:'([^']*)'|("(?:[^"\\]|\\.)*")),/gm)].map((m) => m[1] ?? JSON.parse(m[2]));
  const echoes = /echoes: true/.test(text);
  const session = new Session(json, { seed: 1, variables: echoes ? Object.fromEntries(echoNames.map((n) => [n, true])) : {} });
  let events = session.advance();
  const path = [];
  for (const label of labels) {
    const option = events.at(-1)?.kind === 'choices' ? events.at(-1).options.find((o) => o.text === label) : undefined;
    if (!option) break;
    path.push(option.index + 1);
    session.choose(option.index);
    events = session.advance();
  }
  if (path.length < labels.length || events.at(-1)?.kind === 'choices' || !session.ending) {
    process.stderr.write(`walkthrough-routes: ${file} does not play to an ending (stopped after ${path.length} of ${labels.length})\n`);
    failed = true;
    continue;
  }
  tags.push(`# verify-route: ${session.ending}${echoes ? ' (echoes)' : ''} = ${path.join('.')}`);
}
process.stdout.write(`${tags.join('\n')}\n`);
if (process.argv.includes('--write') && !failed) {
  const main = join(root, 'story/main.ink');
  const lines = readFileSync(main, 'utf8').split('\n');
  const head = lines.findIndex((l) => l.startsWith('// Known routes to endings'));
  if (head < 0) throw new Error('story/main.ink: no "// Known routes to endings" comment');
  let from = head;
  while (from < lines.length && lines[from].startsWith('//')) from++;
  let to = from;
  while (to < lines.length && lines[to].startsWith('# verify-route:')) to++;
  lines.splice(from, to - from, ...tags);
  writeFileSync(main, lines.join('\n'));
  process.stderr.write(`wrote ${tags.length} route(s) to story/main.ink\n`);
}
process.exit(failed ? 1 : 0);
