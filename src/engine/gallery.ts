// The endings gallery: every ending the story declares, found ones by title, unfound
// ones as ??? with the author's hint once the player is close to them.
import { titleFromId, type EndingCatalogue } from './catalogue.js';
import type { EndingRecord, Profile } from './profile.js';

export interface GalleryEntry {
  id: string;
  /** The title once found; null while it is still ???. */
  title: string | null;
  /** The author's hint, shown for an unfound ending the player is close to. */
  hint: string | null;
  found: EndingRecord | null;
}

export interface Gallery {
  entries: GalleryEntry[];
  found: number;
  /** Endings the story declares (null when it declares none: then only found ones are known). */
  total: number | null;
}

/**
 * The ending ids named by `# near:` tags anywhere in a compiled story. An ending the
 * story never marks this way counts as close once the player has finished a run.
 */
export function nearTagsIn(storyJson: string): Set<string> {
  const ids = new Set<string>();
  for (const m of storyJson.matchAll(/"\^?near:\s*([A-Za-z0-9_-]+)\s*"/g)) if (m[1]) ids.add(m[1]);
  return ids;
}

export function isClose(profile: Profile, id: string, marked: ReadonlySet<string>): boolean {
  return marked.has(id) ? profile.near.includes(id) : profile.runsCompleted > 0;
}

export function gallery(profile: Profile, catalogue: EndingCatalogue, marked: ReadonlySet<string>): Gallery {
  const entries: GalleryEntry[] = catalogue.map((e) => {
    const found = profile.endings[e.id] ?? null;
    if (found) return { id: e.id, title: e.title, hint: e.hint || null, found };
    const hint = e.hint && isClose(profile, e.id, marked) ? e.hint : null;
    return { id: e.id, title: null, hint, found: null };
  });
  // Endings the catalogue does not list still count once reached (other ink stories).
  for (const [id, found] of Object.entries(profile.endings)) {
    if (!catalogue.some((e) => e.id === id)) entries.push({ id, title: titleFromId(id), hint: null, found });
  }
  const found = entries.filter((e) => e.found).length;
  return { entries, found, total: catalogue.length > 0 ? entries.length : null };
}
