import { describe, expect, it } from 'vitest';
import { branchMap, countStoryOptions, percent } from '../../src/engine/branch-map.js';
import { Session } from '../../src/engine/session.js';
import { emptyProfile } from '../../src/engine/profile.js';
import { playRuns, saga } from './replay-helpers.js';

const catalogue = () => new Session(saga(), { seed: 1 }).catalogue;

describe('the branch map', () => {
  it('groups the points met by chapter, in story order, with where each option led', () => {
    const { profile, run } = playRuns([[0, 0, 0, 0, 0, 0], [1, 1, 0, 1, 1]]);
    const map = branchMap(profile, {
      here: run.history.at(-1)?.point ?? null,
      route: run.history.flatMap((s) => (s.taken ? [{ point: s.point, text: s.taken.text }] : [])),
      chapter: run.session.chapter,
      catalogue: catalogue(),
      storyOptions: countStoryOptions(saga()),
    });
    expect(map.chapters.map((c) => [c.number, c.title, c.points.length, c.taken, c.offered, c.current])).toEqual([
      [1, 'The Gate', 4, 6, 8, false],
      [2, 'The Hill', 2, 4, 4, false],
      [3, 'The Return', 1, 1, 2, true],
    ]);
    const [gate, fork, orchard, library] = map.chapters[0]?.points ?? [];
    expect([gate?.label, fork?.label, orchard?.label, library?.label]).toEqual(['You stand at the gate.', 'The path forks.', 'The orchard is quiet.', 'A book lies open.']);
    expect(gate?.options.map((o) => [o.text, o.taken, o.onRoute, o.to])).toEqual([
      ['Open the gate', true, false, [{ kind: 'point', number: 2 }]],
      ['Climb the wall', true, true, [{ kind: 'point', number: 2 }]],
    ]);
    expect(orchard?.options[0]?.to).toEqual([{ kind: 'chapter', number: 2, title: 'The Hill' }]);
    const home = map.chapters[2]?.points[0];
    expect(home?.here).toBe(true);
    expect(home?.options[0]?.to).toEqual([{ kind: 'ending', id: 'dawn', title: 'Dawn' }]);
    expect(map).toMatchObject({ taken: 11, offered: 14, storyOptions: 17 });
  });

  it('is empty before any run, and percentages never divide by zero', () => {
    const map = branchMap(emptyProfile('v'), { here: null, route: [], chapter: null, catalogue: [], storyOptions: null });
    expect(map.chapters).toEqual([]);
    expect(percent(0, 0)).toBe(0);
    expect(percent(1, 3)).toBe(33);
  });
});
