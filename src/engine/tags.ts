// Ink tags as the story contract writes them: one key per tag, "key: value".

export interface Tag {
  key: string;
  value: string;
}

export function parseTag(raw: string): Tag {
  const text = raw.trim();
  const i = text.indexOf(':');
  if (i <= 0) return { key: text, value: '' };
  return { key: text.slice(0, i).trim(), value: text.slice(i + 1).trim() };
}

export function tagValue(tags: readonly string[] | null | undefined, key: string): string | undefined {
  for (const raw of tags ?? []) {
    const tag = parseTag(raw);
    if (tag.key === key) return tag.value;
  }
  return undefined;
}

export function hasTag(tags: readonly string[] | null | undefined, key: string): boolean {
  return (tags ?? []).some((raw) => parseTag(raw).key === key);
}

/** "# chapter: 2 The Lake" → { number: 2, title: "The Lake" }; a bare title gets number 0. */
export function parseChapter(value: string): { number: number; title: string } {
  const m = /^(\d+)\s*[.:-]?\s*(.*)$/.exec(value.trim());
  if (!m) return { number: 0, title: value.trim() };
  return { number: Number(m[1]), title: (m[2] ?? '').trim() };
}
