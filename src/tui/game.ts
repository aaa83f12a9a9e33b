// The game in a terminal: the title screen, the play loop, the end of a run, and the
// story's events on screen, in arrow-key mode on a TTY or line mode when piped.
// The replay commands themselves live in helm.ts.
import type { ChoiceOption, StoryEvent } from '../engine/events.js';
import type { RunOrigin } from '../engine/history.js';
import { encodeRunCode, BadRunCode, type RunCode } from '../engine/run-code.js';
import type { Progress, Run } from '../engine/run.js';
import type { Session } from '../engine/session.js';
import { optionMarks, skipChoice, type OptionMark } from '../engine/exploration.js';
import type { Logbook } from '../store/logbook.js';
import type { Hotkey, PromptAnswer } from './choice-prompt.js';
import { parseLineAnswer, type GameCommand, type LineAnswer } from './commands.js';
import { foundLine } from './gallery-view.js';
import { Helm, type Outcome } from './helm.js';
import { LineInput } from './line-input.js';
import { renderChoiceList, wrap } from './render.js';
import { StoryView } from './story-view.js';
import { END_MENU } from './replay-views.js';
import { Screen } from './screen.js';
import type { Theme } from './theme.js';

export interface GameOptions {
  session: Session;
  logbook: Logbook;
  /** Shown on the title screen. */
  title: string;
  /** --seed: every new run uses it, so a test can replay. Otherwise each run gets a fresh one. */
  seed?: number;
  newSeed: () => number;
  /** --replay: play this route, then hand over. */
  replay?: RunCode;
  /** Writes a file the player named (a transcript); returns its full path. */
  writeFile: (path: string, text: string) => string;
  theme: Theme;
  interactive: boolean;
  pacing: boolean;
  input: NodeJS.ReadStream;
  output: NodeJS.WriteStream;
  /** Called on Ctrl-C outside a prompt (while text is pacing). */
  onInterrupt: () => void;
}

/** Why the game stopped; the CLI turns it into an exit code. */
export type GameExit = 'quit' | 'finished' | 'input-ended' | 'interrupted';

/** The keys at a choice; undo and skip are listed only when they would do something. */
const hotkeys = (canUndo: boolean, canSkip: boolean): Hotkey[] => [
  { key: 'r', label: 'rewind', command: 'rewind' },
  { key: 'u', label: 'undo', command: 'undo', hidden: !canUndo },
  { key: 'f', label: 'skip', command: 'skip', hidden: !canSkip },
  { key: 'm', label: 'map', command: 'map' },
  { key: 'e', label: 'endings', command: 'endings', hidden: true },
  { key: 'tab', label: 'menu', command: 'menu' },
  { key: 'escape', label: 'menu', command: 'menu', hidden: true },
  { key: 's', label: 'status', command: 'status', hidden: true },
  { key: '?', label: 'help', command: 'help' },
  { key: 'q', label: 'quit', command: 'quit' },
];

export class Game {
  readonly screen: Screen;
  readonly lines: LineInput | null;
  readonly helm: Helm;
  playing: Run | null = null;
  private readonly view: StoryView;
  private route: RunCode['route'] | null = null;

  constructor(readonly options: GameOptions) {
    this.screen = new Screen({
      out: options.output,
      input: options.input,
      interactive: options.interactive,
      pacing: options.pacing,
      onInterrupt: options.onInterrupt,
    });
    this.lines = options.interactive ? null : new LineInput(options.input);
    this.view = new StoryView(this.screen, options.theme);
    this.helm = new Helm(this);
  }

  get theme(): Theme {
    return this.options.theme;
  }

  get logbook(): Logbook {
    return this.options.logbook;
  }

  /** Prints `text` wrapped to the terminal. */
  say(text: string): void {
    this.screen.print(wrap(text, this.screen.layout()));
  }

  async run(): Promise<GameExit> {
    try {
      if (this.logbook.warning) this.say(this.theme.error(this.logbook.warning));
      const exit = await this.begin();
      if (exit === 'input-ended') this.screen.print(this.inputEndedLine());
      return exit;
    } catch (err) {
      // @inquirer's answer to Ctrl-C at a prompt; matched by name so piped play never loads it.
      if (err instanceof Error && err.name === 'ExitPromptError') return 'interrupted';
      throw err;
    } finally {
      this.recordProgress();
      this.lines?.close();
    }
  }

