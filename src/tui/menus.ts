// Small terminal menus for the replay commands: a scrolling list to pick from (with a
// way back) and a line of text to type, such as a save name. Loaded only on a terminal.
import type { Theme } from './theme.js';

export interface PickItem<T> {
  label: string;
  value: T;
}

export interface MenuStreams {
  input: NodeJS.ReadStream;
  output: NodeJS.WriteStream;
}

/** Picks one item, or null for "Back". Long lists scroll; the newest entries can come first. */
export async function pick<T>(message: string, items: PickItem<T>[], theme: Theme, io: MenuStreams, start?: T): Promise<T | null> {
  const { select } = await import('@inquirer/prompts');
  const back = Symbol('back');
  const choices = [...items.map((i) => ({ name: i.label, value: i.value as T | typeof back })), { name: theme.dim('Back'), value: back as T | typeof back }];
  const answer = await select(
    { message, choices, pageSize: Math.max(5, Math.min(15, (io.output.rows ?? 24) - 6)), loop: false, ...(start !== undefined ? { default: start } : {}) },
    { input: io.input, output: io.output, clearPromptOnDone: true },
  );
  return answer === back ? null : (answer as T);
}

/** Asks for a line of text; an empty answer takes the default. */
export async function askText(message: string, fallback: string, io: MenuStreams): Promise<string> {
  const { input } = await import('@inquirer/prompts');
  const answer = await input({ message, default: fallback }, { input: io.input, output: io.output, clearPromptOnDone: true });
  return answer.trim() || fallback;
}
