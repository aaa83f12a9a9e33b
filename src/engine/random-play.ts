// Seeded random playthroughs of a compiled story: the quick check writers and tests run
// before the explorer's full search. Pure: takes story JSON, returns what happened.
import { Story } from './ink.js';
import { setVariables, type InkValue } from './story-state.js';

export interface PlaythroughOptions {
  seed: number;
  /** Knot or knot.stitch to start at instead of the story's beginning. */
  startAt?: string;
  /** Ink variables to set before the first line (echoes, or state for a mid-story start). */
  variables?: Record<string, InkValue>;
  /** Give up after this many choices (a loop the player could take forever). */
  maxChoices?: number;
}

export interface PlaythroughResult {
  seed: number;
  /** The option index taken at each choice point, from 0. */
  path: number[];
  ending: string | null;
  /** Ended with no choices and no `# ending:` tag. */
  deadEnd: boolean;
  /** Stopped at maxChoices. */
  exhausted: boolean;
  errors: string[];
  warnings: string[];
  words: number;
  /** Knot names entered, in order of first visit. */
  knots: string[];
  lastText: string;
}

/** mulberry32: small, fast and good enough to pick options. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function tagValue(tags: readonly string[] | null | undefined, key: string): string | null {
  if (!tags) return null;
  for (const tag of tags) {
    const i = tag.indexOf(':');
    if (i > 0 && tag.slice(0, i).trim() === key) return tag.slice(i + 1).trim();
  }
  return null;
}

function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/).length;
}

export function randomPlaythrough(storyJson: string | object, options: PlaythroughOptions): PlaythroughResult {
  const story = new Story(storyJson as string);
  const errors: string[] = [];
  const warnings: string[] = [];
  story.onError = (message, type) => {
    // ErrorType: Author = 0, Warning = 1, Error = 2
    if (type === 2) errors.push(message);
    else warnings.push(message);
  };
  story.state.storySeed = options.seed;
  setVariables(story, options.variables);
  if (options.startAt) story.ChoosePathString(options.startAt);
  const random = seededRandom(options.seed);
  const maxChoices = options.maxChoices ?? 2000;
  const path: number[] = [];
  const knots: string[] = [];
  let ending: string | null = null;
  let words = 0;
  let lastText = '';
  const noteKnot = () => {
    const p = story.state.currentPathString;
    if (!p) return;
    const knot = p.split('.')[0] ?? '';
    if (knot && !knots.includes(knot)) knots.push(knot);
  };
  for (;;) {
    while (story.canContinue) {
      noteKnot();
      let text: string;
      try {
        text = story.Continue() ?? '';
      } catch (err) {
        errors.push(err instanceof Error ? err.message : String(err));
        return { seed: options.seed, path, ending, deadEnd: false, exhausted: false, errors, warnings, words, knots, lastText };
      }
      noteKnot();
      if (text.trim()) lastText = text.trim();
      words += countWords(text);
      const id = tagValue(story.currentTags, 'ending');
      if (id) ending = id;
    }
    const choices = story.currentChoices;
    if (choices.length === 0) {
      return { seed: options.seed, path, ending, deadEnd: ending === null, exhausted: false, errors, warnings, words, knots, lastText };
    }
    if (path.length >= maxChoices) {
      return { seed: options.seed, path, ending, deadEnd: false, exhausted: true, errors, warnings, words, knots, lastText };
    }
    const pick = Math.floor(random() * choices.length);
    path.push(pick);
    try {
      story.ChooseChoiceIndex(pick);
    } catch (err) {
      errors.push(err instanceof Error ? err.message : String(err));
      return { seed: options.seed, path, ending, deadEnd: false, exhausted: false, errors, warnings, words, knots, lastText };
    }
  }
}
