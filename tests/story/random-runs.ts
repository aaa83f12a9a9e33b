// Seeded random playthroughs of the real story on one parsed Story (reset between runs, as a
// player's game reuses its story): each must end in a tagged ending with no ink error or warning.
import { expect } from 'vitest';
import { Story } from '../../src/engine/ink.js';
import { seededRandom, tagValue } from '../../src/engine/random-play.js';
import { readFileSync } from 'node:fs';
import { repoPath } from '../helpers.js';

export function playRandomRuns(firstSeed: number, count: number): void {
  const story = new Story(readFileSync(repoPath('dist/story.json'), 'utf8'));
  const errors: string[] = [];
  story.onError = (message: string) => errors.push(message);
  const endings = new Map<string, number>();
  for (let seed = firstSeed; seed < firstSeed + count; seed++) {
    story.ResetState();
    story.state.storySeed = seed;
    story.state.previousRandom = 0;
    const pick = seededRandom(seed * 7919 + 1);
    let ending: string | null = null;
    for (let guard = 0; guard < 1000; guard++) {
      while (story.canContinue) {
        story.Continue();
        ending = tagValue(story.currentTags, 'ending') ?? ending;
      }
      const n = story.currentChoices.length;
      if (n === 0) break;
      story.ChooseChoiceIndex(Math.floor(pick() * n));
    }
    expect(errors, `seed ${seed}`).toEqual([]);
    expect(story.currentChoices.length, `seed ${seed}: still choosing after 1000 choices`).toBe(0);
    expect(ending, `seed ${seed}: stopped without an ending tag`).not.toBeNull();
    endings.set(ending as string, (endings.get(ending as string) ?? 0) + 1);
  }
  // Random play is a poor player, but over a thousand runs it still finds most endings.
  expect(endings.size).toBeGreaterThanOrEqual(8);
}
