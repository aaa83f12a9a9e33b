#!/usr/bin/env node
// npm run bench:explorer: the explorer's exhaustive search against a naive depth-first walk
// that continues with Continue() and keys states on the full ink state JSON (saved and
// loaded with ToJson/LoadJson), on the same story in the same run, in alternating slices so
// both see the same machine. Prints states per second for each and the ratio, on the real
// story and on a synthetic one the size of the finished game; then a full verify run.
// bench/bench.mjs prints the same rows through explorerRows().
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { syntheticInk } from './synthetic-story.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The naive walk: every state is its full save JSON, every step a LoadJson and a Continue loop. */
function naiveSlice(tools, storyJson, ms) {
  const run = (() => {
    const story = new tools.Story(storyJson);
    story.onError = () => {};
    story.state.storySeed = 0;
    story.state.previousRandom = 0;
    while (story.canContinue) story.Continue();
    const first = story.state.ToJson();
    return { story, seen: new Set([first]), stack: [{ json: first, next: 0, count: story.currentChoices.length }], states: 1, transitions: 0 };
  })();
  const { story, seen, stack } = run;
  const end = performance.now() + ms;
  while (stack.length > 0 && performance.now() < end) {
    const top = stack[stack.length - 1];
    if (top.next >= top.count) {
      stack.pop();
      continue;
    }
    story.state.LoadJson(top.json);
    story.ChooseChoiceIndex(top.next++);
    run.transitions++;
    while (story.canContinue) {
      story.Continue();
      void story.currentTags;
    }
    const count = story.currentChoices.length;
    if (count === 0) continue;
    const json = story.state.ToJson();
    if (seen.has(json)) continue;
    seen.add(json);
    run.states++;
    stack.push({ json, next: 0, count });
  }
  return run;
}

/** The explorer, exhaustive phase only, for `ms` after its setup (parse and analysis). */
function explorerRun(tools, storyJson, ms) {
  const s0 = performance.now();
  const walker = new tools.Walker(storyJson, { seed: 0 });
  const t0 = performance.now();
  tools.search(walker, { timeMs: ms, maxStates: 5_000_000, clock: () => performance.now() }, undefined, 'exhaustive');
  return { walker, ms: performance.now() - t0, setupMs: t0 - s0 };
}

/**
 * Alternating runs of the two searches on one story, each from the story's start: naive,
 * explorer, naive, explorer, so both see the same machine. Each run's memory is dropped
 * before the next starts. Rates are states (and options taken) per second of searching.
 */
export function compareOnStory(tools, storyJson, { seconds = 10 } = {}) {
  const slice = (seconds * 1000) / 2;
  const naive = { states: 0, transitions: 0, ms: 0 };
  const explorer = { states: 0, transitions: 0, ms: 0, setupMs: 0 };
  for (let round = 0; round < 2; round++) {
    const n = naiveSlice(tools, storyJson, slice);
    naive.states += n.states;
    naive.transitions += n.transitions;
    naive.ms += slice;
    const e = explorerRun(tools, storyJson, slice);
    explorer.states += e.walker.graph.states;
    explorer.transitions += e.walker.transitions;
    explorer.ms += e.ms;
    explorer.setupMs += e.setupMs / 2;
  }
  const rate = (x) => ({ ...x, rate: (x.states / x.ms) * 1000, stepRate: (x.transitions / x.ms) * 1000 });
  const result = { explorer: rate(explorer), naive: rate(naive) };
  return { ...result, ratio: result.explorer.rate / result.naive.rate, stepRatio: result.explorer.stepRate / result.naive.stepRate };
}

export function syntheticStoryJson(tools) {
  const source = syntheticInk();
  const result = tools.compileInk('synthetic.ink', { resolve: (n) => n, read: () => source });
  if (!result.json) throw new Error(`synthetic story does not compile: ${JSON.stringify(result.diagnostics.slice(0, 3))}`);
  return { json: result.json, stats: result.stats };
}

/** Rows for bench/bench.mjs: states per second against the naive walk, on both stories. */
export function explorerRows(tools, storyJson, { seconds = 10 } = {}) {
  const rows = [];
  const synthetic = syntheticStoryJson(tools);
  for (const [name, json] of [['story', storyJson], ['synthetic', synthetic.json]]) {
    const c = compareOnStory(tools, json, { seconds });
    rows.push({
      what: `explorer states/s, ${name} (${seconds} s each)`,
      value: `${Math.round(c.explorer.rate)} states/s`,
      baseline: `naive: ${Math.round(c.naive.rate)} states/s`,
      ratio: `${c.ratio.toFixed(2)}x`,
      target: '>= 3x',
      ok: c.ratio >= 3,
    });
  }
  return rows;
}

async function main() {
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), '--quiet'], { stdio: 'inherit' });
  const tools = await import(pathToFileURL(join(root, 'dist/tools.js')).href);
  const seconds = Number(process.argv[2] ?? 10);
  const story = readFileSync(join(root, 'dist/story.json'), 'utf8');
  const synthetic = syntheticStoryJson(tools);
  process.stdout.write(`synthetic story: ${synthetic.stats.words} words, ${synthetic.stats.choices} choices, ${synthetic.stats.knots} knots\n\n`);
  process.stdout.write('| story | explorer states/s | naive states/s | ratio | explorer options/s | naive options/s | ratio |\n|---|---|---|---|---|---|---|\n');
  for (const [name, json] of [['Insurrection', story], ['synthetic', synthetic.json]]) {
    const c = compareOnStory(tools, json, { seconds });
    const f = (n) => Math.round(n).toLocaleString('en-US');
    process.stdout.write(`| ${name} | ${f(c.explorer.rate)} | ${f(c.naive.rate)} | ${c.ratio.toFixed(2)}x | ${f(c.explorer.stepRate)} | ${f(c.naive.stepRate)} | ${c.stepRatio.toFixed(2)}x |\n`);
  }
  for (const [name, json] of [['Insurrection', story], ['synthetic', synthetic.json]]) {
    const t0 = performance.now();
    const report = tools.verifyStory(json, { timeMs: 50_000, clock: () => performance.now() });
    const ms = performance.now() - t0;
    const mb = process.memoryUsage().rss / 1e6;
    process.stdout.write(
      `\nverify ${name}: ${report.states.toLocaleString('en-US')} states in ${(ms / 1000).toFixed(1)} s, ${report.complete ? 'complete' : 'not complete'}, ` +
        `${report.endings.length} of ${report.endingIds.length} endings, ${report.defects.length} defects, rss ${mb.toFixed(0)} MB\n`,
    );
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
