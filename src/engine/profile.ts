// The player's profile for one story: what outlives a playthrough. Endings and secrets
// found, the choice points met with the options taken there, the text already read and
// the chapter starts reached. Pure: every update takes the clock's reading as an argument.
import type { ChoicePointId, OptionId } from './choice-point.js';
import type { Chapter, RouteStep } from './history.js';
import type { CheckpointReached, Progress } from './run.js';
import type { InkValue } from './story-state.js';

export interface EndingRecord {
  /** When it was first reached (ISO date and time). */
  first: string;
  times: number;
  /** Choices on the shortest route that reached it. */
  shortest: number;
}

export interface OptionRecord {
  text: string;
  taken: number;
  /** Where taking it led: choice point ids, or "end:<ending id>". */
  next: string[];
}

export interface PointRecord {
  chapter: Chapter | null;
  /** The last line before the options, to name the moment in the map. */
  label: string;
  options: Record<OptionId, OptionRecord>;
  /** The option taken here most recently. */
  last?: OptionId;
}

export interface CheckpointRecord {
  id: string;
  chapter: Chapter | null;
  seed: number;
  variables: Record<string, InkValue>;
  route: RouteStep[];
  state?: string;
  stateChapter?: Chapter | null;
  reached: string;
}

export interface Profile {
  runsStarted: number;
  runsCompleted: number;
  endings: Record<string, EndingRecord>;
  secrets: string[];
  /** Endings a `# near:` tag has shown the player to be close to. */
  near: string[];
  /** Keys of every line of text read, in any run (see lineKey). */
  seen: string[];
  /** The story version the map and the checkpoints belong to: choice paths change with it. */
  storyVersion: string;
  points: Record<ChoicePointId, PointRecord>;
  checkpoints: Record<string, CheckpointRecord>;
}

export function emptyProfile(storyVersion: string): Profile {
  return { runsStarted: 0, runsCompleted: 0, endings: {}, secrets: [], near: [], seen: [], storyVersion, points: {}, checkpoints: {} };
}

/** The profile for this version of the story: a new version keeps endings, secrets and text read, and starts a new map. */
export function forStoryVersion(profile: Profile, storyVersion: string): Profile {
  if (profile.storyVersion === storyVersion) return profile;
  return { ...profile, storyVersion, points: {}, checkpoints: {} };
}

export function recordRunStart(profile: Profile): Profile {
  return { ...profile, runsStarted: profile.runsStarted + 1 };
}

function union(a: readonly string[], b: readonly string[]): string[] {
  if (b.every((x) => a.includes(x))) return [...a];
  return [...new Set([...a, ...b])];
}

function withCheckpoint(checkpoints: Profile['checkpoints'], reached: CheckpointReached, now: string): Profile['checkpoints'] {
  const { id, chapter, seed, variables, route, state, stateChapter } = reached;
  const record: CheckpointRecord = { id, chapter, seed, variables, route, reached: now };
  if (state !== undefined) {
    record.state = state;
    record.stateChapter = stateChapter ?? null;
  }
  return { ...checkpoints, [id]: record };
}

/** Folds what a stretch of story showed into the profile. `now` is an ISO date and time. */
export function recordProgress(profile: Profile, progress: Progress, now: string): Profile {
  const points = { ...profile.points };
  if (progress.from) {
    const { point, option } = progress.from;
    const prev = points[point];
    const rec = prev?.options[option];
    if (prev && rec) {
      const target = progress.point ? progress.point.id : progress.ending ? `end:${progress.ending.id}` : null;
      const next = target === null || rec.next.includes(target) ? rec.next : [...rec.next, target];
      points[point] = { ...prev, last: option, options: { ...prev.options, [option]: { ...rec, taken: rec.taken + 1, next } } };
    }
  }
  if (progress.point) {
    const { id, chapter, label, options } = progress.point;
    const prev = points[id];
    const merged: Record<OptionId, OptionRecord> = { ...(prev?.options ?? {}) };
    for (const o of options) merged[o.id] = { text: o.text, taken: merged[o.id]?.taken ?? 0, next: merged[o.id]?.next ?? [] };
    points[id] = { ...prev, chapter: prev?.chapter ?? chapter, label: prev?.label || label, options: merged };
  }
  let checkpoints = profile.checkpoints;
  for (const c of progress.checkpoints) checkpoints = withCheckpoint(checkpoints, c, now);
  let { endings, runsCompleted } = profile;
  if (progress.ending) {
    const { id, route } = progress.ending;
    const prev = endings[id];
    endings = { ...endings, [id]: prev ? { ...prev, times: prev.times + 1, shortest: Math.min(prev.shortest, route) } : { first: now, times: 1, shortest: route } };
    runsCompleted += 1;
  }
  return {
    ...profile,
    runsCompleted,
    endings,
    points,
    checkpoints,
    secrets: union(profile.secrets, progress.secrets),
    near: union(profile.near, progress.near),
    seen: union(profile.seen, progress.lines),
  };
}

/**
 * The variables a new run starts with (story bible §6.2): `echo_<name>` is true once
 * the secret `<name>` was found, or the ending whose id is `<name>` with dashes for
 * underscores was reached; `runs_completed` counts runs that reached an ending.
 */
export function echoVariables(profile: Profile, declared: { echoes: readonly string[]; runsCompleted: boolean }): Record<string, InkValue> {
  const found = new Set([...profile.secrets, ...Object.keys(profile.endings).map((id) => id.replace(/-/g, '_'))]);
  const out: Record<string, InkValue> = {};
  for (const name of declared.echoes) out[name] = found.has(name.slice('echo_'.length));
  if (declared.runsCompleted) out.runs_completed = profile.runsCompleted;
  return out;
}

/** Options at a point the player has never taken; empty for a point never met. */
export function untakenOptions(profile: Profile, point: ChoicePointId): OptionId[] {
  const rec = profile.points[point];
  return rec ? Object.entries(rec.options).filter(([, o]) => o.taken === 0).map(([id]) => id) : [];
}
