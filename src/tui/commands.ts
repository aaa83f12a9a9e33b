// What a player can type at the choice prompt in piped play (and pick from the menu
// in the terminal): a choice number, or a command word with its argument.

export type GameCommand =
  | { name: 'status' | 'help' | 'quit' | 'endings' | 'skip' | 'replay' | 'undo' | 'new' | 'code' | 'menu' }
  | { name: 'save'; slot?: string }
  | { name: 'load'; slot?: string }
  | { name: 'rewind'; to?: number }
  | { name: 'map'; scope?: 'all' | number }
  | { name: 'transcript'; file?: string }
  | { name: 'chapter'; which?: string };

export type LineAnswer = { kind: 'choice'; index: number } | { kind: 'command'; command: GameCommand } | { kind: 'invalid'; message: string };

const ALIASES: Record<string, GameCommand['name']> = {
  q: 'quit',
  exit: 'quit',
  '?': 'help',
  h: 'help',
  s: 'status',
  restore: 'load',
  continue: 'load',
  back: 'rewind',
  restart: 'new',
  again: 'new',
  chapters: 'chapter',
  gallery: 'endings',
  f: 'skip',
  m: 'map',
  e: 'endings',
  r: 'rewind',
  u: 'undo',
};

const NAMES = ['status', 'help', 'quit', 'endings', 'skip', 'replay', 'undo', 'new', 'code', 'menu', 'save', 'load', 'rewind', 'map', 'transcript', 'chapter'] as const;

function clip(text: string, n: number): string {
  return text.length > n ? `${text.slice(0, n)}…` : text;
}

/** Reads a command word and its argument; null when the word is not a command. */
export function parseCommand(text: string): GameCommand | { invalid: string } | null {
  const [head = '', ...rest] = text.trim().split(/\s+/);
  const word = head.toLowerCase();
  const name = (NAMES as readonly string[]).includes(word) ? (word as GameCommand['name']) : ALIASES[word];
  if (!name) return null;
  const arg = rest.join(' ').trim();
  switch (name) {
    case 'save':
    case 'load':
      if (word === 'continue') return { name: 'load', slot: 'autosave' };
      return arg ? { name, slot: arg } : { name };
    case 'transcript':
      return arg ? { name, file: arg } : { name };
    case 'chapter':
      return arg ? { name, which: arg } : { name };
    case 'rewind': {
      if (!arg) return word === 'back' ? { name, to: -1 } : { name };
      if (!/^\d{1,6}$/.test(arg)) return { invalid: `"rewind" takes the number of a choice from the list, not "${clip(arg, 12)}".` };
      return { name, to: Number(arg) };
    }
    case 'map': {
      if (!arg) return { name };
      if (arg.toLowerCase() === 'all') return { name, scope: 'all' };
      if (/^\d{1,3}$/.test(arg)) return { name, scope: Number(arg) };
      return { invalid: `"map" takes "all" or a chapter number, not "${clip(arg, 12)}".` };
    }
    default:
      return { name } as GameCommand;
  }
}

/** Reads one typed answer at a choice: a number in range, or a command. */
export function parseLineAnswer(raw: string, count: number): LineAnswer {
  const text = raw.trim();
  const range = count === 1 ? 'Type 1' : `Type a number from 1 to ${count}`;
  if (text === '') return { kind: 'invalid', message: `${range}, or "help".` };
  if (/^\d+$/.test(text)) {
    const n = Number(text);
    if (n >= 1 && n <= count) return { kind: 'choice', index: n - 1 };
    return { kind: 'invalid', message: `There is no choice ${clip(text, 6)}. ${range}.` };
  }
  const command = parseCommand(text);
  if (command && 'invalid' in command) return { kind: 'invalid', message: command.invalid };
  if (command) return { kind: 'command', command };
  return { kind: 'invalid', message: `"${clip(text, 20)}" is not a choice or a command. ${range}, or "help".` };
}

export const PIPED_HELP = [
  'Type the number of a choice and press Enter, or a command:',
  '  status            your crew and the Prime Directive',
  '  save NAME         save to a slot; load NAME restores it (load alone lists slots)',
  '  continue          restore the autosave',
  '  rewind            list this run\'s choices; rewind N goes back to choice N',
  '  undo              undo the last rewind (or go back one choice)',
  '  skip              take the choices you took before, up to something new',
  '  replay            replay this run up to its first choice with an untried option',
  '  map [all|N]       the branch map (this chapter in full, or all, or chapter N)',
  '  endings           the endings gallery, with hints',
  '  chapter [N]       list chapter starts reached; chapter N begins a new game there',
  '  transcript FILE   write this run so far as Markdown',
  '  code              this run\'s code, for --replay',
  '  new, help, quit',
].join('\n');
