// Shared test helpers: compile ink from the repository, and play a session by a list of choices.
import { fileURLToPath } from 'node:url';
import { compileInkFile } from '../src/story-files.js';
import { Session } from '../src/engine/session.js';
import type { StoryEvent } from '../src/engine/events.js';
import type { InkValue } from '../src/engine/story-state.js';

export const repoPath = (rel: string): string => fileURLToPath(new URL(`../${rel}`, import.meta.url));

const cache = new Map<string, string>();

/** Compiles an ink file (path relative to the repository) and fails loudly on any diagnostic. */
export function compiled(rel: string): string {
  const hit = cache.get(rel);
  if (hit) return hit;
  const result = compileInkFile(repoPath(rel));
  if (result.json === null || result.diagnostics.length > 0) {
    throw new Error(`${rel} does not compile cleanly: ${JSON.stringify(result.diagnostics)}`);
  }
  cache.set(rel, result.json);
  return result.json;
}

export interface Played {
  session: Session;
  events: StoryEvent[];
}

/** Plays `choices` (indices from 0) from the start and returns every event seen. */
export function playThrough(json: string, choices: number[], options: { seed?: number; variables?: Record<string, InkValue> } = {}): Played {
  const session = new Session(json, { seed: options.seed ?? 1, variables: options.variables ?? {} });
  const events: StoryEvent[] = [...session.advance()];
  for (const choice of choices) {
    session.choose(choice);
    events.push(...session.advance());
  }
  return { session, events };
}

export function lines(events: readonly StoryEvent[]): string[] {
  return events.flatMap((e) => (e.kind === 'line' ? [e.text] : []));
}
