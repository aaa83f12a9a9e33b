import { describe, expect, it } from 'vitest';
import { verifyStory } from '../../src/engine/explorer/verify.js';
import { compiled } from '../helpers.js';

// The guard: the explorer over the real story, both echo passes, on a fixed budget of work
// (options taken) so it explores the same states on every machine.
//
// Found defects fail the suite outright, named with the shortest path to each: a dead end, an
// ink error or warning, loyalty outside 0-100, a loop with no way out, a locked ending that a
// first run can reach, a `# verify-route:` that no longer reaches its ending.
//
// The story is far too big for a complete search (Act I alone has ~367,000 distinct states),
// so the search is partial. The `# verify-route:` tags in main.ink (the ending walkthroughs'
// routes, and the block scripts/cover.mjs keeps) carry it to every ending and into every knot,
// stitch and option it would not find in its budget, and the guard holds it to that: nothing
// may be left unreached. A change that leaves an item unreached fails here; give it a route
// (`node scripts/cover.mjs --write`) or, if no run can reach it, fix the story (docs/VERIFY.md).
const WORK = 60_000;

describe('the story, explored', () => {
  it('has no defect the explorer can find, and leaves nothing unreached', () => {
    const report = verifyStory(compiled('story/main.ink'), { maxTransitions: WORK });
    const line = (d: (typeof report.defects)[number]) => {
      const where = d.path && !d.path.unknown ? ` [path ${d.path.choices.map((c) => c + 1).join('.') || '(start)'}]` : '';
      return `${d.kind}: ${d.message}${d.pass ? ` (${d.pass} pass)` : ''}${where}`;
    };
    // Every defect fails, the partial search's unreached endings, knots, stitches and options
    // included: each one needs a route, or a story fix if no run can reach it.
    expect(report.defects.map(line)).toEqual([]);
    expect(report.endings.length).toBe(report.endingIds.length);
  }, 300_000);
});
