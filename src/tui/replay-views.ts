// Lists the replay commands show: this run's choice points for rewind, the save slots,
// the chapter starts reached, and the final question after an ending.
import type { Step } from '../engine/history.js';
import type { CheckpointRecord } from '../engine/profile.js';
import type { SlotInfo } from '../store/store.js';
import { measure, wrap, type Layout } from './render.js';
import type { Theme } from './theme.js';

function clip(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, Math.max(1, width - 1))}…`;
}

/** One line per choice point of the run: its number, chapter and the option taken there. */
export function rewindLines(steps: readonly Step[], width: number): string[] {
  const digits = String(steps.length).length;
  return steps.map((s, i) => {
    const ch = s.chapter && s.chapter.number > 0 ? `ch. ${s.chapter.number} · ` : '';
    const what = s.taken ? s.taken.text : '(you are here)';
    return clip(`${String(i + 1).padStart(digits)}. ${ch}${what}`, width);
  });
}

export function renderRewindList(steps: readonly Step[], theme: Theme, layout: Layout): string {
  const pad = ' '.repeat(layout.indent);
  const head = wrap(theme.strong('Choices in this run') + theme.dim(' (rewind N goes back to choice N)'), layout);
  return [head, ...rewindLines(steps, measure(layout)).map((l) => pad + l)].join('\n');
}

export function slotLine(s: SlotInfo): string {
  if (s.problem || !s.summary) return `${s.slot}: cannot be restored (${(s.problem ?? 'unreadable').replace(/^it /, '')})`;
  const where = s.summary.ending ? `ended` : s.summary.chapter ? `chapter ${s.summary.chapter}` : 'the start';
  return `${s.slot}: ${where}, ${s.summary.choices} choice${s.summary.choices === 1 ? '' : 's'}, ${s.savedAt.slice(0, 16).replace('T', ' ')}`;
}

export function renderSlots(slots: readonly SlotInfo[], theme: Theme, layout: Layout): string {
  if (slots.length === 0) return wrap(theme.dim('No saves yet. "save NAME" makes one; the game also autosaves after every choice.'), layout);
  const pad = ' '.repeat(layout.indent);
  return [wrap(theme.strong('Saves') + theme.dim(' (load NAME restores one)'), layout), ...slots.map((s) => pad + clip(slotLine(s), measure(layout)))].join('\n');
}

export function checkpointLine(c: CheckpointRecord): string {
  const name = c.chapter ? `Chapter ${c.chapter.number}${c.chapter.title ? `: ${c.chapter.title}` : ''}` : c.id;
  return `${name} (${c.route.length} choice${c.route.length === 1 ? '' : 's'} in)`;
}

export function renderCheckpoints(list: readonly CheckpointRecord[], theme: Theme, layout: Layout): string {
  if (list.length === 0) return wrap(theme.dim('No chapter starts reached yet.'), layout);
  const pad = ' '.repeat(layout.indent);
  return [
    wrap(theme.strong('Chapter select') + theme.dim(' (chapter N begins a new game there)'), layout),
    ...list.map((c, i) => pad + clip(`${i + 1}. ${checkpointLine(c)}`, measure(layout))),
  ].join('\n');
}

/** The final question, in the manner of parser games. */
export const END_MENU = ['Play again', 'Rewind to a choice', 'Restore a save', 'See the endings', 'See the map', 'Quit'] as const;
