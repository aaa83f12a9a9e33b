// The replay commands: save, load, rewind, undo, skip, replay, map, endings, chapter
// select, transcript, run code, status and help. The same handlers serve the keys and
// menus on a terminal and the words typed in piped play.
import type { StoryEvent } from '../engine/events.js';
import { divergence, skipChoice } from '../engine/exploration.js';
import { endingTitle } from '../engine/catalogue.js';
import { StoreError, validSlotName, AUTOSAVE } from '../store/store.js';
import type { GameCommand } from './commands.js';
import { PIPED_HELP } from './commands.js';
import type { Game } from './game.js';
import { renderGallery } from './gallery-view.js';
import { renderMap } from './map-view.js';
import { askText, pick } from './menus.js';
import { checkpointLine, renderCheckpoints, renderRewindList, renderSlots, rewindLines, slotLine } from './replay-views.js';
import { renderStatus } from './status.js';
import { renderTranscript } from './transcript.js';

/** What a command did to the play loop. */
export type Outcome =
  | { kind: 'stay' }
  | { kind: 'chose'; index: number }
  | { kind: 'moved'; events: StoryEvent[] }
  | { kind: 'quit' }
  | { kind: 'finished' }
  | { kind: 'input-ended' };

const STAY: Outcome = { kind: 'stay' };

const TTY_HELP =
  'Arrow keys move, Enter chooses, or press a number to choose at once. r rewinds to an earlier choice (u undoes it), f skips what you have read to the next new choice, m shows the branch map, e the endings, s your crew; Tab opens the menu (save, load, replay, transcript, chapter select); q quits. ✓ marks an option you took in an earlier run, ✦ one that leads to text you have not read, ◇ one an earlier run opened.';

const MENU: { label: string; command: GameCommand }[] = [
  { label: 'Save', command: { name: 'save' } },
  { label: 'Restore a save', command: { name: 'load' } },
  { label: 'Rewind to a choice', command: { name: 'rewind' } },
  { label: 'Undo the last rewind', command: { name: 'undo' } },
  { label: 'Skip to the next new choice', command: { name: 'skip' } },
  { label: 'Replay this run to its first untried choice', command: { name: 'replay' } },
  { label: 'Branch map', command: { name: 'map' } },
  { label: 'Branch map, every chapter', command: { name: 'map', scope: 'all' } },
  { label: 'Endings', command: { name: 'endings' } },
  { label: 'Crew and Prime Directive', command: { name: 'status' } },
  { label: 'Write a transcript', command: { name: 'transcript' } },
  { label: 'Run code', command: { name: 'code' } },
  { label: 'Chapter select (new game)', command: { name: 'chapter' } },
  { label: 'New game', command: { name: 'new' } },
  { label: 'Help', command: { name: 'help' } },
  { label: 'Quit', command: { name: 'quit' } },
];

export class Helm {
  constructor(private readonly game: Game) {}

  private get io() {
    return { input: this.game.options.input, output: this.game.options.output };
  }

  private say(text: string): void {
    this.game.say(text);
  }

  private problem(text: string): void {
    this.game.say(this.game.theme.error(text));
  }

  /** A note before a moved passage, set off from the story text. */
  private moved(note: string, events: StoryEvent[]): Outcome {
    this.say(this.game.theme.dim(note));
    // A chapter heading brings its own blank line.
    if (events[0]?.kind !== 'chapter') this.game.screen.print();
    this.game.resetGap();
    return { kind: 'moved', events };
  }

  /** In piped play a list is followed by a question answered on the next line. */
  private async follow(question: string): Promise<string | null> {
    const line = await this.game.readLine(`${question} `);
    if (line === null) return null;
    // Piped input is not echoed by a terminal: show the answer, as after a choice.
    if (!this.game.options.input.isTTY) this.game.screen.print(line.trim());
    this.game.screen.print();
    return line.trim();
  }

  async execute(command: GameCommand): Promise<Outcome> {
    const { game } = this;
    const { theme } = game;
    const layout = game.screen.layout();
    switch (command.name) {
      case 'quit':
        if (!game.logbook.hasAutosave) this.say(theme.dim('You leave the story here.'));
        else this.say(theme.dim(`You leave the story here. Your place is kept: ${game.options.interactive ? 'Continue' : '"continue"'} picks it up.`));
        return { kind: 'quit' };
      case 'help':
        this.say(game.options.interactive ? TTY_HELP : PIPED_HELP);
        return STAY;
      case 'status': {
        const s = game.options.session;
        game.screen.print(renderStatus({ crew: s.crew, primeDirective: s.primeDirective, hours: s.hours, chapter: s.chapter }, theme, layout));
        return STAY;
      }
      case 'endings':
        game.screen.print(renderGallery(game.logbook.gallery(), theme, layout));
        return STAY;
      case 'map':
        game.screen.print(renderMap(game.logbook.map(game.playing), command.scope ?? 'current', theme, layout));
        return STAY;
      case 'code':
        if (game.playing) this.say(`Run code: ${game.runCode(game.playing)} ${theme.dim('(insurrection --replay CODE plays this route)')}`);
        return STAY;
      case 'menu':
        return this.menu();
      case 'save':
        return this.save(command.slot);
      case 'load':
        return this.load(command.slot);
      case 'rewind':
        return this.rewind(command.to);
      case 'undo':
        return this.undo();
      case 'skip':
        return this.skip();
      case 'replay':
        return this.replay();
      case 'transcript':
        return this.transcript(command.file);
      case 'chapter':
        return this.chapter(command.which);
      case 'new': {
        const fresh = game.playing === null;
        const events = game.startRun(game.logbook.newOrigin(game.nextSeed()));
        return fresh ? { kind: 'moved', events } : this.moved('A new game.', events);
      }
    }
  }