  private async begin(): Promise<GameExit> {
    const { replay } = this.options;
    if (replay) {
      this.printTitle();
      this.route = replay.route;
      return this.play(this.startRun({ seed: replay.seed, variables: replay.variables, prelude: [] }));
    }
    if (this.options.interactive) return this.titleScreen();
    this.printTitle();
    return this.play(this.startRun(this.logbook.newOrigin(this.nextSeed())));
  }

  /** Choices were made in this run that no file on disk holds: the autosave failed. */
  get progressLost(): boolean {
    const chose = this.playing?.history.some((s) => s.taken) ?? false;
    return chose && !this.logbook.autosaveCurrent;
  }

  /** The last line when piped input runs out: whether the run is safe on disk. */
  private inputEndedLine(): string {
    const chose = this.playing?.history.some((s) => s.taken) ?? false;
    if (!chose) return 'Input ended.';
    return this.progressLost ? 'Input ended; progress could not be saved.' : 'Input ended; progress saved.';
  }

  nextSeed(): number {
    return this.options.seed ?? this.options.newSeed();
  }

  private printTitle(): void {
    const { theme } = this;
    const layout = this.screen.layout();
    const pad = ' '.repeat(layout.indent);
    const spaced = layout.columns >= 44 && theme.unicode ? this.options.title.toUpperCase().split('').join(' ') : this.options.title.toUpperCase();
    this.screen.print();
    this.screen.print(`${pad}${theme.chapter(spaced)}`);
    if (this.options.title === 'Insurrection') {
      this.say(theme.dim("An interactive fiction of the Ba'ku affair. Unofficial, non-commercial fan work; Star Trek belongs to its owners."));
    }
    const g = this.logbook.gallery();
    if (g.total !== null || g.found > 0) this.say(theme.dim(`${foundLine(g)}.`));
    this.screen.print();
  }

  private async titleScreen(): Promise<GameExit> {
    for (;;) {
      this.printTitle();
      const items: { text: string; act: GameCommand | 'quit' }[] = [];
      const autosave = this.logbook.slots().find((s) => s.slot === 'autosave' && s.summary);
      if (autosave?.summary) {
        const where = autosave.summary.ending ? 'at an ending' : autosave.summary.chapter ? `chapter ${autosave.summary.chapter}` : 'the start';
        items.push({ text: `Continue ${this.theme.dim(`(${where}, ${autosave.summary.choices} choices in)`)}`, act: { name: 'load', slot: 'autosave' } });
      }
      items.push({ text: 'New game', act: { name: 'new' } });
      if (this.logbook.checkpoints.length > 1) items.push({ text: 'Chapter select', act: { name: 'chapter' } });
      if (this.logbook.slots().some((s) => s.slot !== 'autosave')) items.push({ text: 'Restore a save', act: { name: 'load' } });
      if (this.logbook.profile.runsStarted > 0) {
        items.push({ text: 'Endings', act: { name: 'endings' } }, { text: 'Map', act: { name: 'map', scope: 'all' } });
      }
      items.push({ text: 'Quit', act: 'quit' });
      const answer = await this.ask(items.map((i) => ({ text: i.text })), []);
      const item = answer.kind === 'choice' ? items[answer.index] : undefined;
      if (!item || item.act === 'quit') return 'quit';
      const outcome = await this.helm.execute(item.act);
      if (outcome.kind === 'quit') return 'quit';
      if (outcome.kind === 'moved') {
        const exit = await this.play(outcome.events);
        if (exit !== 'finished') return exit;
      }
    }
  }

  /** Begins a run and plays its opening; what it shows is the first thing on screen. */
  startRun(origin: RunOrigin): StoryEvent[] {
    this.playing = this.logbook.begin(origin);
    return this.arrive(this.playing.advance());
  }

