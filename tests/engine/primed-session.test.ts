// The startup snapshot plays a new player's first passage ahead of time (primed-session.ts,
// Session.playOpening). A game on that session must be the same game as one that starts
// from nothing: same passages, same state, same saves, for any seed, and only for a run whose
// variables match; and a story whose opening draws a random number must never be primed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/engine/random-play.js';
import { compileInk } from '../../src/engine/compile.js';
import { firstRunVariables, primeOpening, takePrimedSession } from '../../src/engine/primed-session.js';
import { Run } from '../../src/engine/run.js';
import { Session } from '../../src/engine/session.js';
import { repoPath } from '../helpers.js';

const real = readFileSync(repoPath('dist/story.json'), 'utf8');


/** Plays a whole run on `session` by a seeded pick, returning every passage and state. */
function playRun(session: Session, origin: { seed: number; variables: Record<string, string | number | boolean> }, pickSeed: number): string[] {
  const run = Run.begin(session, { ...origin, prelude: [] });
  const next = seededRandom(pickSeed);
  const seen: string[] = [];
  for (let n = 0; n < 400; n++) {
    const { events } = run.advance();
    seen.push(JSON.stringify(events), session.snapshot());
    if (events.at(-1)?.kind !== 'choices') break;
    run.choose(Math.floor(next() * session.options.length));
  }
  seen.push(JSON.stringify(run.record));
  return seen;
}

describe('a primed first passage', () => {
  it('gives the same whole runs as a session that starts from nothing, under any seed', () => {
    for (const seed of [0, 7, 123456, 2147483646]) {
      expect(primeOpening(real)).toBe(true);
      const primed = takePrimedSession(real, seed);
      if (!primed) throw new Error('no primed session');
      const fresh = new Session(real, { seed });
      const origin = { seed, variables: firstRunVariables(fresh) };
      expect(playRun(primed, origin, seed + 1)).toEqual(playRun(fresh, origin, seed + 1));
    }
  });

  it('is handed out once, and only for its own story', () => {
    expect(primeOpening(real)).toBe(true);
    expect(takePrimedSession('{"inkVersion":21,"root":[["done",null],"done",null]}', 1)).toBeNull();
    expect(takePrimedSession(real, 1)).not.toBeNull();
    expect(takePrimedSession(real, 1)).toBeNull();
  });

  it('starts over as usual for a run with other variables (a returning player)', () => {
    expect(primeOpening(real)).toBe(true);
    const primed = takePrimedSession(real, 5);
    if (!primed) throw new Error('no primed session');
    const fresh = new Session(real, { seed: 5 });
    const variables: Record<string, string | number | boolean> = { ...firstRunVariables(fresh), runs_completed: 2 };
    for (const name of fresh.echoVariables) variables[name] = true;
    expect(playRun(primed, { seed: 5, variables }, 9)).toEqual(playRun(fresh, { seed: 5, variables }, 9));
  });

  it('is refused for a story whose opening draws a random number', () => {
    const { json } = compileInk('main.ink', { resolve: (n) => n, read: () => 'VAR roll = 0\n~ roll = RANDOM(1, 6)\nYou roll {roll}.\n* [Again] -> END\n' });
    if (!json) throw new Error('fixture does not compile');
    expect(primeOpening(json)).toBe(false);
    expect(takePrimedSession(json, 3)).toBeNull();
  });
});
