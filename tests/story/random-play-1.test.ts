// Issue 4: 2,000 seeded random playthroughs (split over two files so they run in parallel).
import { describe, it } from 'vitest';
import { playRandomRuns } from './random-runs.js';

describe('random play of the whole story', () => {
  it('ends every one of 1,000 seeded runs (seeds 1000-1999) in a tagged ending, with no ink error', () => {
    playRandomRuns(1000, 1000);
  }, 600_000);
});