  /**
   * Records what a stretch of story showed, autosaves, and passes its events on. A run
   * with no choice made yet leaves the autosave alone: starting a game must not
   * overwrite the place a player may still want to continue from.
   */
  arrive(step: { events: StoryEvent[]; progress: Progress }): StoryEvent[] {
    const run = this.playing;
    const worthSaving = run?.history.some((s) => s.taken) ?? false;
    this.unrecorded.push(step.progress);
    // A run's opening is recorded once it is on screen (play() calls recordProgress after
    // showing it): writing the profile first would hold back the first line for nothing.
    if (worthSaving) this.recordProgress();
    const problem = run && worthSaving ? this.logbook.autosave(run) : null;
    if (problem) this.say(this.theme.error(problem));
    return step.events;
  }

  /** Progress shown but not yet written to the profile. */
  private unrecorded: Progress[] = [];

  /** Writes the progress of what has been shown to the profile. */
  private recordProgress(): void {
    for (const progress of this.unrecorded.splice(0)) {
      const problem = this.logbook.record(progress);
      if (problem) this.say(this.theme.error(problem));
    }
  }

  /** The play loop: shows a passage, takes a choice or a command, until the player leaves. */
  private async play(opening: StoryEvent[]): Promise<GameExit> {
    let events = opening;
    for (;;) {
      await this.show(events);
      this.recordProgress();
      const last = events.at(-1);
      const outcome: Outcome = last?.kind === 'choices' ? await this.atChoice(last.options) : await this.endOfRun(last?.kind === 'end' ? last.ending : null);
      switch (outcome.kind) {
        case 'chose':
          this.playing?.choose(outcome.index);
          events = this.playing ? this.arrive(this.playing.advance()) : [];
          break;
        case 'moved':
          events = outcome.events;
          break;
        case 'quit':
          return 'quit';
        case 'finished':
          return 'finished';
        case 'input-ended':
          return 'input-ended';
      }
    }
  }

  /** Marks for the options: taken in an earlier run, or leading to text not read yet. */
  private marks(options: ChoiceOption[]): string[] {
    const run = this.playing;
    const point = run?.history.at(-1)?.point;
    if (!run || !point) return [];
    const marks = optionMarks(this.logbook.profile, point, options, this.logbook.seen, (i) => run.peek(i));
    const glyph = (m: OptionMark): string => (m === 'fresh' ? this.theme.accent(this.theme.glyph.fresh) : m === 'seen' ? this.theme.dim(this.theme.glyph.seen) : '');
    return marks.map(glyph);
  }

  private async atChoice(options: ChoiceOption[]): Promise<Outcome> {
    if (this.route) {
      const picked = this.followRoute(options);
      if (picked) return picked;
    }
    const marks = this.marks(options);
    for (;;) {
      let answer: LineAnswer;
      if (this.options.interactive) {
        const promptOptions = options.map((o, i) => {
          const mark = [o.echo ? this.theme.dim(this.theme.glyph.echo) : '', marks[i] ?? ''].filter(Boolean).join(' ');
          return mark ? { text: o.text, mark } : { text: o.text };
        });
        const run = this.playing;
        const point = run?.history.at(-1)?.point;
        const canSkip = point !== undefined && skipChoice(this.logbook.profile, point, options) !== null;
        const raw = await this.ask(promptOptions, hotkeys(run?.canUndoRewind ?? false, canSkip));
        answer = raw.kind === 'choice' ? raw : { kind: 'command', command: { name: raw.command } as GameCommand };
      } else {
        this.screen.print(renderChoiceList(options, this.theme, this.screen.layout(), marks));
        const line = await this.readLine('> ');
        if (line === null) return { kind: 'input-ended' };
        answer = parseLineAnswer(line, options.length);
      }
      if (answer.kind === 'invalid') {
        this.screen.print(this.options.interactive ? wrap(answer.message, this.screen.layout()) : this.afterPrompt(answer.message));
        continue;
      }
      if (answer.kind === 'choice') {
        this.echoChoice(answer.index + 1, options[answer.index]?.text ?? '');
        return { kind: 'chose', index: answer.index };
      }
      if (!this.options.interactive) this.screen.print();
      const outcome = await this.helm.execute(answer.command);
      if (outcome.kind !== 'stay') return outcome;
      this.screen.print();
    }
  }

  /** Text that follows the "> " prompt on its line, wrapped so that line fits too. */
  private afterPrompt(text: string): string {
    const { columns } = this.screen.layout();
    return wrap(text, { columns: columns - 2, indent: 0 });
  }

