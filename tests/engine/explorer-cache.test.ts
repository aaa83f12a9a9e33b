import { describe, expect, it } from 'vitest';
import type { Story } from '../../src/engine/ink.js';
import { search } from '../../src/engine/explorer/search.js';
import { detach } from '../../src/engine/explorer/stepper.js';
import { Walker } from '../../src/engine/explorer/walker.js';
import { compiled } from '../helpers.js';

// The transition cache (src/engine/explorer/transitions.ts) replays an option instead of
// running it when the state agrees with an earlier run on everything that run read. On the
// real story, a walker with the cache must land, option for option, in exactly the state a
// walker without it reaches, as ink itself would save it (output aside), and record the
// same states, ends, issues and coverage.
const saved = (story: Story): string => {
  detach(story);
  const state = JSON.parse(story.state.ToJson()) as { flows: Record<string, { outputStream: unknown[]; currentChoices?: { index?: number }[] }> };
  for (const flow of Object.values(state.flows)) {
    flow.outputStream = [];
    for (const c of flow.currentChoices ?? []) delete c.index;
  }
  return JSON.stringify(state);
};

const sameRecord = (a: Walker, b: Walker) => {
  expect(a.graph.states).toBe(b.graph.states);
  for (let s = 0; s < a.graph.states; s++) {
    for (let o = 0; o < a.graph.options(s); o++) expect(a.graph.edge(s, o)).toBe(b.graph.edge(s, o));
  }
  expect(a.ends).toEqual(b.ends);
  expect([...a.issues.keys()]).toEqual([...b.issues.keys()]);
  expect([...a.endingsSeen.keys()]).toEqual([...b.endingsSeen.keys()]);
  expect([...a.flowsVisited]).toEqual([...b.flowsVisited]);
  expect([...a.optionsTaken].sort()).toEqual([...b.optionsTaken].sort());
};

describe('the transition cache', () => {
  const json = compiled('story/main.ink');

  it('replays options into exactly the state ink reaches by running them', () => {
    const cached = new Walker(json, { seed: 0 });
    const plain = new Walker(json, { seed: 0, cache: false });
    expect(cached.begin()).toEqual(plain.begin());
    type Frame = { state: number; snaps: [ReturnType<Walker['snapshot']>, ReturnType<Walker['snapshot']>]; next: number; count: number };
    const stack: Frame[] = [{ state: 0, snaps: [cached.root!, plain.root!], next: 0, count: cached.graph.options(0) }];
    const done = new Set<number>([0]);
    let compared = 0;
    let transitions = 0;
    while (stack.length > 0 && transitions < 2500) {
      const top = stack[stack.length - 1]!;
      if (top.next >= top.count) {
        stack.pop();
        continue;
      }
      const option = top.next++;
      const hitsBefore = cached.cache!.hits;
      const a = cached.take(top.state, top.snaps[0], option);
      const b = plain.take(top.state, top.snaps[1], option);
      transitions++;
      expect(a).toEqual(b);
      expect(cached.position).toBe(plain.position);
      expect(cached.here()).toBe(plain.here());
      if (a.to >= 0 && (cached.cache!.hits > hitsBefore || transitions % 16 === 0)) {
        expect(saved(cached.story)).toBe(saved(plain.story));
        compared++;
      }
      if (a.to >= 0 && !done.has(a.to) && stack.length < 60) {
        done.add(a.to);
        stack.push({ state: a.to, snaps: [cached.snapshot(), plain.snapshot()], next: 0, count: cached.graph.options(a.to) });
      }
    }
    sameRecord(cached, plain);
    expect(cached.cache!.conflicts).toBe(0);
    expect(cached.cache!.hits).toBeGreaterThan(300);
    expect(compared).toBeGreaterThan(300);
  });

  it('leaves a search exactly as it finds it without the cache, in both echo passes', () => {
    const passes: Array<Record<string, boolean>> = [{}, { echo_face_chamber: true, echo_in_situ: true, echo_orchard_mother: true, echo_perfect_moment: true, echo_schism_record: true, echo_sona_genome: true }];
    for (const variables of passes) {
      const walkers = [new Walker(json, { seed: 0 }), new Walker(json, { seed: 0, cache: false })];
      for (const w of walkers) {
        w.setVariables(variables);
        search(w, { maxTransitions: 3000, maxStates: 1_000_000 });
      }
      sameRecord(walkers[0]!, walkers[1]!);
      expect(walkers[0]!.cache!.conflicts).toBe(0);
      expect(walkers[0]!.cache!.hits).toBeGreaterThan(500);
    }
  });
});
