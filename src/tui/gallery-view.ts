// The endings gallery as text: found endings by title with when and how often, the
// rest as ??? with the author's hint for those the player is close to.
import type { Gallery } from '../engine/gallery.js';
import { wrap, type Layout } from './render.js';
import type { Theme } from './theme.js';

/** "3 of 13 endings found", or "3 endings found" when the story declares no catalogue. */
export function foundLine(g: Gallery): string {
  return g.total === null ? `${g.found} ending${g.found === 1 ? '' : 's'} found` : `${g.found} of ${g.total} endings found`;
}

/** `prefix` then `text`, the text's later lines indented under its first (a hanging indent). */
function hanging(prefix: string, text: string, layout: Layout, indent: number): string {
  const lines = wrap(text, layout, indent).split('\n');
  lines[0] = `${' '.repeat(layout.indent)}${prefix} ${(lines[0] ?? '').trimStart()}`;
  return lines.join('\n');
}

export function renderGallery(g: Gallery, theme: Theme, layout: Layout): string {
  const out: string[] = [wrap(theme.strong(`Endings: ${foundLine(g)}`), layout)];
  const digits = String(g.entries.length).length;
  g.entries.forEach((e, i) => {
    const num = theme.dim(`${String(i + 1).padStart(digits)}.`);
    if (e.found && e.title) {
      const times = e.found.times === 1 ? 'once' : `${e.found.times} times`;
      const when = e.found.first.slice(0, 10);
      out.push(hanging(num, `${theme.glyph.ending} ${theme.chapter(e.title)} ${theme.dim(`(first ${when}, ${times}, shortest route ${e.found.shortest} choices)`)}`, layout, digits + 2));
    } else {
      out.push(wrap(`${num} ${theme.glyph.untaken} ???`, layout));
      if (e.hint) out.push(wrap(theme.dim(`Hint: ${e.hint}`), layout, digits + 4));
    }
  });
  if (g.entries.length === 0) out.push(wrap(theme.dim('No endings yet.'), layout));
  return out.join('\n');
}
