// A lazy story (src/engine/lazy-story.ts) builds each knot the first time the story reaches
// it. It must be the same story as inkjs's own `new Story(json)` in everything: text, tags,
// choices, variables, saved state, errors; and it must really leave unreached knots unbuilt.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/engine/random-play.js';
import { Story } from '../../src/engine/ink.js';
import { lazyStory, splitStory, unbuiltKnots } from '../../src/engine/lazy-story.js';
import { compileInk } from '../../src/engine/compile.js';
import { repoPath } from '../helpers.js';

const real = readFileSync(repoPath('dist/story.json'), 'utf8');

/** Compiles a one-file ink story given as text. */
function ink(source: string): string {
  const { json, diagnostics } = compileInk('main.ink', { resolve: (n) => n, read: () => source });
  if (!json || diagnostics.length > 0) throw new Error(`fixture does not compile: ${JSON.stringify(diagnostics)}`);
  return json;
}


/** Everything a player or a save could see of one step. */
function step(story: Story, withState = true): string {
  const lines: string[] = [];
  while (story.canContinue) lines.push(`${story.Continue()}#${(story.currentTags ?? []).join('|')}`);
  const choices = story.currentChoices.map((c) => `${c.text}@${c.sourcePath}#${(c.tags ?? []).join('|')}`);
  return JSON.stringify({ lines, choices, state: withState ? story.state.ToJson() : '' });
}

describe('lazyStory', () => {
  it('keeps the knots as text until they are reached', () => {
    const split = splitStory(real, true);
    expect(split.knots.size).toBeGreaterThan(100);
    const story = lazyStory(split);
    expect(unbuiltKnots(story)).toBe(split.knots.size);
    while (story.canContinue) story.Continue();
    const left = unbuiltKnots(story);
    // The opening builds the knots it runs (the act, its helpers), not the story.
    expect(left).toBeLessThan(split.knots.size);
    expect(left).toBeGreaterThan(split.knots.size - 30);
    expect(unbuiltKnots(new Story(real))).toBe(0);
  });

  it('plays 40 random runs of the real story exactly as inkjs does, step by step', () => {
    const split = splitStory(real, true);
    const eager = new Story(real);
    for (let run = 0; run < 40; run++) {
      const next = seededRandom(run + 1);
      const seed = Math.floor(next() * 100000);
      eager.ResetState();
      const lazy = lazyStory(run % 2 === 0 ? split : splitStory(real));
      for (const s of [eager, lazy]) {
        s.state.storySeed = seed;
        s.state.previousRandom = 0;
      }
      for (let n = 0; n < 400; n++) {
        // The full saved state every few steps and at the end; text, tags and choices always.
        const withState = n % 8 === 0 || eager.currentChoices.length === 0;
        const a = step(eager, withState);
        expect(step(lazy, withState), `run ${run}, step ${n}`).toBe(a);
        if (eager.currentChoices.length === 0) break;
        const pick = Math.floor(next() * eager.currentChoices.length);
        eager.ChooseChoiceIndex(pick);
        lazy.ChooseChoiceIndex(pick);
      }
      expect(lazy.state.ToJson()).toBe(eager.state.ToJson());
    }
  });

  it('loads a state saved by an ordinary story deep in the game, and the reverse', () => {
    const eager = new Story(real);
    const next = seededRandom(99);
    for (let n = 0; n < 60 && (eager.canContinue || eager.currentChoices.length > 0); n++) {
      while (eager.canContinue) eager.Continue();
      if (eager.currentChoices.length > 0) eager.ChooseChoiceIndex(Math.floor(next() * eager.currentChoices.length));
    }
    const saved = eager.state.ToJson();
    const lazy = lazyStory(splitStory(real, true));
    lazy.state.LoadJson(saved);
    expect(lazy.state.ToJson()).toBe(saved);
    expect(step(lazy)).toBe(step(eager));
    const back = new Story(real);
    back.state.LoadJson(lazy.state.ToJson());
    expect(back.state.ToJson()).toBe(lazy.state.ToJson());
  });

  it('is the same compiled story once every knot is built', () => {
    const lazy = lazyStory(splitStory(real, true));
    expect(lazy.ToJson()).toBe(new Story(real).ToJson());
    expect(unbuiltKnots(lazy)).toBe(0);
  });

  it('evaluates functions and reads knot visit counts by name', () => {
    const json = ink(
      'VAR n = 0\n-> start\n=== start ===\nHello.\n* [Go] -> other\n=== other ===\n~ n = twice(3)\n{other} visits.\n-> END\n=== function twice(x) ===\n~ return x * 2\n',
    );
    const eager = new Story(json);
    const lazy = lazyStory(splitStory(json, true));
    // inkjs seeds each new story from the clock: give both the same seed.
    for (const s of [eager, lazy]) s.state.storySeed = 1;
    expect(lazy.EvaluateFunction('twice', [21])).toBe(eager.EvaluateFunction('twice', [21]));
    expect(step(lazy)).toBe(step(eager));
    lazy.ChooseChoiceIndex(0);
    eager.ChooseChoiceIndex(0);
    expect(step(lazy)).toBe(step(eager));
    expect(lazy.variablesState.$('n')).toBe(6);
  });

  it('reports a missing external function in inkjs’s words, where the story reaches it', () => {
    const json = ink('EXTERNAL ping()\n-> start\n=== start ===\nHello.\n* [Call] -> calls\n=== calls ===\n~ ping()\n-> END\n');
    const eager = new Story(json);
    let eagerError = '';
    try {
      eager.Continue();
    } catch (err) {
      eagerError = String(err);
    }
    expect(eagerError).toMatch(/Missing function binding for external.*ping/);
    const lazy = lazyStory(splitStory(json, true));
    // The knot that calls it is built (and checked) only when the story goes there.
    expect(lazy.Continue()).toBe('Hello.\n');
    lazy.ChooseChoiceIndex(0);
    let lazyError = '';
    try {
      lazy.Continue();
    } catch (err) {
      lazyError = String(err);
    }
    // inkjs raises it before the first line; the lazy story raises it where the story calls
    // the function, as an ink runtime error at that point, with inkjs's wording.
    expect(lazyError).toContain(eagerError.replace(/^StoryException: /, ''));
    expect(lazyError).toContain('start.0.c-0');
  });
});