  private async menu(): Promise<Outcome> {
    if (!this.game.options.interactive) return this.execute({ name: 'help' });
    const chosen = await pick('Menu', MENU.map((m) => ({ label: m.label, value: m.command })), this.game.theme, this.io);
    return chosen ? this.execute(chosen) : STAY;
  }

  private async save(slot: string | undefined): Promise<Outcome> {
    const run = this.game.playing;
    if (!run) return STAY;
    let name = slot;
    if (name === undefined) name = this.game.options.interactive ? await askText('Save as:', 'quicksave', this.io) : 'quicksave';
    try {
      const valid = validSlotName(name);
      if (valid === AUTOSAVE) throw new StoreError('The autosave is the game\'s own slot; pick another name.');
      this.game.logbook.save(valid, run);
      this.say(`Saved as "${valid}". ${this.game.theme.dim(`(load ${valid} restores it)`)}`);
    } catch (err) {
      if (!(err instanceof StoreError)) throw err;
      this.problem(err.message);
    }
    return STAY;
  }

  private async load(slot: string | undefined): Promise<Outcome> {
    const { game } = this;
    let name = slot;
    if (name === undefined) {
      const slots = game.logbook.slots();
      if (game.options.interactive && slots.length > 0) {
        const chosen = await pick('Restore which save?', slots.map((s) => ({ label: slotLine(s), value: s.slot })), game.theme, this.io);
        if (chosen === null) return STAY;
        name = chosen;
      } else {
        game.screen.print(renderSlots(slots, game.theme, game.screen.layout()));
        if (slots.length === 0 || game.options.interactive) return STAY;
        const answer = await this.follow('Restore which save? (Enter to stay)');
        if (answer === null) return { kind: 'input-ended' };
        if (!answer) return STAY;
        name = answer;
      }
    }
    try {
      const { run, events } = game.logbook.load(name);
      game.playing = run;
      const steps = run.history.filter((s) => s.taken).length;
      const slot = name.trim().toLowerCase();
      const count = `${steps} choice${steps === 1 ? '' : 's'} in`;
      return this.moved(slot === AUTOSAVE ? `Continuing where you left off (${count}).` : `Restored "${slot}" (${count}).`, events);
    } catch (err) {
      if (!(err instanceof StoreError)) throw err;
      this.problem(err.message);
      return STAY;
    }
  }

  private async rewind(to: number | undefined): Promise<Outcome> {
    const { game } = this;
    const run = game.playing;
    if (!run || run.history.length === 0) return STAY;
    const steps = run.history;
    let target = to === -1 ? steps.length - (steps.at(-1)?.taken ? 0 : 1) : to;
    if (target === undefined) {
      if (game.options.interactive) {
        const width = game.screen.layout().columns - 4;
        const items = rewindLines(steps, width)
          .map((label, i) => ({ label, value: i + 1 }))
          .filter((item) => steps[item.value - 1]?.taken)
          .reverse();
        const chosen = await pick('Rewind to which choice?', items, game.theme, this.io);
        if (chosen === null) return STAY;
        target = chosen;
      } else {
        game.screen.print(renderRewindList(steps, game.theme, game.screen.layout()));
        const answer = await this.follow('Rewind to which choice? (Enter to stay)');
        if (answer === null) return { kind: 'input-ended' };
        if (!answer) return STAY;
        if (!/^\d{1,6}$/.test(answer)) {
          this.problem(`"${answer.slice(0, 12)}" is not a number from the list.`);
          return STAY;
        }
        target = Number(answer);
      }
    }
    const current = steps.at(-1)?.taken ? steps.length + 1 : steps.length;
    if (target === current) {
      this.say('You are at that choice now.');
      return STAY;
    }
    if (target < 1 || target > steps.length) {
      this.problem(steps.length === 1 ? 'There is only choice 1 to go back to.' : `Choose a number from 1 to ${steps.length}.`);
      return STAY;
    }
    const events = run.rewindTo(target - 1);
    game.logbook.autosave(run);
    const undo = game.options.interactive ? 'u' : 'undo';
    return this.moved(`Rewound to choice ${target}. (${undo} puts back what you rewound, until your next choice.)`, events);
  }

