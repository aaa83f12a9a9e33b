#!/usr/bin/env node
// Writers' aid: the "no false choices" audit over seeded random playthroughs, and counts of
// what moves and reads each officer's loyalty and the Prime Directive in the ink source.
//   node scripts/audit.mjs [--runs N] [--list]
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), '--quiet'], { stdio: 'inherit' });
const { auditChoices } = await import(pathToFileURL(join(root, 'dist/tools.js')).href);
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1] || 200);
const json = readFileSync(join(root, 'dist/story.json'), 'utf8');
const audit = auditChoices(json, { runs: args.includes('--runs') ? runs : 200 });
const pct = ((audit.meaningful / audit.points) * 100).toFixed(1);
console.log(`choice points with 2+ options met: ${audit.points}; leading to different text or state: ${audit.meaningful} (${pct}%)`);
if (args.includes('--list')) for (const f of audit.falseChoices) console.log(`  false: ${f.point}  [${f.options.join(' | ')}]`);
else console.log(`  ${audit.falseChoices.length} false (--list shows them)`);

const { auditSources } = await import(pathToFileURL(join(root, 'dist/tools.js')).href);
const src = auditSources(join(root, 'story'));
console.log('options that move loyalty, per officer:', JSON.stringify(src.moves));
console.log('conditions that read loyalty, per officer:', JSON.stringify(src.reads));
console.log('conditions that read the Prime Directive:', src.primeDirectiveReads);
