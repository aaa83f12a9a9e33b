#!/usr/bin/env node
// npm run bench: the game's speed and memory against their baselines, measured in one run
// and printed as a table. Nothing here is asserted by the tests: machines are noisy.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
function timeToOutput(command, args, marker, input = '', env = {}) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'ignore'], env: { ...process.env, NO_COLOR: '1', ...env } });
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

const scratch = mkdtempSync(join(tmpdir(), 'insurrection-bench-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));
const bin = join(root, 'bin/insurrection');
const snapshotBlob = join(root, 'dist/snapshot', `node-${process.version}.blob`);

// 1. Time to first story text: the installed command (bin/insurrection, which starts from the
// startup snapshot when the build made one for this Node), piped, against `node -e 0`,
// interleaved so both see the same machine. The plain bundle is shown for comparison.
{
  const first = new tools.Session(storyJson, { seed: 1 }).advance().find((e) => e.kind === 'line');
  const marker = first.text.slice(0, 40);
  const runs = 21;
  const node = [];
  const game = [];
  const bundle = [];
  const args = ['--fast', '--data-dir', join(scratch, 'startup')];
  await timeToOutput(process.execPath, ['-e', '0'], null);
  await timeToOutput(bin, args, marker);
  for (let i = 0; i < runs; i++) {
    node.push(await timeToOutput(process.execPath, ['-e', '0'], null));
    game.push(await timeToOutput(bin, args, marker));
    bundle.push(await timeToOutput(bin, args, marker, '', { INSURRECTION_NO_SNAPSHOT: '1' }));
  }
  const ratio = median(game) / median(node);
  const how = existsSync(snapshotBlob) ? 'snapshot' : 'no snapshot';
  row(`time to first story text (${how}, median of ${runs})`, `${median(game).toFixed(0)} ms`, `node -e 0: ${median(node).toFixed(0)} ms`, `${ratio.toFixed(2)}x`, '<= 1.5x', ratio <= 1.5);
  row('  the same without the snapshot', `${median(bundle).toFixed(0)} ms`, '', `${(median(bundle) / median(node)).toFixed(2)}x`, '', true);
}

// 2. Per-choice latency over the whole story: choose + continue to the next choices, on one
// session restarted for each run, the way a player's game reuses its parsed story.
{
  const random = tools.seededRandom;
  const times = [];
  const runs = 400;
  const session = new tools.Session(storyJson, { seed: 0 });
  for (let r = -40; r < runs; r++) {
    const pick = random(1000 + r);
    session.restart({ seed: Math.abs(r) });
    let events = session.advance();
    for (let guard = 0; guard < 2000; guard++) {
      const last = events.at(-1);
      if (!last || last.kind !== 'choices') break;
      const i = Math.floor(pick() * last.options.length);
      const t0 = performance.now();
      session.choose(i);
      events = session.advance();
      // The first 40 runs warm the JIT, as the first minutes of play do.
      if (r >= 0) times.push(performance.now() - t0);
    }
  }
  const p99 = pct(times, 99);
  const max = Math.max(...times);
  row(`per-choice latency, p99 (${times.length} choices)`, `${p99.toFixed(2)} ms`, `p50 ${pct(times, 50).toFixed(2)} ms`, '', '< 5 ms', p99 < 5);
  row('per-choice latency, max', `${max.toFixed(2)} ms`, '', '', '< 20 ms', max < 20);
}

// 3. Save and load through the game's own logbook and store (atomic write, previous copy kept),
// after a 200-choice run with its rewind history: play, and at each ending rewind a few
// choices and play on, until 200 choices are on the record.
{
  const session = new tools.Session(storyJson, { seed: 7 });
  const store = new tools.GameStore(join(scratch, 'saves'), tools.storyIdentity(storyJson, undefined));
  const logbook = new tools.Logbook(store, session, storyJson, () => new Date());
  const run = logbook.begin({ seed: 7, variables: {}, prelude: [] });
  const pick = tools.seededRandom(77);
  let { events } = run.advance();
  let chosen = 0;
  while (chosen < 200) {
    const last = events.at(-1);
    if (last.kind === 'choices') {
      run.choose(Math.floor(pick() * last.options.length));
      chosen++;
      ({ events } = run.advance());
    } else {
      events = run.rewindTo(Math.max(0, run.history.length - 1 - (1 + Math.floor(pick() * 8))));
    }
  }
  const saves = [];
  const loads = [];
  for (let i = 0; i < 60; i++) {
    let t0 = performance.now();
    logbook.save('bench', run);
    saves.push(performance.now() - t0);
    t0 = performance.now();
    logbook.load('bench');
    loads.push(performance.now() - t0);
  }
  const size = statSync(join(store.dir, 'saves', 'bench.json')).size;
  row('save (200-choice run, median / max of 60)', `${median(saves).toFixed(2)} / ${Math.max(...saves).toFixed(2)} ms`, '', '', '< 5 ms', median(saves) < 5);
  row('load (median / max of 60)', `${median(loads).toFixed(2)} / ${Math.max(...loads).toFixed(2)} ms`, '', '', '< 5 ms', median(loads) < 5);
  row('save file size', `${(size / 1024).toFixed(1)} KB`, '', '', '< 64 KB', size < 64 * 1024);
}

// 4. Memory: the real command, piped, playing one whole run (always the first option) with the
// full map drawn after every choice, then quitting from the end menu; peak resident memory is
// read from /proc while it runs.
{
  const session = new tools.Session(storyJson, { seed: 3 });
  let choices = 0;
  for (let events = session.advance(); events.at(-1).kind === 'choices'; events = session.advance()) {
    session.choose(0);
    choices++;
  }
  const script = `${'1\nmap all\n'.repeat(choices)}quit\n`;
  const peak = await new Promise((resolve) => {
    const child = spawn(bin, ['--fast', '--seed', '3', '--data-dir', join(scratch, 'memory')], { stdio: ['pipe', 'ignore', 'ignore'], env: { ...process.env, NO_COLOR: '1' } });
    let hwm = 0;
    const poll = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) hwm = Math.max(hwm, Number(m[1]));
      } catch {
        // the process has gone, or this system has no /proc
      }
    }, 5);
    child.on('exit', () => {
      clearInterval(poll);
      resolve(hwm);
    });
    child.stdin.end(script);
  });
  const what = `peak RSS, a full playthrough (${choices} choices) with the map drawn after each`;
  if (peak > 0) row(what, `${(peak / 1024).toFixed(1)} MB`, '', '', '< 100 MB', peak < 100 * 1024);
  else row(what, 'n/a (no /proc)', '', '', '< 100 MB', true);
}

// 5. The explorer: states per second against a naive walk keyed on the full ink state JSON.
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
