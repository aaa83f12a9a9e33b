#!/usr/bin/env node
// npm run bench: the game's speed and memory against their baselines, measured in one run
// and printed as a table. Nothing here is asserted by the tests: machines are noisy.
import { spawn, execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), '--quiet'], { stdio: 'inherit' });
const tools = await import(pathToFileURL(join(root, 'dist/tools.js')).href);
const storyJson = readFileSync(join(root, 'dist/story.json'), 'utf8');

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const rows = [];
const row = (what, value, baseline, ratio, target, ok) => rows.push({ what, value, baseline, ratio, target, ok });

/** Milliseconds from spawn until `marker` shows on stdout (or the process exits, when marker is null). */
function timeToOutput(args, marker, input = '') {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'ignore'], env: { ...process.env, NO_COLOR: '1' } });
    let out = '';
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      resolve(performance.now() - t0);
      child.kill();
    };
    child.stdout.on('data', (d) => {
      out += d;
      if (marker && out.includes(marker)) finish();
    });
    child.on('exit', () => (marker ? (done ? null : reject(new Error(`never saw ${marker}`))) : finish()));
    child.stdin.end(input);
  });
}

// 1. Time to first story text, against `node -e 0`, interleaved so both see the same machine.
{
  const first = new tools.Session(storyJson, { seed: 1 }).advance().find((e) => e.kind === 'line');
  const marker = first.text.slice(0, 40);
  const runs = 15;
  const node = [];
  const game = [];
  await timeToOutput(['-e', '0'], null);
  await timeToOutput([join(root, 'bin/insurrection.js'), '--fast'], marker);
  for (let i = 0; i < runs; i++) {
    node.push(await timeToOutput(['-e', '0'], null));
    game.push(await timeToOutput([join(root, 'bin/insurrection.js'), '--fast'], marker));
  }
  const ratio = median(game) / median(node);
  row('time to first story text (median of 15)', `${median(game).toFixed(0)} ms`, `node -e 0: ${median(node).toFixed(0)} ms`, `${ratio.toFixed(2)}x`, '<= 1.5x', ratio <= 1.5);
}

// 2. Per-choice latency over the whole story: choose + continue to the next choices.
{
  const random = tools.seededRandom ?? ((seed) => () => ((seed = (seed * 16807) % 2147483647) / 2147483647));
  const times = [];
  const runs = 300;
  for (let r = 0; r < runs; r++) {
    const pick = random(1000 + r);
    const session = new tools.Session(storyJson, { seed: r });
    let events = session.advance();
    for (let guard = 0; guard < 2000; guard++) {
      const last = events.at(-1);
      if (!last || last.kind !== 'choices') break;
      const i = Math.floor(pick() * last.options.length);
      const t0 = performance.now();
      session.choose(i);
      events = session.advance();
      times.push(performance.now() - t0);
    }
  }
  const p99 = pct(times, 99);
  const max = Math.max(...times);
  row(`per-choice latency, p99 (${times.length} choices)`, `${p99.toFixed(2)} ms`, `p50 ${pct(times, 50).toFixed(2)} ms`, '', '< 5 ms', p99 < 5);
  row('per-choice latency, max', `${max.toFixed(2)} ms`, '', '', '< 20 ms', max < 20);
}

// 3. The explorer: states per second against a naive walk keyed on the full ink state JSON.
{
  const { explorerRows } = await import('./explorer.mjs');
  for (const r of explorerRows(tools, storyJson, { seconds: 10 })) rows.push(r);
}

const cols = ['what', 'value', 'baseline', 'ratio', 'target', 'ok'];
const cell = (r, c) => (c === 'ok' ? (r.ok ? 'yes' : 'NO') : String(r[c] ?? ''));
const widths = cols.map((c) => Math.max(c.length, ...rows.map((r) => cell(r, c).length)));
const line = (vals) => `| ${vals.map((v, i) => v.padEnd(widths[i])).join(' | ')} |`;
process.stdout.write(`${line(cols)}\n${line(widths.map((w) => '-'.repeat(w)))}\n`);
for (const r of rows) process.stdout.write(`${line(cols.map((c) => cell(r, c)))}\n`);
process.exitCode = rows.every((r) => r.ok) ? 0 : 1;
