// The commands a player gives at a choice or after an ending: save, map, endings,
// transcript, run code, status, help and the menu (travel.ts moves the story). The same
// handlers serve the keys and menus on a terminal and the words typed in piped play.
import type { StoryEvent } from '../engine/events.js';
import { endingTitle } from '../engine/catalogue.js';
import { StoreError, validSlotName, AUTOSAVE } from '../store/store.js';
import { Travel } from './travel.js';
import type { GameCommand } from './commands.js';
import { PIPED_HELP } from './commands.js';
import type { Game } from './game.js';
import { renderGallery } from './gallery-view.js';
import { renderMap } from './map-view.js';
import { askText, pick } from './menus.js';
import { measure } from './render.js';
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
  private readonly travel: Travel;

  constructor(readonly game: Game) {
    this.travel = new Travel(this);
  }

  get io() {
    return { input: this.game.options.input, output: this.game.options.output };
  }

  say(text: string): void {
    this.game.say(text);
  }

  problem(text: string): void {
    this.game.say(this.game.theme.error(text));
  }

  /** A note before a moved passage, set off from the story text. */
  moved(note: string, events: StoryEvent[]): Outcome {
    this.say(this.game.theme.dim(note));
    // A chapter heading brings its own blank line.
    if (events[0]?.kind !== 'chapter') this.game.screen.print();
    this.game.resetGap();
    return { kind: 'moved', events };
  }

  /** In piped play a list is followed by a question answered on the next line. */
  async follow(question: string): Promise<string | null> {
    // The question and a short answer must fit the line; on a narrow screen the question
    // gets a line of its own and the answer goes after a prompt below it.
    const room = measure(this.game.screen.layout());
    let prompt = `${question} `;
    if ([...prompt].length + 4 > room) {
      this.say(question);
      prompt = '> ';
    }
    const line = await this.game.readLine(prompt);
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
        if (game.progressLost) this.say(theme.dim('You leave the story here. Your progress could not be saved.'));
        else if (!game.logbook.hasAutosave) this.say(theme.dim('You leave the story here.'));
        else this.say(theme.dim(`You leave the story here. Your place is kept: ${game.options.interactive ? 'Continue' : '"continue"'} picks it up.`));
        return { kind: 'quit' };
      case 'help':
        this.say(game.options.interactive ? TTY_HELP : PIPED_HELP);
        return STAY;
      case 'status': {
        const s = game.options.session;
        game.screen.print(renderStatus({ crew: s.crew, lost: s.lost, primeDirective: s.primeDirective, hours: s.hours, chapter: s.chapter }, theme, layout));
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
        return this.travel.load(command.slot);
      case 'rewind':
        return this.travel.rewind(command.to);
      case 'undo':
        return this.travel.undo();
      case 'skip':
        return this.travel.skip();
      case 'replay':
        return this.travel.replay();
      case 'transcript':
        return this.transcript(command.file);
      case 'chapter':
        return this.travel.chapter(command.which);
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
}
