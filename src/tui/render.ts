// Turns story events into text for the terminal. Pure: strings in, strings out.
import wrapAnsi from 'wrap-ansi';
import type { ChoiceOption } from '../engine/events.js';
import type { CrewId } from '../engine/crew.js';
import type { Notice } from './notices.js';
import type { Theme } from './theme.js';

export interface Layout {
  /** Terminal columns. */
  columns: number;
  /** Left margin in spaces. */
  indent: number;
}

/** Text never runs wider than this, however wide the terminal: long lines are hard to read. */
export const MAX_MEASURE = 76;

export function measure(layout: Layout): number {
  // One spare column on the right keeps terminals from wrapping a full line themselves.
  return Math.max(10, Math.min(MAX_MEASURE, layout.columns - layout.indent - 1));
}

export function wrap(text: string, layout: Layout, extraIndent = 0): string {
  const width = Math.max(10, measure(layout) - extraIndent);
  const pad = ' '.repeat(layout.indent + extraIndent);
  return wrapAnsi(text, width, { hard: true, trim: true })
    .split('\n')
    .map((l) => (l.length ? pad + l : l))
    .join('\n');
}

const QUOTED = /“[^”]*”|"[^"]*"?/g;

/** Colours the spoken part of a line in the speaker's colour; the narration stays plain. */
export function styleSpeech(text: string, style: (s: string) => string): string {
  return text.replace(QUOTED, (q) => style(q));
}

export function renderLine(
  event: { text: string; speaker?: string; crew?: CrewId; interlude?: string },
  theme: Theme,
  layout: Layout,
): string {
  if (event.interlude) {
    const bar = theme.unicode ? '│ ' : '| ';
    const body = wrap(theme.interlude(event.text), { ...layout, indent: 0 }, 0);
    return body
      .split('\n')
      .map((l) => ' '.repeat(layout.indent) + theme.dim(bar) + l)
      .join('\n');
  }
  // Without colour a screen reader cannot tell who speaks: plain mode names them.
  if (theme.plain && event.speaker) return wrap(`${event.speaker}: ${event.text}`, layout);
  const style = event.speaker ? theme.speaker(event.crew, event.speaker) : null;
  return wrap(style ? styleSpeech(event.text, style) : event.text, layout);
}

export function renderChapter(number: number, title: string, theme: Theme, layout: Layout): string {
  const label = number > 0 ? `Chapter ${number}` : 'Chapter';
  if (theme.plain) return wrap(title ? `${label}: ${title}` : label, layout);
  const width = Math.min(measure(layout), 40);
  const rule = theme.glyph.rule.repeat(Math.max(3, width - label.length - 4));
  const pad = ' '.repeat(layout.indent);
  const head = `${pad}${theme.dim(theme.glyph.rule.repeat(2))} ${theme.accent(label)} ${theme.dim(rule)}`;
  return `${head}\n${pad}${theme.chapter(title.toUpperCase())}`;
}

export function renderNotice(notice: Notice, theme: Theme, layout: Layout): string {
  const glyph = notice.direction === 'up' ? theme.glyph.up : notice.direction === 'down' ? theme.glyph.down : theme.glyph.directive;
  return wrap(theme.notice(`${glyph} ${notice.text}`), layout, 2);
}

export function renderEnding(title: string, theme: Theme, layout: Layout): string {
  if (theme.plain) return wrap(`Ending: ${title}`, layout);
  const pad = ' '.repeat(layout.indent);
  const rule = theme.dim(theme.glyph.rule.repeat(Math.min(measure(layout), 40)));
  return `${pad}${rule}\n${pad}${theme.dim('Ending:')} ${theme.chapter(title)}\n${pad}${rule}`;
}

/** Choices as a numbered list, for piped play and screen readers. */
export function renderChoiceList(options: readonly ChoiceOption[], theme: Theme, layout: Layout, marks: readonly string[] = []): string {
  const digits = String(options.length).length;
  return options
    .map((o, i) => {
      const num = `${String(i + 1).padStart(digits)}.`;
      const mark = [o.echo ? theme.glyph.echo : '', marks[i] ?? ''].filter(Boolean).map((m) => ` ${m}`).join('');
      const body = wrapAnsi(`${o.text}${mark}`, Math.max(10, measure(layout) - num.length - 1), { hard: true, trim: true });
      const hang = ' '.repeat(layout.indent + num.length + 1);
      return body
        .split('\n')
        .map((l, j) => (j === 0 ? `${' '.repeat(layout.indent)}${theme.accent(num)} ${l}` : hang + l))
        .join('\n');
    })
    .join('\n');
}

export function renderError(message: string, theme: Theme): string {
  return theme.error(message);
}
