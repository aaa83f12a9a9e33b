// The game in a terminal: the title screen, the play loop and the commands a player
// can give at a choice, in arrow-key mode on a TTY or line mode when piped.
import { Session } from '../engine/session.js';
import type { ChoiceOption, StoryEvent } from '../engine/events.js';
import type { InkValue } from '../engine/story-state.js';
import type { Hotkey, PromptAnswer } from './choice-prompt.js';
import { LineInput } from './line-input.js';
import { loyaltyNotice, primeDirectiveNotices } from './notices.js';
import { renderChapter, renderChoiceList, renderEnding, renderLine, renderNotice, wrap } from './render.js';
import { Screen } from './screen.js';
import { renderStatus } from './status.js';
import type { Theme } from './theme.js';

export interface GameOptions {
  storyJson: string;
  /** Shown on the title screen. */
  title: string;
  seed: number;
  theme: Theme;
  interactive: boolean;
  pacing: boolean;
  input: NodeJS.ReadStream;
  output: NodeJS.WriteStream;
  variables?: Record<string, InkValue>;
  /** Called on Ctrl-C outside a prompt (while text is pacing). */
  onInterrupt: () => void;
}

/** Why the game stopped; the CLI turns it into an exit code. */
export type GameExit = 'quit' | 'finished' | 'input-ended' | 'interrupted';

const HOTKEYS: Hotkey[] = [
  { key: 's', label: 'status', command: 'status' },
  { key: '?', label: 'help', command: 'help' },
  { key: 'q', label: 'quit', command: 'quit' },
];

const LINE_COMMANDS = ['status', 'help', 'quit'] as const;

export type LineAnswer = PromptAnswer | { kind: 'invalid'; message: string };

/** Reads one typed answer: a choice number or a command word. */
export function parseLineAnswer(raw: string, count: number): LineAnswer {
  const text = raw.trim().toLowerCase();
  const range = count === 1 ? 'Type 1' : `Type a number from 1 to ${count}`;
  if (text === '') return { kind: 'invalid', message: `${range}, or "help".` };
  if (/^\d+$/.test(text)) {
    const n = Number(text);
    if (n >= 1 && n <= count) return { kind: 'choice', index: n - 1 };
    return { kind: 'invalid', message: `There is no choice ${text.length > 6 ? `${text.slice(0, 6)}…` : text}. ${range}.` };
  }
  const word = text.split(/\s+/)[0] ?? '';
  const aliases: Record<string, (typeof LINE_COMMANDS)[number]> = { q: 'quit', exit: 'quit', '?': 'help', h: 'help', s: 'status' };
  const command = (LINE_COMMANDS as readonly string[]).includes(word) ? word : aliases[word];
  if (command) return { kind: 'command', command };
  const shown = raw.trim().length > 20 ? `${raw.trim().slice(0, 20)}…` : raw.trim();
  return { kind: 'invalid', message: `"${shown}" is not a choice or a command. ${range}, or "help".` };
}

function wordCount(text: string): number {
  const t = text.trim();
  return t ? t.split(/\s+/).length : 0;
}

export class Game {
  private readonly screen: Screen;
  private readonly lines: LineInput | null;
  private session: Session | null = null;
  private gap = false;

  constructor(private readonly options: GameOptions) {
    this.screen = new Screen({
      out: options.output,
      input: options.input,
      interactive: options.interactive,
      pacing: options.pacing,
      onInterrupt: options.onInterrupt,
    });
    this.lines = options.interactive ? null : new LineInput(options.input);
  }

  private get theme(): Theme {
    return this.options.theme;
  }

  async run(): Promise<GameExit> {
    try {
      if (this.options.interactive) return await this.titleScreen();
      this.printTitle();
      return await this.play(this.options.seed);
    } catch (err) {
      // @inquirer's answer to Ctrl-C at a prompt; matched by name so piped play never loads it.
      if (err instanceof Error && err.name === 'ExitPromptError') return 'interrupted';
      throw err;
    } finally {
      this.lines?.close();
    }
  }

  private printTitle(): void {
    const { theme } = this;
    const layout = this.screen.layout();
    const pad = ' '.repeat(layout.indent);
    const spaced = layout.columns >= 44 && theme.unicode ? this.options.title.toUpperCase().split('').join(' ') : this.options.title.toUpperCase();
    this.screen.print();
    this.screen.print(`${pad}${theme.chapter(spaced)}`);
    this.screen.print(wrap(theme.dim('An interactive fiction of the Ba\'ku affair. Unofficial, non-commercial fan work; Star Trek belongs to its owners.'), layout));
    this.screen.print();
  }

  private async titleScreen(): Promise<GameExit> {
    for (;;) {
      this.printTitle();
      const answer = await this.ask([{ text: 'New game' }, { text: 'Quit' }], []);
      if (answer.kind === 'command' || answer.index === 1) return 'quit';
      const exit = await this.play(this.options.seed);
      if (exit !== 'finished') return exit;
    }
  }