  /** Piped input is not echoed by any terminal: show what was chosen after the prompt. */
  private echoChoice(number: number, text: string): void {
    if (!this.options.interactive && !this.options.input.isTTY) this.screen.print(this.afterPrompt(`${number}. ${text}`));
    this.screen.print();
    this.view.gap = false;
  }

  /** Takes the next choice of a --replay route, showing it as if typed; null hands over to the player. */
  private followRoute(options: ChoiceOption[]): Outcome | null {
    const route = this.route;
    if (!route) return null;
    let index: number | null;
    try {
      index = route.next(options.length);
    } catch (err) {
      if (!(err instanceof BadRunCode)) throw err;
      this.say(this.theme.error(err.message));
      index = null;
    }
    if (index === null) {
      this.route = null;
      this.say(this.theme.dim('The replayed route ends here; the choice is yours.'));
      this.screen.print();
      return null;
    }
    if (!this.options.interactive) this.screen.print(renderChoiceList(options, this.theme, this.screen.layout()));
    const text = options[index]?.text ?? '';
    this.screen.print(this.options.interactive ? `${' '.repeat(this.screen.layout().indent)}${this.theme.accent(this.theme.glyph.pointer)} ${this.theme.dim(text)}` : `> ${index + 1}. ${text}`);
    this.screen.print();
    this.view.gap = false;
    return { kind: 'chose', index };
  }

  async readLine(prompt: string): Promise<string | null> {
    this.screen.write(prompt);
    const line = (await this.lines?.next()) ?? null;
    if (line === null) this.screen.print();
    return line;
  }

  /** After an ending: its title was shown; now the count, the run code and the final question. */
  private async endOfRun(ending: string | null): Promise<Outcome> {
    const { theme } = this;
    this.route = null;
    this.screen.print();
    if (ending === null) this.say(theme.dim('The story stops here.'));
    this.say(`${foundLine(this.logbook.gallery())}.`);
    if (this.playing) this.say(`${theme.dim('Run code:')} ${this.runCode(this.playing)} ${theme.dim('(insurrection --replay CODE plays this route again)')}`);
    this.screen.print();
    const acts: GameCommand[] = [{ name: 'new' }, { name: 'rewind' }, { name: 'load' }, { name: 'endings' }, { name: 'map' }, { name: 'quit' }];
    for (;;) {
      let command: GameCommand | undefined;
      if (this.options.interactive) {
        this.say('What would you like to do?');
        const answer = await this.ask(END_MENU.map((text) => ({ text })), []);
        command = answer.kind === 'choice' ? acts[answer.index] : { name: 'quit' };
      } else {
        this.say('What would you like to do?');
        this.screen.print(END_MENU.map((t, i) => `${i + 1}. ${t}`).join('\n'));
        const line = await this.readLine('> ');
        if (line === null) return { kind: 'finished' };
        if (!this.options.input.isTTY) this.screen.print(line.trim());
        const answer = parseLineAnswer(line, END_MENU.length);
        if (answer.kind === 'invalid') {
          this.say(answer.message);
          continue;
        }
        command = answer.kind === 'choice' ? acts[answer.index] : answer.command;
        this.screen.print();
      }
      const outcome = await this.helm.execute(command ?? { name: 'quit' });
      if (outcome.kind !== 'stay') return outcome;
      this.screen.print();
    }
  }

  runCode(run: Run): string {
    return encodeRunCode(run.origin.seed, run.origin.variables, run.route, this.options.session.echoVariables);
  }

  async ask(options: { text: string; mark?: string }[], hotkeys: Hotkey[]): Promise<PromptAnswer> {
    this.screen.settle();
    // The prompt library is only needed on a real terminal: piped play starts faster without it.
    const { choicePrompt } = await import('./choice-prompt.js');
    return choicePrompt(
      { options, hotkeys, theme: this.theme, layout: this.screen.layout() },
      { input: this.options.input, output: this.options.output, clearPromptOnDone: false },
    );
  }

  async show(events: readonly StoryEvent[]): Promise<void> {
    await this.view.show(events, this.route !== null);
  }

  /** Forgets the blank line owed after the last paragraph (a command's output stands alone). */
  resetGap(): void {
    this.view.gap = false;
  }
}
