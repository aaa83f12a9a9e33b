import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { verifyStory } from '../../src/engine/explorer/verify.js';
import { compiled, repoPath } from '../helpers.js';

// The guard: the explorer over the real story, both echo passes, on a fixed budget of work
// (options taken) so it explores the same states on every machine.
//
// Found defects fail the suite outright, named with the shortest path to each: a dead end, an
// ink error or warning, loyalty outside 0-100, a loop with no way out, a locked ending that a
// first run can reach, a `# verify-route:` that no longer reaches its ending.
//
// The story is far too big for a complete search (Act I alone has ~367,000 distinct states),
// so what the budget does not reach is not proof of a defect. The `# verify-route:` tags in
// main.ink (the walkthrough tests' routes) carry the search to eleven endings; a-house-divided,
// the-fountain-shared and the Act III relieved route still need many choices to line up and
// are not reached yet (an open item). What the search does not reach is pinned exactly in
// verify-unreached.json: a change that makes anything else unreachable (or that the search
// now reaches) fails here until the list is updated on purpose, with
// `UPDATE_VERIFY_BASELINE=1 npx vitest run tests/story/verify.test.ts`.
const WORK = 60_000;
const COVERAGE = new Set(['unreachable-ending', 'unreached-knot', 'unreached-stitch', 'unreached-option', 'lock-never-opens']);
const BASELINE = repoPath('tests/story/verify-unreached.json');

describe('the story, explored', () => {
  it('has no defect the explorer can find, and reaches all it reached before', () => {
    const report = verifyStory(compiled('story/main.ink'), { maxTransitions: WORK });
    const line = (d: (typeof report.defects)[number]) => {
      const where = d.path && !d.path.unknown ? ` [path ${d.path.choices.map((c) => c + 1).join('.') || '(start)'}]` : '';
      return `${d.kind}: ${d.message}${d.pass ? ` (${d.pass} pass)` : ''}${where}`;
    };
    const found = report.defects.filter((d) => report.complete || !COVERAGE.has(d.kind)).map(line);
    expect(found).toEqual([]);
    const unreached = report.complete ? [] : report.defects.filter((d) => COVERAGE.has(d.kind)).map((d) => `${d.kind}: ${d.message}`).sort();
    if (process.env.UPDATE_VERIFY_BASELINE) writeFileSync(BASELINE, `${JSON.stringify(unreached, null, 2)}\n`);
    const pinned = existsSync(BASELINE) ? (JSON.parse(readFileSync(BASELINE, 'utf8')) as string[]) : [];
    expect(unreached).toEqual(pinned);
    // Most of the story is reached: the pinned list stays a short tail.
    expect(report.endings.length).toBeGreaterThanOrEqual(report.endingIds.length - 3);
  }, 300_000);
});