  private async play(seed: number): Promise<GameExit> {
    this.session = new Session(this.options.storyJson, { seed, variables: this.options.variables ?? {} });
    this.gap = false;
    for (;;) {
      const events = this.session.advance();
      await this.show(events);
      const last = events[events.length - 1];
      if (!last || last.kind === 'end') return this.finish(last?.kind === 'end' ? last.ending : null);
      if (last.kind !== 'choices') continue;
      const taken = await this.choose(last.options);
      if (taken === null) return 'input-ended';
      if (taken === 'quit') return 'quit';
      this.session.choose(taken);
    }
  }

  /** Asks until the player picks an option (its index) or quits. */
  private async choose(options: ChoiceOption[]): Promise<number | 'quit' | null> {
    const promptOptions = options.map((o) => (o.echo ? { text: o.text, mark: this.theme.dim(this.theme.glyph.echo) } : { text: o.text }));
    for (;;) {
      let answer: LineAnswer;
      if (this.options.interactive) {
        answer = await this.ask(promptOptions, HOTKEYS);
      } else {
        this.screen.print(renderChoiceList(options, this.theme, this.screen.layout()));
        this.screen.write('> ');
        const line = await this.lines!.next();
        if (line === null) {
          this.screen.print();
          return null;
        }
        answer = parseLineAnswer(line, options.length);
      }
      if (answer.kind === 'invalid') {
        this.screen.print(answer.message);
        continue;
      }
      if (answer.kind === 'choice') {
        if (!this.options.interactive) {
          // Piped input is not echoed by any terminal: show what was chosen after the prompt.
          const chosen = options[answer.index]?.text ?? '';
          if (!this.options.input.isTTY) this.screen.print(`${answer.index + 1}. ${chosen}`);
        }
        this.screen.print();
        this.gap = false;
        return answer.index;
      }
      const handled = this.command(answer.command);
      if (handled === 'quit') return 'quit';
    }
  }

  private command(name: string): 'quit' | 'shown' {
    const layout = this.screen.layout();
    if (!this.options.interactive) this.screen.print();
    if (name === 'quit') {
      this.screen.print(wrap(this.theme.dim('You leave the story here.'), layout));
      return 'quit';
    }
    if (name === 'status' && this.session) {
      this.screen.print(
        renderStatus(
          {
            crew: this.session.crew,
            primeDirective: this.session.primeDirective,
            hours: this.session.hours,
            chapter: this.session.chapter,
          },
          this.theme,
          layout,
        ),
      );
    } else if (name === 'help') {
      const help = this.options.interactive
        ? 'Arrow keys move, Enter chooses, or press a number to choose at once. s shows your crew and the Prime Directive; q quits. While text appears, any key shows the rest at once.'
        : 'Type the number of a choice and press Enter. Commands: status (your crew and the Prime Directive), help, quit.';
      this.screen.print(wrap(help, layout));
    }
    this.screen.print();
    return 'shown';
  }

  private async ask(options: { text: string; mark?: string }[], hotkeys: Hotkey[]): Promise<PromptAnswer> {
    this.screen.settle();
    // The prompt library is only needed on a real terminal: piped play starts faster without it.
    const { choicePrompt } = await import('./choice-prompt.js');
    return choicePrompt(
      { options, hotkeys, theme: this.theme, layout: this.screen.layout() },
      { input: this.options.input, output: this.options.output, clearPromptOnDone: false },
    );
  }

  private async show(events: StoryEvent[]): Promise<void> {
    for (const event of events) await this.showEvent(event);
  }

  private async showEvent(event: StoryEvent): Promise<void> {
    const layout = this.screen.layout();
    const { theme } = this;
    switch (event.kind) {
      case 'chapter':
        this.screen.print();
        this.screen.print(renderChapter(event.number, event.title, theme, layout));
        this.screen.print();
        this.gap = false;
        await this.screen.pace(12);
        return;
      case 'checkpoint':
        return;
      case 'line':
        if (this.gap) this.screen.print();
        this.screen.print(renderLine(event, theme, layout));
        this.gap = true;
        await this.screen.pace(wordCount(event.text));
        return;
      case 'loyalty':
        this.screen.print(renderNotice(loyaltyNotice(event.officer, event.from, event.to), theme, layout));
        this.gap = true;
        return;
      case 'prime-directive':
        for (const notice of primeDirectiveNotices(event.from, event.to)) {
          this.screen.print(renderNotice(notice, theme, layout));
        }
        this.gap = true;
        return;
      case 'ending':
        this.screen.print();
        this.screen.print(renderEnding(event.title, theme, layout));
        this.gap = true;
        return;
      case 'story-error':
        this.screen.print(theme.error(`(story error: ${event.message})`));
        return;
      case 'choices':
        if (this.gap) this.screen.print();
        this.gap = false;
        return;
      case 'end':
        return;
      default: {
        const unhandled: never = event;
        throw new Error(`unhandled event ${JSON.stringify(unhandled)}`);
      }
    }
  }

  private async finish(ending: string | null): Promise<GameExit> {
    const layout = this.screen.layout();
    this.screen.print();
    if (ending === null) {
      this.screen.print(wrap(this.theme.dim('The story stops here.'), layout));
    }
    if (!this.options.interactive) {
      this.screen.print(wrap(this.theme.dim('The End. Thank you for playing.'), layout));
      return 'finished';
    }
    const answer = await this.ask([{ text: 'Play again' }, { text: 'Quit' }], []);
    return answer.kind === 'choice' && answer.index === 0 ? 'finished' : 'quit';
  }
}