  private undo(): Outcome {
    const run = this.game.playing;
    if (!run) return STAY;
    if (run.undoRewind()) {
      this.game.logbook.autosave(run);
      return this.moved('The rewind is undone.', [...run.passage]);
    }
    const taken = run.history.filter((s) => s.taken).length;
    if (taken === 0) {
      this.say('There is nothing to undo yet.');
      return STAY;
    }
    const target = run.ending ? run.history.length - 1 : run.history.length - 2;
    const events = run.rewindTo(target);
    this.game.logbook.autosave(run);
    return this.moved(`Back to choice ${target + 1}. (undo again puts it back)`, events);
  }

  /** Takes the options taken before through everything already read, up to something new. */
  private skip(): Outcome {
    const { game } = this;
    const run = game.playing;
    if (!run || run.ending) return STAY;
    const skipped: string[] = [];
    let events: StoryEvent[] = [...run.passage];
    for (let guard = 0; guard < 10_000; guard++) {
      const point = run.history.at(-1)?.point;
      const options = game.options.session.options;
      const index = point ? skipChoice(game.logbook.profile, point, options) : null;
      if (index === null) break;
      skipped.push(options[index]?.text ?? '');
      run.choose(index);
      const step = run.advance();
      const unread = step.progress.lines.some((k) => !game.logbook.seen.has(k));
      events = game.arrive(step);
      if (unread || run.ending) break;
    }
    if (skipped.length === 0) {
      this.say('Nothing to skip: this choice still has an option you have never taken.');
      return STAY;
    }
    return this.moved(`Skipped ${skipped.length} choice${skipped.length === 1 ? '' : 's'} you had made before: ${skipped.join(' → ')}`, events);
  }

  /** Rewinds to the first choice point of this run with an option never taken in any run. */
  private replay(): Outcome {
    const run = this.game.playing;
    if (!run) return STAY;
    const at = divergence(this.game.logbook.profile, run.history);
    const current = run.history.at(-1)?.taken ? run.history.length : run.history.length - 1;
    if (at === null) {
      this.say('Every choice in this run has been explored in some run: try the map for the rest.');
      return STAY;
    }
    if (at === current) {
      this.say('This choice is the first in the run with an option you have never taken.');
      return STAY;
    }
    const replayed = run.history.slice(0, at).map((s) => s.taken?.text ?? '');
    const events = run.rewindTo(at);
    this.game.logbook.autosave(run);
    if (replayed.length === 0) return this.moved('Back to choice 1, the first with an option you have never taken.', events);
    const list = replayed.join(' → ');
    return this.moved(`Replayed ${replayed.length} choice${replayed.length === 1 ? '' : 's'}: ${list}. Choice ${at + 1} has an option you have never taken.`, events);
  }

  private async transcript(file: string | undefined): Promise<Outcome> {
    const { game } = this;
    const run = game.playing;
    if (!run) return STAY;
    let path = file;
    if (path === undefined) {
      if (!game.options.interactive) {
        this.problem('Give a file name: transcript FILE (for example transcript my-run.md).');
        return STAY;
      }
      path = await askText('Write the transcript to:', 'insurrection-run.md', this.io);
    }
    const { events, steps } = run.replayAll();
    const ending = run.ending;
    const text = renderTranscript(events, steps, {
      title: game.options.title,
      runCode: game.runCode(run),
      endingTitle: ending ? endingTitle(game.options.session.catalogue, ending) : null,
    });
    try {
      this.say(`Wrote the transcript to ${game.options.writeFile(path, text)}.`);
    } catch (err) {
      if (!(err instanceof StoreError)) throw err;
      this.problem(err.message);
    }
    return STAY;
  }

  private async chapter(which: string | undefined): Promise<Outcome> {
    const { game } = this;
    const list = game.logbook.checkpoints;
    let chosen = which === undefined ? undefined : list.find((c) => String(c.chapter?.number) === which || c.id === which);
    if (which === undefined) {
      if (game.options.interactive && list.length > 0) {
        const value = await pick('Begin a new game at which chapter?', list.map((c) => ({ label: checkpointLine(c), value: c.id })), game.theme, this.io);
        chosen = list.find((c) => c.id === value);
        if (!chosen) return STAY;
      } else {
        game.screen.print(renderCheckpoints(list, game.theme, game.screen.layout()));
        return STAY;
      }
    }
    if (!chosen) {
      this.problem(`No chapter "${which?.slice(0, 20)}" has been reached yet; "chapter" lists the ones that have.`);
      return STAY;
    }
    const name = checkpointLine(chosen).replace(/ \(.*\)$/, '');
    return this.moved(`A new game from ${name}, as an earlier run reached it.`, game.startRun(game.logbook.checkpointOrigin(chosen)));
  }
}

