// The branch map as data: the choice points met in every run, chapter by chapter, in
// the order the story leads through them, with the options taken and never taken,
// the endings reached and where the current run stands. The TUI draws it.
import { endingTitle, type EndingCatalogue } from './catalogue.js';
import type { ChoicePointId } from './choice-point.js';
import type { Chapter } from './history.js';
import type { PointRecord, Profile } from './profile.js';

export type MapTarget =
  | { kind: 'point'; number: number }
  | { kind: 'chapter'; number: number; title: string }
  | { kind: 'ending'; id: string; title: string };

export interface MapOption {
  text: string;
  taken: boolean;
  /** Taken on the way to where the current run stands. */
  onRoute: boolean;
  to: MapTarget[];
}

export interface MapPoint {
  /** Numbered across the whole map, so a line can point to another. */
  number: number;
  id: ChoicePointId;
  label: string;
  here: boolean;
  options: MapOption[];
}

export interface MapChapter {
  number: number;
  title: string;
  points: MapPoint[];
  taken: number;
  offered: number;
  current: boolean;
}

export interface BranchMap {
  chapters: MapChapter[];
  taken: number;
  offered: number;
  /** Every option written in the story, reached or not, when known. */
  storyOptions: number | null;
}

export interface MapContext {
  /** The choice point the current run stands at (null after an ending). */
  here: ChoicePointId | null;
  /** The current run's route: each point and the text of the option taken there. */
  route: { point: ChoicePointId; text: string }[];
  /** The chapter the current run is in. */
  chapter: Chapter | null;
  catalogue: EndingCatalogue;
  storyOptions: number | null;
}

/** How many options a compiled story writes: each choice point object is `{"*": …}`. */
export function countStoryOptions(storyJson: string): number {
  return storyJson.split('{"*":').length - 1;
}

const chapterKey = (c: Chapter | null): number => c?.number ?? 0;

/** Points of one chapter in the order the story leads through them: depth first from its entries. */
function orderPoints(ids: ChoicePointId[], points: Record<ChoicePointId, PointRecord>): ChoicePointId[] {
  const inChapter = new Set(ids);
  const targets = new Set(ids.flatMap((id) => Object.values(points[id]?.options ?? {}).flatMap((o) => o.next)));
  const entries = ids.filter((id) => !targets.has(id));
  const order: ChoicePointId[] = [];
  const seen = new Set<ChoicePointId>();
  const visit = (id: ChoicePointId): void => {
    if (seen.has(id) || !inChapter.has(id)) return;
    seen.add(id);
    order.push(id);
    for (const o of Object.values(points[id]?.options ?? {})) for (const next of o.next) visit(next);
  };
  for (const id of [...entries, ...ids]) visit(id);
  return order;
}

export function branchMap(profile: Profile, context: MapContext): BranchMap {
  const byChapter = new Map<number, { chapter: Chapter | null; ids: ChoicePointId[] }>();
  for (const [id, rec] of Object.entries(profile.points)) {
    const key = chapterKey(rec.chapter);
    const group = byChapter.get(key) ?? { chapter: rec.chapter, ids: [] };
    group.ids.push(id);
    byChapter.set(key, group);
  }
  const groups = [...byChapter.entries()].sort((a, b) => a[0] - b[0]);
  const numberOf = new Map<ChoicePointId, number>();
  const ordered = groups.map(([key, g]) => ({ key, chapter: g.chapter, ids: orderPoints(g.ids, profile.points) }));
  for (const g of ordered) for (const id of g.ids) numberOf.set(id, numberOf.size + 1);
  const onRoute = new Set(context.route.map((r) => `${r.point}\u0000${r.text}`));
  const current = chapterKey(context.chapter);

  const target = (next: string, from: number): MapTarget | null => {
    if (next.startsWith('end:')) {
      const id = next.slice(4);
      return { kind: 'ending', id, title: endingTitle(context.catalogue, id) };
    }
    const rec = profile.points[next];
    const number = numberOf.get(next);
    if (!rec || number === undefined) return null;
    const key = chapterKey(rec.chapter);
    if (key !== from) return { kind: 'chapter', number: key, title: rec.chapter?.title ?? '' };
    return { kind: 'point', number };
  };

  const chapters: MapChapter[] = ordered.map(({ key, chapter, ids }) => {
    let taken = 0;
    let offered = 0;
    const points: MapPoint[] = ids.map((id) => {
      const rec = profile.points[id] as PointRecord;
      const options: MapOption[] = Object.values(rec.options).map((o) => {
        offered += 1;
        if (o.taken > 0) taken += 1;
        return {
          text: o.text,
          taken: o.taken > 0,
          onRoute: onRoute.has(`${id}\u0000${o.text}`),
          to: o.next.map((n) => target(n, key)).filter((t): t is MapTarget => t !== null),
        };
      });
      return { number: numberOf.get(id) ?? 0, id, label: rec.label, here: id === context.here, options };
    });
    return { number: key, title: chapter?.title ?? '', points, taken, offered, current: key === current };
  });
  const taken = chapters.reduce((n, c) => n + c.taken, 0);
  const offered = chapters.reduce((n, c) => n + c.offered, 0);
  return { chapters, taken, offered, storyOptions: context.storyOptions };
}

export function percent(part: number, whole: number): number {
  return whole <= 0 ? 0 : Math.floor((part / whole) * 100);
}
