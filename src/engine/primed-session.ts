// A session made ahead of time (by the startup snapshot, src/snapshot.ts) that has already
// played the first passage a new player's first run shows: the variables of an empty profile
// (no echoes, no runs completed), under any seed, since Session.playOpening checks that the
// opening draws no random number. The game takes it instead of making its own, and a first
// run then starts with its passage ready. Any other run (echoes set, a saved game, a
// checkpoint...) restarts the story as usual, so nothing but the time differs.
import { echoVariables, emptyProfile } from './profile.js';
import { Session } from './session.js';
import { declares } from './story-state.js';

let primed: { json: string; session: Session } | null = null;

/** The variables a player with an empty profile starts a run with (Logbook.newOrigin). */
export function firstRunVariables(session: Session): ReturnType<typeof echoVariables> {
  return echoVariables(emptyProfile(''), { echoes: session.echoVariables, runsCompleted: declares(session.story, 'runs_completed') });
}

/** Plays the opening of `json` for a first run now; keeps the session if that is sound. */
export function primeOpening(json: string): boolean {
  const session = new Session(json, { seed: 0 });
  const ok = session.playOpening(firstRunVariables(session), new Session(json, { seed: 0 }));
  primed = ok ? { json, session } : null;
  return ok;
}

/** The primed session for `json`, handed out once, with the player's seed; else null. */
export function takePrimedSession(json: string, seed: number): Session | null {
  if (primed === null || primed.json !== json) return null;
  const { session } = primed;
  primed = null;
  session.reseed(seed);
  return session;
}
