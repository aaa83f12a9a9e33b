#!/usr/bin/env node
// Authors' and testers' aid: play a route of choice numbers (from 1) through the engine and
// show each choice point, what was taken, and the state that moved.
//   node scripts/route.mjs 1 2 1 3 [--seed N] [--text] [--vars a,b,c] [--from knot] [--set name=value ...]
// --from and --set work as in walk.mjs: start at a knot, with state set first
// (lists as item names: --set "planet_team=(Worf, Troi)").
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), '--quiet'], { stdio: 'inherit' });
const { Session } = await import(pathToFileURL(join(root, 'dist/tools.js')).href);
const args = process.argv.slice(2);
let seed = 1;
let text = false;
let vars = [];
let from;
const variables = {};
const route = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--seed') seed = Number(args[++i]);
  else if (args[i] === '--text') text = true;
  else if (args[i] === '--vars') vars = args[++i].split(',');
  else if (args[i] === '--from') from = args[++i];
  else if (args[i] === '--set') {
    const [name, ...rest] = args[++i].split('=');
    const raw = rest.join('=');
    variables[name] = raw === 'true' ? true : raw === 'false' ? false : /^-?\d+$/.test(raw) ? Number(raw) : raw;
  } else if (args[i] === '--help' || args[i] === '-h') {
    process.stdout.write('usage: node scripts/route.mjs [choice numbers from 1 ...] [--seed N] [--text] [--vars a,b,c]\n' +
      '                              [--from knot] [--set name=value ...]\n');
    process.exit(0);
  } else if (/^\d+$/.test(args[i])) route.push(Number(args[i]) - 1);
  else {
    process.stderr.write(`route: unknown argument ${args[i]}\n`);
    process.exit(2);
  }
}
const session = new Session(readFileSync(join(root, 'dist/story.json'), 'utf8'), { seed, variables });
if (from) session.story.ChoosePathString(from);
const show = (events) => {
  for (const e of events) {
    if (e.kind === 'line' && text) console.log(`    ${e.text}`);
    if (e.kind === 'chapter') console.log(`== Chapter ${e.number}: ${e.title}`);
    if (e.kind === 'loyalty') console.log(`    [${e.officer} ${e.from} -> ${e.to}]`);
    if (e.kind === 'prime-directive') console.log(`    [PD ${JSON.stringify(e.to)}]`);
    if (e.kind === 'ending') console.log(`** ENDING ${e.id}`);
  }
  const last = events.at(-1);
  if (last?.kind === 'choices') {
    last.options.forEach((o, i) => console.log(`  ${i + 1}. ${o.text}`));
  }
  if (vars.length) console.log(`    {${vars.map((v) => `${v}=${JSON.stringify(session.story.variablesState.$(v)?.toString?.() ?? session.story.variablesState.$(v))}`).join(' ')}}`);
};
show(session.advance());
route.forEach((c, n) => {
  console.log(`> #${n + 1}: ${c + 1}`);
  session.choose(c);
  show(session.advance());
});
