// Soak: thousands of seeded random playthroughs through the engine, with saves, loads,
// rewinds and undos mixed in at random. After every step: every officer's loyalty is
// within 0-100, a save written now and loaded into a fresh session stands at exactly the
// same ink state, and ink has reported no error.
//
// The split, so `npm test` stays affordable on two shared cores:
// - 10,000 playthroughs of tests/fixtures/soak.ink, a compact story built on the real
//   story/state.ink (the clamps and Prime Directive rules under test), driven hard:
//   about 45,000 steps, each with a full save/load round trip, ~45 s of CPU;
// - a seeded batch of 16 playthroughs of the real story (dist/story.json): each is ~100
//   choices long, every one of them round-tripped, ~3 s of CPU with Acts III and V still
//   placeholders; the finished story may double that.
// A round trip costs as much as a step (ink replays the passage that led to the choice),
// so playing the real story 10,000 times would take most of an hour.
// INSURRECTION_SOAK=N multiplies both (INSURRECTION_SOAK=10 for a long local soak).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CREW_IDS } from '../../src/engine/crew.js';
import type { StoryEvent } from '../../src/engine/events.js';
import { compactSnapshots } from '../../src/engine/history.js';
import { seededRandom } from '../../src/engine/random-play.js';
import { Run } from '../../src/engine/run.js';
import { parseSave, serializeSave } from '../../src/engine/save-file.js';
import { Session } from '../../src/engine/session.js';
import { compiled, repoPath } from '../helpers.js';

const SCALE = Math.max(1, Number(process.env.INSURRECTION_SOAK) || 1);

interface SoakReport {
  runs: number;
  steps: number;
  endings: Record<string, number>;
  saves: number;
  loads: number;
  rewinds: number;
  undos: number;
  clampHits: number;
}

/** Writes the run as a save file and reads it back into `into`, as a later session would. */
function roundTrip(run: Run, into: Session): ReturnType<typeof Run.resume> {
  const record = run.record;
  const text = serializeSave({
    story: 'soak',
    storyVersion: 'v',
    slot: 'soak',
    savedAt: '2030-01-01T00:00:00.000Z',
    summary: { chapter: null, choices: record.steps.filter((s) => s.taken).length, ending: record.ending },
    run: { ...record, snapshots: compactSnapshots(record) },
  });
  return Run.resume(into, parseSave(text).run);
}

interface SoakPlan {
  runs: number;
  seed: number;
  /** A playthrough that has not ended after this many steps is left there. */
  maxSteps: number;
  /** Chances, per step, of a rewind and of a load of a fresh save; and of undoing a rewind just made. */
  rewind: number;
  load: number;
  undo: number;
  /** A rewind goes back at most this many choices (a long story must still reach its end). */
  rewindSpan: number;
}

function soak(json: string, plan: SoakPlan): SoakReport {
  const { runs, seed, maxSteps } = plan;
  const report: SoakReport = { runs, steps: 0, endings: {}, saves: 0, loads: 0, rewinds: 0, undos: 0, clampHits: 0 };
  // Two sessions, as two launches of the game: a load always goes into the other one.
  let session = new Session(json, { seed: 0 });
  let other = new Session(json, { seed: 0 });
  const random = seededRandom(seed);
  const pick = (n: number) => Math.floor(random() * n);
  const where = (r: number, step: number) => `run ${r} (seed ${seed + r}), step ${step}`;

  const check = (run: Run, events: readonly StoryEvent[], at: string): void => {
    const errors = events.filter((e) => e.kind === 'story-error');
    if (errors.length > 0) throw new Error(`${at}: ink reported ${JSON.stringify(errors)}`);
    const crew = run.session.crew;
    if (crew) {
      for (const id of CREW_IDS) {
        const v = crew[id];
        if (!(Number.isInteger(v) && v >= 0 && v <= 100)) throw new Error(`${at}: ${id}'s loyalty is ${v}`);
        if (v === 0 || v === 100) report.clampHits++;
      }
    }
    // Save now, load into the other session: the same ink state, options and history.
    // Both stories must stand in the same ink state (read as JSON), whether at a choice point
    // or at an ending.
    const loaded = roundTrip(run, other);
    report.saves++;
    const here = run.session.snapshot();
    const there = loaded.run.session.snapshot();
    if (here !== there) throw new Error(`${at}: the loaded state differs from the saved one`);
    if (JSON.stringify(loaded.run.record.steps) !== JSON.stringify(run.record.steps)) throw new Error(`${at}: the loaded history differs`);
    if (loaded.run.ending !== run.ending) throw new Error(`${at}: the loaded ending differs`);
  };

  for (let r = 0; r < runs; r++) {
    let run = Run.begin(session, { seed: seed + r, variables: {}, prelude: [] });
    let events = run.advance().events;
    check(run, events, where(r, 0));
    for (let step = 1; step <= maxSteps && !run.ending; step++) {
      report.steps++;
      const dice = random();
      const taken = run.history.filter((s) => s.taken).length;
      if (run.canUndoRewind && dice < plan.undo) {
        run.undoRewind();
        events = [...run.passage];
        report.undos++;
      } else if (dice < plan.rewind && taken > 0) {
        const span = Math.min(plan.rewindSpan, run.history.length);
        run.rewindTo(run.history.length - 1 - pick(span));
        events = [...run.passage];
        report.rewinds++;
      } else if (dice < plan.rewind + plan.load) {
        // Carry on in the loaded game: the session it was loaded into becomes the one in play.
        const loaded = roundTrip(run, other);
        [session, other] = [other, session];
        run = loaded.run;
        events = loaded.events;
        report.loads++;
      } else {
        run.choose(pick(session.options.length));
        events = run.advance().events;
      }
      check(run, events, where(r, step));
    }
    const ending = run.ending ?? '(none)';
    report.endings[ending] = (report.endings[ending] ?? 0) + 1;
  }
  return report;
}

describe('soak', () => {
  it('10,000 random playthroughs of a compact story keep loyalty in range, save and load exactly, and raise no ink error', () => {
    const plan = { runs: 10_000 * SCALE, seed: 1, maxSteps: 60, rewind: 0.08, load: 0.07, undo: 0.3, rewindSpan: 60 };
    const report = soak(compiled('tests/fixtures/soak.ink'), plan);
    expect(report.runs).toBe(10_000 * SCALE);
    // The soak did exercise what it claims to.
    expect(Object.keys(report.endings).sort()).toEqual(['alone', 'broken', 'held', 'late', 'spent']);
    expect(report.clampHits).toBeGreaterThan(1000);
    expect(Math.min(report.loads, report.rewinds, report.undos)).toBeGreaterThan(100);
  }, 600_000);

  it('a seeded batch of the real story does the same', () => {
    const json = readFileSync(repoPath('dist/story.json'), 'utf8');
    const report = soak(json, { runs: 16 * SCALE, seed: 1000, maxSteps: 600, rewind: 0.03, load: 0.04, undo: 0.3, rewindSpan: 4 });
    // Most runs reach an ending, and every step was checked.
    expect(report.endings['(none)'] ?? 0).toBeLessThanOrEqual(report.runs / 4);
    expect(report.saves).toBe(report.steps + report.runs);
    expect(Math.min(report.loads, report.rewinds)).toBeGreaterThan(10);
  }, 600_000);
});
