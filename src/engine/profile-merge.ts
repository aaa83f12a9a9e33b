// Two games on one data directory: a three-way merge of the profile, so that neither
// game's endings, secrets or map are lost when both write it. Pure.
import type { CheckpointRecord, EndingRecord, OptionRecord, PointRecord, Profile } from './profile.js';

/** A counter both games may have raised since `base`: theirs plus what mine added. */
const grow = (base: number, mine: number, theirs: number): number => theirs + Math.max(0, mine - base);

const own = <T>(rec: Record<string, T>, key: string): T | undefined => (Object.hasOwn(rec, key) ? rec[key] : undefined);

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}

/** Each key of either record, merged by `both` when both have it. */
function mergeRecords<T>(mine: Record<string, T>, theirs: Record<string, T>, both: (key: string, m: T, t: T) => T): Record<string, T> {
  const out: Record<string, T> = { ...theirs };
  for (const [key, m] of Object.entries(mine)) {
    const t = own(theirs, key);
    out[key] = t === undefined ? m : both(key, m, t);
  }
  return out;
}

function mergeEnding(base: EndingRecord | undefined, m: EndingRecord, t: EndingRecord): EndingRecord {
  return {
    first: m.first < t.first ? m.first : t.first,
    times: grow(base?.times ?? 0, m.times, t.times),
    shortest: Math.min(m.shortest, t.shortest),
  };
}

function mergePoint(base: PointRecord | undefined, m: PointRecord, t: PointRecord): PointRecord {
  const options = mergeRecords<OptionRecord>(m.options, t.options, (id, mo, to) => ({
    text: mo.text,
    taken: grow(base ? (own(base.options, id)?.taken ?? 0) : 0, mo.taken, to.taken),
    next: union(to.next, mo.next),
  }));
  const point: PointRecord = { chapter: m.chapter ?? t.chapter, label: m.label || t.label, options };
  const last = m.last ?? t.last;
  if (last !== undefined) point.last = last;
  return point;
}

const laterCheckpoint = (m: CheckpointRecord, t: CheckpointRecord): CheckpointRecord => (t.reached > m.reached ? t : m);

/**
 * What to write when another game changed the profile on disk (`theirs`) since this one
 * read it (`base`) and went on to record `mine`: everything found in either, with counts
 * that add up. Story versions differ only if the games do; mine wins the map then.
 */
export function mergeProfiles(base: Profile, mine: Profile, theirs: Profile): Profile {
  const sameMap = theirs.storyVersion === mine.storyVersion;
  const baseFor = <T>(pick: (p: Profile) => Record<string, T>, key: string): T | undefined => own(pick(base), key);
  return {
    runsStarted: grow(base.runsStarted, mine.runsStarted, theirs.runsStarted),
    runsCompleted: grow(base.runsCompleted, mine.runsCompleted, theirs.runsCompleted),
    endings: mergeRecords(mine.endings, theirs.endings, (id, m, t) => mergeEnding(baseFor((p) => p.endings, id), m, t)),
    secrets: union(theirs.secrets, mine.secrets),
    near: union(theirs.near, mine.near),
    seen: union(theirs.seen, mine.seen),
    storyVersion: mine.storyVersion,
    points: sameMap ? mergeRecords(mine.points, theirs.points, (id, m, t) => mergePoint(baseFor((p) => p.points, id), m, t)) : mine.points,
    checkpoints: sameMap ? mergeRecords(mine.checkpoints, theirs.checkpoints, (_id, m, t) => laterCheckpoint(m, t)) : mine.checkpoints,
  };
}
