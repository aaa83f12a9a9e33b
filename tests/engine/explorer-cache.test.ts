import { describe, expect, it } from 'vitest';
import { compileInk } from '../../src/engine/compile.js';
import type { Story } from '../../src/engine/ink.js';
import { search } from '../../src/engine/explorer/search.js';
import { detach, type Snapshot } from '../../src/engine/explorer/stepper.js';
import { Walker } from '../../src/engine/explorer/walker.js';
import { compiled } from '../helpers.js';

// The transition cache (src/engine/explorer/transitions.ts) replays an option instead of
// running it when the state agrees with an earlier run on everything that run read. A
// walker with the cache must land, option for option, in exactly the state a walker without
// it reaches, as ink itself would save it (output aside), and record the same states, ends,
// issues and coverage.
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
  expect([...a.issues.entries()].map(([k, v]) => [k, [...v.at.data.slice(0, v.at.length)]])).toEqual(
    [...b.issues.entries()].map(([k, v]) => [k, [...v.at.data.slice(0, v.at.length)]]),
  );
  expect([...a.endingsSeen.keys()]).toEqual([...b.endingsSeen.keys()]);
  expect([...a.flowsVisited]).toEqual([...b.flowsVisited]);
  expect([...a.optionsTaken].sort()).toEqual([...b.optionsTaken].sort());
};

/**
 * Depth-first over both walkers in step, every option of every new state (to `depth`), until
 * `transitions` options are taken: the same arrival each time, and the same saved state after
 * every replay (and every `every`-th option).
 */
function lockstep(json: string, { transitions, every, depth = 60, cacheBytes }: { transitions: number; every: number; depth?: number; cacheBytes?: number }) {
  const cached = new Walker(json, { seed: 0, ...(cacheBytes !== undefined ? { cacheBytes } : {}) });
  const plain = new Walker(json, { seed: 0, cache: false });
  expect(cached.begin()).toEqual(plain.begin());
  type Frame = { state: number; snaps: [Snapshot, Snapshot]; next: number; count: number };
  const stack: Frame[] = [{ state: 0, snaps: [cached.root!, plain.root!], next: 0, count: cached.graph.options(0) }];
  const done = new Set<number>([0]);
  let compared = 0;
  let taken = 0;
  while (stack.length > 0 && taken < transitions) {
    const top = stack[stack.length - 1]!;
    if (top.next >= top.count) {
      stack.pop();
      continue;
    }
    const option = top.next++;
    const hitsBefore = cached.cache!.hits;
    const a = cached.take(top.state, top.snaps[0], option);
    const b = plain.take(top.state, top.snaps[1], option);
    taken++;
    expect(a).toEqual(b);
    expect(cached.here()).toBe(plain.here());
    if (a.to >= 0) {
      expect(cached.position).toBe(plain.position);
      if (cached.cache!.hits > hitsBefore || taken % every === 0) {
        expect(saved(cached.story)).toBe(saved(plain.story));
        compared++;
      }
      if (!done.has(a.to) && stack.length < depth) {
        done.add(a.to);
        stack.push({ state: a.to, snaps: [cached.snapshot(), plain.snapshot()], next: 0, count: cached.graph.options(a.to) });
      }
    }
  }
  sameRecord(cached, plain);
  expect(cached.cache!.conflicts).toBe(0);
  return { cached, compared };
}

// Everything ink can read or write on the way from one choice to the next, in one story:
// turn indices, TURNS(), RANDOM and shuffles, lists (an empty one given its origins on
// assignment, LIST_ALL of it), threads and tunnels offering options, a function with a
// reference parameter, once-only options, an invisible default, sequences, temporaries
// carried in the options' call stacks, a runtime error (RANDOM's bounds the wrong way
// round once there are three coins) and a loyalty out of range.
const kitchen = (turns: boolean) => `
LIST Colour = red, green, blue
LIST Shape = round, square
VAR paint = ()
VAR shape = (round)
VAR coins = 0
VAR loyalty_cat = 50
VAR name = "Ann"
VAR rolled = 0
-> hub
=== hub ===
{~Rain.|Sun.|Fog.}
{TURNS_SINCE(-> market) >= 0 && TURNS_SINCE(-> market) < 2: The market is still loud.}
~ temp here = coins
<- voices
+ {coins < 3} [Earn a coin]
    ~ add(coins)
    -> hub
* {coins >= 1} [Tunnel] -> side -> hub
* [Paint it red] -> paint_it(red)
* [Paint nothing]
    ~ paint = ()
    {LIST_COUNT(LIST_ALL(paint))} colours you could have had.
    -> hub
+ [Go to market] -> market
+ {hub > 3} [Roll]
    ~ rolled = RANDOM(1, 3)
    {rolled == 3:
        ~ loyalty_cat = loyalty_cat + 60
    }
    -> hub
* [Leave with {here} coins] -> ending
=== voices ===
+ {name == "Ann"} [Call for Bob]
    ~ name = "Bob"
    -> hub
=== function add(ref x)
~ x = x + 1
=== paint_it(c) ===
~ paint += c
~ shape = shape - round
{paint ? red: Red now.} {LIST_ALL(shape)}
-> hub
=== market ===
{&Stalls.|More stalls.|The same stalls.}
~ temp left = coins
* {left > 0} [Spend a coin]
    ~ coins = coins - 1
    -> market
+ [Back] -> hub
* -> hub
=== side ===
A side street.
* [Count to {coins}]
    ~ temp z = RANDOM(coins, 2)
    {z}
    ->->
* [Go back] ->->
=== ending ===
Goodbye, {name}. ${turns ? 'Turn {TURNS()}.' : ''} # ending: bye
-> END
`;

describe('the transition cache', () => {
  it('replays options into exactly the state ink reaches by running them, on the real story', () => {
    const { cached, compared } = lockstep(compiled('story/main.ink'), { transitions: 2500, every: 16 });
    expect(cached.cache!.hits).toBeGreaterThan(300);
    expect(compared).toBeGreaterThan(300);
  });

  it('replays exactly through turn indices, random, lists, threads, tunnels and references', () => {
    for (const [turns, cacheBytes] of [[false, undefined], [false, 150_000], [true, undefined]] as const) {
      const result = compileInk('kitchen.ink', { resolve: (n) => n, read: () => kitchen(turns) });
      expect(result.json).not.toBeNull();
      const { cached, compared } = lockstep(result.json!, { transitions: 3000, every: 1, depth: 40, ...(cacheBytes !== undefined ? { cacheBytes } : {}) });
      // (TURNS() anywhere puts the turn counter in every option's key: replays only at equal turns.)
      expect(cached.cache!.hits).toBeGreaterThan(cacheBytes ? 50 : 400);
      expect(compared).toBeGreaterThan(500);
      // The small bound makes the record start again, and replays stay exact.
      if (cacheBytes !== undefined) expect(cached.cache!.restarts).toBeGreaterThan(3);
      // The story does reach what it is built to: an error, a loyalty out of range, the ending.
      expect([...cached.issues.values()].map((i) => i.kind).sort()).toEqual(expect.arrayContaining(['error', 'loyalty']));
      expect([...cached.endingsSeen.keys()]).toEqual(['bye']);
    }
  });

  it('leaves a search exactly as it finds it without the cache, in both echo passes', () => {
    const json = compiled('story/main.ink');
    const passes: Array<Record<string, boolean>> = [
      {},
      { echo_face_chamber: true, echo_in_situ: true, echo_orchard_mother: true, echo_perfect_moment: true, echo_schism_record: true, echo_sona_genome: true },
    ];
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
