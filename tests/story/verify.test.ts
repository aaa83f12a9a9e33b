import { describe, expect, it } from 'vitest';
import { verifyStory } from '../../src/engine/explorer/verify.js';
import { compiled } from '../helpers.js';

// The guard: the explorer over the real story, both echo passes, on a fixed budget of work
// (options taken) so it explores the same states on every machine. Any defect it can find
// fails the suite, named with the shortest path to it: a dead end, an ending (or a knot,
// stitch or option) no path reaches, an ink error or warning, loyalty outside 0-100, a loop
// with no way out, or a locked ending that a first run can reach or a replay cannot.
const WORK = 60_000;

describe('the story, explored', () => {
  it('has no defect the explorer can find', () => {
    const report = verifyStory(compiled('story/main.ink'), { maxTransitions: WORK });
    const defects = report.defects.map((d) => {
      const where = d.path && !d.path.unknown ? ` [path ${d.path.choices.map((c) => c + 1).join('.') || '(start)'}]` : '';
      return `${d.kind}: ${d.message}${d.pass ? ` (${d.pass} pass)` : ''}${where}`;
    });
    expect(defects).toEqual([]);
    expect(report.endings.length).toBe(report.endingIds.length);
  }, 300_000);
});
