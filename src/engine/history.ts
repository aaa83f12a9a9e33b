// The engine's own record of a run: how it began, each choice point met and the option
// taken there, and sparse ink-state snapshots. With the ink state this is a whole save.
import type { ChoicePointId } from './choice-point.js';
import type { InkValue } from './story-state.js';

export interface Chapter {
  number: number;
  title: string;
}

/** One choice made: which option, out of how many (a run code needs both). */
export interface RouteStep {
  index: number;
  count: number;
}

/** How a run began: enough to stand at its first choice point again, exactly. */
export interface RunOrigin {
  seed: number;
  /** Set before the first line: echoes, runs_completed. */
  variables: Record<string, InkValue>;
  /** Choices an earlier run made before this one took over at a chapter start; [] for a new game. */
  prelude: RouteStep[];
  /** The ink state at the last prelude choice point, so the prelude need not be replayed. */
  preludeState?: string;
  preludeChapter?: Chapter | null;
  /** Show text from this checkpoint tag on; what came before it belongs to the earlier run. */
  checkpoint?: string;
}

/** A choice point met in this run, and the option taken there once it is taken. */
export interface Step {
  point: ChoicePointId;
  chapter: Chapter | null;
  count: number;
  taken?: { index: number; text: string };
}

export interface RunRecord {
  origin: RunOrigin;
  steps: Step[];
  /** Ink state at step i, before its option was taken. Any may be missing: replay fills them. */
  snapshots: Record<number, string>;
  ending: string | null;
}

/** The whole route from the story's first line: what a run code encodes. */
export function routeOf(record: Pick<RunRecord, 'origin' | 'steps'>): RouteStep[] {
  const own = record.steps.flatMap((s) => (s.taken ? [{ index: s.taken.index, count: s.count }] : []));
  return [...record.origin.prelude, ...own];
}

/**
 * Keeps a save small: the snapshot a load needs (the last choice point before the
 * present), then older ones spaced out, newest first, while they fit in `budget`
 * characters. A rewind past them replays from the nearest one that was kept.
 */
export function compactSnapshots(record: RunRecord, budget = 24_000, spacing = 16): Record<number, string> {
  const last = record.steps.length - 1;
  const present = record.steps[last]?.taken ? last : last - 1;
  const kept: Record<number, string> = {};
  let used = 0;
  const keep = (i: number): boolean => {
    const state = record.snapshots[i];
    if (state === undefined) return true;
    if (used + state.length > budget && used > 0) return false;
    kept[i] = state;
    used += state.length;
    return true;
  };
  if (present >= 0) keep(present);
  for (let i = Math.floor((present - 1) / spacing) * spacing; i > 0; i -= spacing) {
    if (!keep(i)) break;
  }
  return kept;
}
