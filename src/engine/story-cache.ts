// Work done once per story text: a parsed Story ready to play, and facts scanned from its
// JSON (near tags, option counts, the version hash). The startup snapshot (src/snapshot.ts,
// built by scripts/build.mjs) fills this cache at build time, so a player's first line needs
// no parsing at all; without a snapshot everything is computed on first use, as before.
import type { Story } from './ink.js';
import { lazyStory, type SplitStory, splitStory } from './lazy-story.js';

interface Entry {
  json: string;
  story: Story | null;
  split: SplitStory | null;
  facts: Map<string, unknown>;
}

let entry: Entry | null = null;

function entryFor(json: string): Entry {
  if (entry === null || entry.json !== json) entry = { json, story: null, split: null, facts: new Map() };
  return entry;
}

/**
 * Readies `json` now so that the first session on it starts at once: the story split into
 * its knots (kept as text, which a startup snapshot stores and restores almost for free) and
 * a lazy Story on it (lazy-story.ts), whose knots are built as the session reaches them.
 */
export function primeStory(json: string): void {
  const e = entryFor(json);
  e.split = splitStory(json, true);
  e.story = lazyStory(e.split);
}

/**
 * A Story for `json` that belongs to one session: the primed one the first time, then a new
 * lazy Story on the same split, so no session waits for the whole story to be built.
 */
export function storyFor(json: string): Story {
  const e = entryFor(json);
  const story = e.story ?? lazyStory((e.split ??= splitStory(json)));
  e.story = null;
  return story;
}

/** `compute()` for this story text, computed once and kept while the story is the current one. */
export function storyFact<T>(json: string, key: string, compute: () => T): T {
  const facts = entryFor(json).facts;
  if (!facts.has(key)) facts.set(key, compute());
  return facts.get(key) as T;
}
