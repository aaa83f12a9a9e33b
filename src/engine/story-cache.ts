// Work done once per story text: a parsed Story ready to play, and facts scanned from its
// JSON (near tags, option counts, the version hash). The startup snapshot (src/snapshot.ts,
// built by scripts/build.mjs) fills this cache at build time, so a player's first line needs
// no parsing at all; without a snapshot everything is computed on first use, as before.
import { Story } from './ink.js';

interface Entry {
  json: string;
  story: Story | null;
  facts: Map<string, unknown>;
}

let entry: Entry | null = null;

function entryFor(json: string): Entry {
  if (entry === null || entry.json !== json) entry = { json, story: null, facts: new Map() };
  return entry;
}

/** Parses `json` now so that the first session on it starts at once. */
export function primeStory(json: string): void {
  const story = new Story(json);
  // The first Continue() walks the whole story checking its external functions; done here,
  // that walk is paid once at build time instead of before the player's first line.
  story.ValidateExternalBindings();
  entryFor(json).story = story;
}

/**
 * The primed Story for `json`, handed out once (a story object belongs to one session);
 * a fresh parse after that.
 */
export function storyFor(json: string): Story {
  const e = entryFor(json);
  const story = e.story ?? new Story(json);
  e.story = null;
  return story;
}

/** `compute()` for this story text, computed once and kept while the story is the current one. */
export function storyFact<T>(json: string, key: string, compute: () => T): T {
  const facts = entryFor(json).facts;
  if (!facts.has(key)) facts.set(key, compute());
  return facts.get(key) as T;
}
