// Helpers for the replay tests: play the saga fixture into a profile with a fixed clock.
import { recordProgress, emptyProfile, type Profile } from '../../src/engine/profile.js';
import { Run } from '../../src/engine/run.js';
import { Session } from '../../src/engine/session.js';
import { compiled } from '../helpers.js';

export const saga = (): string => compiled('tests/fixtures/saga.ink');

/** A clock that ticks one minute per reading, from a fixed date. */
export function fixedClock(start = '2026-01-02T03:04:00.000Z'): () => string {
  let t = Date.parse(start);
  return () => {
    const now = new Date(t).toISOString();
    t += 60_000;
    return now;
  };
}

/** Plays each route (option indices) as a run of the saga, folding every stretch into the profile. */
export function playRuns(routes: number[][], profile: Profile = emptyProfile('v1'), clock = fixedClock()): { profile: Profile; run: Run } {
  const session = new Session(saga(), { seed: 1 });
  let run = Run.begin(session, { seed: 1, variables: {}, prelude: [] });
  let p = profile;
  for (const route of routes) {
    run = Run.begin(session, { seed: 1, variables: {}, prelude: [] });
    p = recordProgress(p, run.advance().progress, clock());
    for (const choice of route) {
      run.choose(choice);
      p = recordProgress(p, run.advance().progress, clock());
    }
  }
  return { profile: p, run };
}
