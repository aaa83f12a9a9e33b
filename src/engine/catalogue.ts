// The endings catalogue: every ending the story declares, read from its global tags
// ("# ending-title: id = Title", "# ending-hint: id = Hint") so the list lives in ink, not here.
import { parseTag } from './tags.js';

export interface EndingInfo {
  id: string;
  title: string;
  hint: string;
}

export type EndingCatalogue = readonly EndingInfo[];

function splitEntry(value: string): [string, string] | null {
  const i = value.indexOf('=');
  if (i <= 0) return null;
  return [value.slice(0, i).trim(), value.slice(i + 1).trim()];
}

export function readCatalogue(globalTags: readonly string[] | null | undefined): EndingCatalogue {
  const byId = new Map<string, EndingInfo>();
  for (const raw of globalTags ?? []) {
    const tag = parseTag(raw);
    if (tag.key !== 'ending-title' && tag.key !== 'ending-hint') continue;
    const entry = splitEntry(tag.value);
    if (!entry) continue;
    const [id, text] = entry;
    const info = byId.get(id) ?? { id, title: titleFromId(id), hint: '' };
    if (tag.key === 'ending-title') info.title = text;
    else info.hint = text;
    byId.set(id, info);
  }
  return [...byId.values()];
}

/** A readable title for an ending the catalogue does not list: "the-last-stand" → "The Last Stand". */
export function titleFromId(id: string): string {
  return id
    .split(/[-_]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

export function endingTitle(catalogue: EndingCatalogue, id: string): string {
  return catalogue.find((e) => e.id === id)?.title ?? titleFromId(id);
}
