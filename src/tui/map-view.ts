// The branch map as text: one block per chapter, the current one in full and the rest
// folded to a line, each choice point numbered with its options beneath it. Every mark
// is a glyph as well as a colour, so the map reads the same under NO_COLOR.
import { percent, type BranchMap, type MapChapter, type MapOption, type MapTarget } from '../engine/branch-map.js';
import { measure, wrap, type Layout } from './render.js';
import type { Theme } from './theme.js';

export type MapScope = 'current' | 'all' | number;

function clip(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (width <= 1) return flat.slice(0, Math.max(0, width));
  return flat.length <= width ? flat : `${flat.slice(0, width - 1)}…`;
}

function chapterName(c: MapChapter): string {
  if (c.number === 0) return c.title || 'The story';
  return c.title ? `Chapter ${c.number}: ${c.title}` : `Chapter ${c.number}`;
}

function targetText(t: MapTarget, theme: Theme): string {
  if (t.kind === 'point') return String(t.number);
  if (t.kind === 'chapter') return t.number === 0 ? 'on' : `ch. ${t.number}`;
  return `${theme.glyph.ending} ${t.title}`;
}

function optionLine(o: MapOption, last: boolean, indent: string, width: number, theme: Theme): string {
  const branch = theme.unicode ? (last ? '└─' : '├─') : last ? '`-' : '|-';
  const glyph = o.onRoute ? theme.accent(theme.glyph.onRoute) : o.taken ? theme.glyph.taken : theme.dim(theme.glyph.untaken);
  const to = o.to.map((t) => targetText(t, theme)).join(', ');
  const arrow = theme.unicode ? '→' : '->';
  const suffix = to ? ` ${arrow} ${to}` : '';
  const room = width - indent.length - 4 - suffix.length;
  const text = clip(o.text, Math.max(8, room));
  const body = o.taken ? text : theme.dim(text);
  return `${indent}${theme.dim(branch)}${glyph} ${body}${suffix ? theme.dim(suffix) : ''}`;
}

function header(c: MapChapter, open: boolean, layout: Layout, theme: Theme): string {
  const pad = ' '.repeat(layout.indent);
  const pct = `${percent(c.taken, c.offered)}%`;
  const name = chapterName(c);
  if (!open) {
    // The percentage matters most; the count goes first when room runs out.
    const count = ` · ${c.points.length} choice point${c.points.length === 1 ? '' : 's'}`;
    const room = measure(layout) - 2 - pct.length - 3;
    const body = `${name}${count}`.length <= room ? `${name}${count}` : clip(name, room);
    return `${pad}${theme.glyph.folded} ${body} · ${pct}`;
  }
  const title = clip(name, measure(layout) - pct.length - 6);
  const rule = theme.glyph.rule.repeat(Math.max(2, Math.min(measure(layout), 60) - title.length - pct.length - 6));
  return `${pad}${theme.dim(theme.glyph.rule.repeat(2))} ${theme.accent(title)} ${theme.dim(rule)} ${theme.strong(pct)}`;
}

export function renderMap(map: BranchMap, scope: MapScope, theme: Theme, layout: Layout): string {
  const pad = ' '.repeat(layout.indent);
  const width = measure(layout);
  const out: string[] = [];
  const whole = map.storyOptions ? `; ${percent(map.taken, map.storyOptions)}% of all ${map.storyOptions} in the story` : '';
  out.push(wrap(`${theme.strong('Branch map:')} ${theme.dim(`${map.taken} of the ${map.offered} options you have met are taken (${percent(map.taken, map.offered)}%)${whole}.`)}`, layout));
  if (map.chapters.length === 0) {
    out.push(wrap(theme.dim('Nothing yet: the map fills in as you choose.'), layout));
    return out.join('\n');
  }
  const anyCurrent = map.chapters.some((c) => c.current);
  const lastChapter = map.chapters.at(-1);
  const digits = String(map.chapters.reduce((n, c) => n + c.points.length, 0)).length;
  for (const c of map.chapters) {
    const open = scope === 'all' || scope === c.number || (scope === 'current' && (c.current || (!anyCurrent && c === lastChapter)));
    out.push(header(c, open, layout, theme));
    if (!open) continue;
    for (const p of c.points) {
      const num = String(p.number).padStart(digits);
      const here = p.here ? ` ${theme.glyph.here} you are here` : '';
      const label = clip(p.label || p.id, Math.max(8, width - digits - 2 - here.length));
      out.push(`${pad}${theme.dim(num)} ${p.here ? theme.strong(label) : label}${here ? theme.accent(here) : ''}`);
      const indent = `${pad}${' '.repeat(digits + 1)}`;
      p.options.forEach((o, i) => out.push(optionLine(o, i === p.options.length - 1, indent, width + layout.indent, theme)));
    }
  }
  const g = theme.glyph;
  out.push(wrap(theme.dim(`${g.taken} taken  ${g.untaken} never taken  ${g.onRoute} this run  ${g.here} here  ${g.ending} ending  ${g.folded} folded (map all, map N)`), layout));
  return out.join('\n');
}
