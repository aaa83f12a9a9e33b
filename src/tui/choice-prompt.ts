// The arrow-key choice prompt: arrows and Enter, or a number key to pick at once,
// plus one-key commands (status, help, quit) shown on a help line underneath.
import { createPrompt, isDownKey, isEnterKey, isUpKey, useKeypress, useState } from '@inquirer/core';
import wrapAnsi from 'wrap-ansi';
import { measure, type Layout } from './render.js';
import type { Theme } from './theme.js';

export interface PromptOption {
  text: string;
  /** Extra marker text after the label (the echo glyph, later seen/unseen marks). */
  mark?: string;
}

export interface Hotkey {
  key: string;
  label: string;
  command: string;
  /** Works, but is not listed on the help line (a second key for the same command). */
  hidden?: boolean;
}

export type PromptAnswer = { kind: 'choice'; index: number } | { kind: 'command'; command: string };

export interface ChoicePromptConfig {
  options: PromptOption[];
  hotkeys: Hotkey[];
  theme: Theme;
  layout: Layout;
}

function optionLines(option: PromptOption, number: number, digits: number, active: boolean, config: ChoicePromptConfig): string[] {
  const { theme, layout } = config;
  const pad = ' '.repeat(layout.indent);
  const pointer = active ? theme.accent(theme.glyph.pointer) : ' ';
  const num = String(number).padStart(digits);
  const labelWidth = Math.max(10, measure(layout) - digits - 4);
  const label = option.mark ? `${option.text} ${option.mark}` : option.text;
  const body = wrapAnsi(label, labelWidth, { hard: true, trim: true }).split('\n');
  const style = active ? theme.strong : (s: string) => s;
  return body.map((text, i) =>
    i === 0
      ? `${pad}${pointer} ${active ? theme.accent(num) : theme.dim(num)} ${style(text)}`
      : `${pad}${' '.repeat(digits + 3)}${style(text)}`,
  );
}

export const choicePrompt = createPrompt<PromptAnswer, ChoicePromptConfig>((config, done) => {
  const [active, setActive] = useState(0);
  const [chosen, setChosen] = useState<number | null>(null);
  // A one-key command leaves no trace of the prompt; the command's own output follows.
  const [commanded, setCommanded] = useState(false);
  const count = config.options.length;

  useKeypress((key, rl) => {
    if (chosen !== null || commanded) return;
    if (isEnterKey(key)) {
      setChosen(active);
      done({ kind: 'choice', index: active });
      return;
    }
    if (isUpKey(key)) {
      setActive((active - 1 + count) % count);
      return;
    }
    if (isDownKey(key)) {
      setActive((active + 1) % count);
      return;
    }
    const name = key.name ?? '';
    if (/^[1-9]$/.test(name)) {
      const n = Number(name) - 1;
      rl.clearLine(0);
      if (n < count) {
        setActive(n);
        setChosen(n);
        done({ kind: 'choice', index: n });
      }
      return;
    }
    const hotkey = config.hotkeys.find((h) => h.key === name || (h.key === '?' && rl.line.endsWith('?')));
    rl.clearLine(0);
    if (hotkey) {
      setCommanded(true);
      done({ kind: 'command', command: hotkey.command });
    }
  });

  const { theme, layout } = config;
  const pad = ' '.repeat(layout.indent);
  if (commanded) return '';
  if (chosen !== null) {
    const text = config.options[chosen]?.text ?? '';
    const body = wrapAnsi(text, Math.max(10, measure(layout) - 2), { hard: true, trim: true })
      .split('\n')
      .map((l, i) => `${pad}${i === 0 ? theme.accent(theme.glyph.pointer) : ' '} ${theme.dim(l)}`)
      .join('\n');
    return body;
  }
  const digits = String(count).length;
  const lines = config.options.flatMap((o, i) => optionLines(o, i + 1, digits, i === active, config));
  const keys = [
    [theme.unicode ? '↑↓' : 'up/down', 'move'],
    [count === 1 ? '1' : count <= 9 ? `1-${count}` : '⏎', 'choose'],
    ...config.hotkeys.filter((h) => !h.hidden).map((h) => [h.key, h.label]),
  ]
    .map(([k, label]) => `${theme.strong(k ?? '')} ${theme.dim(label ?? '')}`)
    .join(theme.dim(` ${theme.glyph.bullet} `));
  const help = wrapAnsi(keys, Math.max(10, measure(layout)), { hard: false, trim: true })
    .split('\n')
    .map((l) => pad + l)
    .join('\n');
  return [lines.join('\n'), `\n${help}`];
});
