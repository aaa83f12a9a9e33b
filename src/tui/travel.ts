// The commands that move the story: restore a save, rewind (and undo it), skip what has
// been read, replay to the first untried choice, and begin again at a chapter start.
import type { StoryEvent } from '../engine/events.js';
import { divergence, skipChoice } from '../engine/exploration.js';
import { AUTOSAVE, StoreError } from '../store/store.js';
import type { Game } from './game.js';
import type { Helm, Outcome } from './helm.js';
import { pick } from './menus.js';
import { checkpointLine, renderCheckpoints, renderRewindList, renderSlots, rewindLines, slotLine } from './replay-views.js';

const STAY: Outcome = { kind: 'stay' };

export class Travel {
  constructor(private readonly helm: Helm) {}

  private get game(): Game {
    return this.helm.game;
  }

  async load(slot: string | undefined): Promise<Outcome> {
    const { game } = this;
    let name = slot;
    if (name === undefined) {
      const slots = game.logbook.slots();
      if (game.options.interactive && slots.length > 0) {
        const chosen = await pick('Restore which save?', slots.map((s) => ({ label: slotLine(s), value: s.slot })), game.theme, this.helm.io);
        if (chosen === null) return STAY;
        name = chosen;
      } else {
        game.screen.print(renderSlots(slots, game.theme, game.screen.layout()));
        if (slots.length === 0 || game.options.interactive) return STAY;
        const answer = await this.helm.follow('Restore which save? (Enter to stay)');
        if (answer === null) return { kind: 'input-ended' };
        if (!answer) return STAY;
        name = answer;
      }
    }
    try {
      const { run, events } = game.logbook.load(name);
      game.playing = run;
      // The autosave follows the player to the restored moment, so "continue" finds it.
      if (run.history.some((s) => s.taken)) {
        const problem = game.logbook.autosave(run);
        if (problem) this.helm.problem(problem);
      }
      const steps = run.history.filter((s) => s.taken).length;
      const slot = name.trim().toLowerCase();
      const count = `${steps} choice${steps === 1 ? '' : 's'} in`;
      return this.helm.moved(slot === AUTOSAVE ? `Continuing where you left off (${count}).` : `Restored "${slot}" (${count}).`, events);
    } catch (err) {
      if (!(err instanceof StoreError)) throw err;
      this.helm.problem(err.message);
      return STAY;
    }
  }

  async rewind(to: number | undefined): Promise<Outcome> {
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
        const chosen = await pick('Rewind to which choice?', items, game.theme, this.helm.io);
        if (chosen === null) return STAY;
        target = chosen;
      } else {
        game.screen.print(renderRewindList(steps, game.theme, game.screen.layout()));
        const answer = await this.helm.follow('Rewind to which choice? (Enter to stay)');
        if (answer === null) return { kind: 'input-ended' };
        if (!answer) return STAY;
        if (!/^\d{1,6}$/.test(answer)) {
          this.helm.problem(`"${answer.slice(0, 12)}" is not a number from the list.`);
          return STAY;
        }
        target = Number(answer);
      }
    }
    const current = steps.at(-1)?.taken ? steps.length + 1 : steps.length;
    if (target === current) {
      this.helm.say('You are at that choice now.');
      return STAY;
    }
    if (target < 1 || target > steps.length) {
      this.helm.problem(steps.length === 1 ? 'There is only choice 1 to go back to.' : `Choose a number from 1 to ${steps.length}.`);
      return STAY;
    }
    const events = run.rewindTo(target - 1);
    game.logbook.autosave(run);
    const undo = game.options.interactive ? 'u' : 'undo';
    return this.helm.moved(`Rewound to choice ${target}. (${undo} puts back what you rewound, until your next choice.)`, events);
  }

  undo(): Outcome {
    const run = this.game.playing;
    if (!run) return STAY;
    if (run.undoRewind()) {
      this.game.logbook.autosave(run);
      return this.helm.moved('The rewind is undone.', [...run.passage]);
    }
    const taken = run.history.filter((s) => s.taken).length;
    if (taken === 0) {
      this.helm.say('There is nothing to undo yet.');
      return STAY;
    }
    const target = run.ending ? run.history.length - 1 : run.history.length - 2;
    const events = run.rewindTo(target);
    this.game.logbook.autosave(run);
    return this.helm.moved(`Back to choice ${target + 1}. (undo again puts it back)`, events);
  }

  /** Takes the options taken before through everything already read, up to something new. */
  skip(): Outcome {
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
      this.helm.say('Nothing to skip: this choice still has an option you have never taken.');
      return STAY;
    }
    return this.helm.moved(`Skipped ${skipped.length} choice${skipped.length === 1 ? '' : 's'} you had made before: ${skipped.join(' → ')}`, events);
  }

  /** Rewinds to the first choice point of this run with an option never taken in any run. */
  replay(): Outcome {
    const run = this.game.playing;
    if (!run) return STAY;
    const at = divergence(this.game.logbook.profile, run.history);
    const current = run.history.at(-1)?.taken ? run.history.length : run.history.length - 1;
    if (at === null) {
      this.helm.say('Every choice in this run has been explored in some run: try the map for the rest.');
      return STAY;
    }
    if (at === current) {
      this.helm.say('This choice is the first in the run with an option you have never taken.');
      return STAY;
    }
    const replayed = run.history.slice(0, at).map((s) => s.taken?.text ?? '');
    const events = run.rewindTo(at);
    this.game.logbook.autosave(run);
    if (replayed.length === 0) return this.helm.moved('Back to choice 1, the first with an option you have never taken.', events);
    const list = replayed.join(' → ');
    return this.helm.moved(`Replayed ${replayed.length} choice${replayed.length === 1 ? '' : 's'}: ${list}. Choice ${at + 1} has an option you have never taken.`, events);
  }

  async chapter(which: string | undefined): Promise<Outcome> {
    const { game } = this;
    const list = game.logbook.checkpoints;
    let chosen = which === undefined ? undefined : list.find((c) => String(c.chapter?.number) === which || c.id === which);
    if (which === undefined) {
      if (game.options.interactive && list.length > 0) {
        const value = await pick('Begin a new game at which chapter?', list.map((c) => ({ label: checkpointLine(c), value: c.id })), game.theme, this.helm.io);
        chosen = list.find((c) => c.id === value);
        if (!chosen) return STAY;
      } else {
        game.screen.print(renderCheckpoints(list, game.theme, game.screen.layout()));
        return STAY;
      }
    }
    if (!chosen) {
      this.helm.problem(`No chapter "${which?.slice(0, 20)}" has been reached yet; "chapter" lists the ones that have.`);
      return STAY;
    }
    const name = checkpointLine(chosen).replace(/ \(.*\)$/, '');
    return this.helm.moved(`A new game from ${name}, as an earlier run reached it.`, game.startRun(game.logbook.checkpointOrigin(chosen)));
  }
}
