// A playthrough with a memory: every choice point met is recorded with the option taken,
// so the player can rewind to any of them, undo the rewind, save and load. One parsed
// story serves the whole run; going back loads an ink state and replays from there.
import { lineKey, type ChoicePointId } from './choice-point.js';
import type { StoryEvent } from './events.js';
import { routeOf, type Chapter, type RouteStep, type RunOrigin, type RunRecord, type Step } from './history.js';
import type { Session } from './session.js';
import { tagValue } from './tags.js';

/** A chapter start reached in this run: a new game can begin there, in this run's state. */
export interface CheckpointReached {
  id: string;
  chapter: Chapter | null;
  seed: number;
  variables: RunOrigin['variables'];
  /** Every choice from the story's first line into the chapter. */
  route: RouteStep[];
  /** Ink state at the last of those choices (none when the chapter opens the story). */
  state?: string;
  stateChapter?: Chapter | null;
}

/** What one stretch of story taught the profile: the news the gallery and the map are made of. */
export interface Progress {
  lines: string[];
  /** Endings a `# near:` tag says the player came close to. */
  near: string[];
  checkpoints: CheckpointReached[];
  /** The choice point the stretch ended at. */
  point?: { id: ChoicePointId; chapter: Chapter | null; label: string; options: { id: string; text: string }[] };
  /** The option that led here, from the point before. */
  from?: { point: ChoicePointId; option: string };
  ending?: { id: string; route: number };
  secrets: string[];
}

export class HistoryMismatch extends Error {
  constructor(step: number) {
    super(`the story no longer matches this run at choice ${step + 1}`);
    this.name = 'HistoryMismatch';
  }
}

interface Undo {
  steps: Step[];
  snapshots: Record<number, string>;
  ending: string | null;
  passage: StoryEvent[];
  state: string;
}

export class Run {
  private steps: Step[] = [];
  private snapshots: Record<number, string> = {};
  private endingId: string | null = null;
  private lastPassage: StoryEvent[] = [];
  private undo: Undo | null = null;
  private pendingFrom: Progress['from'];
  private started = false;

  private constructor(
    readonly session: Session,
    readonly origin: RunOrigin,
  ) {}

  /** A new run on `session`'s story; `advance()` gives its first passage. */
  static begin(session: Session, origin: RunOrigin): Run {
    return new Run(session, origin);
  }

  /** A run from a save: the story stands at its last choice point, and `passage` is what was on screen. */
  static resume(session: Session, record: RunRecord): { run: Run; events: StoryEvent[]; progress: Progress } {
    const run = new Run(session, record.origin);
    if (record.steps.length === 0) return { run, ...run.advance() };
    run.started = true;
    run.steps = record.steps.map((s) => ({ ...s, ...(s.taken ? { taken: { ...s.taken } } : {}) }));
    run.snapshots = { ...record.snapshots };
    const at = run.steps.length === 0 ? 0 : run.steps.at(-1)?.taken ? run.steps.length : run.steps.length - 1;
    const events = run.passageTo(at);
    run.endingId = record.ending ?? run.session.ending;
    run.lastPassage = events;
    return { run, events, progress: run.progressOf(events) };
  }

  get history(): readonly Step[] {
    return this.steps;
  }

  get ending(): string | null {
    return this.endingId;
  }

  /** The events since the last choice: the text on screen. */
  get passage(): readonly StoryEvent[] {
    return this.lastPassage;
  }

  get canUndoRewind(): boolean {
    return this.undo !== null;
  }

  /** The whole route from the story's first line (a run code's content). */
  get route(): RouteStep[] {
    return routeOf({ origin: this.origin, steps: this.steps });
  }

  get record(): RunRecord {
    return { origin: this.origin, steps: this.steps.map((s) => ({ ...s })), snapshots: { ...this.snapshots }, ending: this.endingId };
  }

  /** Runs to the next choice point or the end. The first call plays the run's opening. */
  advance(): { events: StoryEvent[]; progress: Progress } {
    const events = this.steps.length === 0 && !this.started ? this.openingPassage() : this.session.advance();
    this.started = true;
    this.noteArrival(events);
    const progress = this.progressOf(events);
    this.pendingFrom = undefined;
    return { events, progress };
  }

  /** Takes option `index` at the current choice point. */
  choose(index: number): void {
    const step = this.steps.at(-1);
    const option = this.session.options[index];
    // The state at a choice point is kept once the point is left (see noteArrival).
    const at = this.steps.length - 1;
    if (step && option && this.snapshots[at] === undefined) this.snapshots[at] = this.session.snapshot();
    this.session.choose(index);
    if (!step || !option) return;
    step.taken = { index, text: option.text };
    this.pendingFrom = { point: step.point, option: option.id };
    this.undo = null;
  }

  /** Goes back to choice point `i` (from 0) of this run; returns that moment's text. */
  rewindTo(i: number): StoryEvent[] {
    if (!Number.isInteger(i) || i < 0 || i >= this.steps.length) throw new RangeError(`no choice point ${i + 1} in this run`);
    this.undo = {
      steps: this.steps.map((s) => ({ ...s })),
      snapshots: { ...this.snapshots },
      ending: this.endingId,
      passage: this.lastPassage,
      state: this.session.snapshot(),
    };
    const events = this.passageTo(i);
    this.steps = this.steps.slice(0, i + 1);
    const step = this.steps[i];
    if (step) delete step.taken;
    for (const key of Object.keys(this.snapshots)) if (Number(key) > i) delete this.snapshots[Number(key)];
    this.endingId = null;
    this.lastPassage = events;
    this.started = true;
    return events;
  }

  /** Puts back what the last rewind took away; possible until the next choice. */
  undoRewind(): boolean {
    const undo = this.undo;
    if (!undo) return false;
    this.steps = undo.steps;
    this.snapshots = undo.snapshots;
    this.endingId = undo.ending;
    this.lastPassage = undo.passage;
    const last = this.steps.at(-1);
    this.session.restore(undo.state, { chapter: last?.chapter ?? null, ending: undo.ending });
    this.undo = null;
    return true;
  }

  /** What taking option `index` here would show, without taking it: the story stays where it is. */
  peek(index: number): StoryEvent[] {
    const here = this.session.snapshot();
    const step = this.steps.at(-1);
    this.session.choose(index);
    const events = this.session.advance();
    this.session.restore(here, { chapter: step?.chapter ?? null, ending: this.endingId });
    return events;
  }

  /** Every event of the run so far, from its first line: for a transcript. Leaves the story where it was. */
  replayAll(): { events: StoryEvent[]; steps: readonly Step[] } {
    const here = this.session.snapshot();
    const last = this.steps.at(-1);
    const events: StoryEvent[] = [];
    events.push(...this.passageTo(0));
    for (let i = 0; i < this.steps.length; i++) {
      const taken = this.steps[i]?.taken;
      if (!taken) break;
      this.session.choose(taken.index);
      events.push(...this.session.advance());
    }
    this.session.restore(here, { chapter: last?.chapter ?? null, ending: this.endingId });
    return { events, steps: this.steps };
  }

  private noteArrival(events: StoryEvent[]): void {
    const last = events.at(-1);
    if (last?.kind === 'choices') {
      const point = this.session.pointId ?? '';
      this.steps.push({ point, chapter: this.session.chapter, count: last.options.length });
      // The state here is saved when a choice is made (choose), not on arrival: nothing reads
      // the current point's state before then (saves keep taken points; rewinds stand on
      // them), and a first passage then reaches the screen without a cold serialisation.
    } else if (last?.kind === 'end') {
      this.endingId = last.ending;
    }
    this.lastPassage = events;
  }

  private progressOf(events: StoryEvent[]): Progress {
    const lines: string[] = [];
    const near: string[] = [];
    const checkpoints: CheckpointReached[] = [];
    let label = '';
    for (const e of events) {
      if (e.kind === 'line') {
        lines.push(lineKey(e.text));
        label = e.text;
        const n = tagValue(e.tags, 'near');
        if (n) near.push(n);
      } else if (e.kind === 'checkpoint') {
        checkpoints.push(this.checkpointHere(e.id));
      }
    }
    const last = events.at(-1);
    const progress: Progress = { lines, near, checkpoints, secrets: this.session.secrets };
    if (this.pendingFrom) progress.from = this.pendingFrom;
    if (last?.kind === 'choices') {
      for (const o of last.options) {
        const n = tagValue(o.tags, 'near');
        if (n) near.push(n);
      }
      progress.point = {
        id: this.session.pointId ?? '',
        chapter: this.session.chapter,
        label,
        options: last.options.map((o) => ({ id: o.id, text: o.text })),
      };
    } else if (last?.kind === 'end' && last.ending) {
      progress.ending = { id: last.ending, route: this.route.length };
    }
    return progress;
  }

  private checkpointHere(id: string): CheckpointReached {
    const route = this.route;
    const base = { id, chapter: this.session.chapter, seed: this.origin.seed, variables: this.origin.variables, route };
    // The choice that led into the chapter is the last one taken; its state starts the chapter.
    let lastIndex = this.steps.length - 1;
    while (lastIndex >= 0 && !this.steps[lastIndex]?.taken) lastIndex--;
    const state = this.snapshots[lastIndex];
    if (lastIndex >= 0 && state !== undefined) return { ...base, state, stateChapter: this.steps[lastIndex]?.chapter ?? null };
    if (lastIndex < 0 && this.origin.preludeState !== undefined) {
      return { ...base, state: this.origin.preludeState, stateChapter: this.origin.preludeChapter ?? null };
    }
    return base;
  }

  /** The run's first passage: the story's opening, or a chapter start after an earlier run's choices. */
  private openingPassage(): StoryEvent[] {
    const { origin, session } = this;
    session.restart({ seed: origin.seed, variables: origin.variables });
    const lastChoice = origin.prelude.at(-1);
    if (!lastChoice) return session.advance();
    if (origin.preludeState !== undefined) {
      session.restore(origin.preludeState, { chapter: origin.preludeChapter ?? null });
    } else {
      session.advance();
      for (const step of origin.prelude.slice(0, -1)) {
        session.choose(step.index);
        session.advance();
      }
    }
    session.choose(lastChoice.index);
    const events = session.advance();
    const at = origin.checkpoint ? events.findIndex((e) => e.kind === 'checkpoint' && e.id === origin.checkpoint) : -1;
    if (at < 0) return events;
    const from = events[at - 1]?.kind === 'chapter' ? at - 1 : at;
    return events.slice(from);
  }

  /**
   * Stands the story at step `i` (or at the end, when `i` is past the last step) and
   * returns the passage that leads there, replaying from the nearest snapshot.
   */
  private passageTo(i: number): StoryEvent[] {
    if (i === 0) {
      const events = this.openingPassage();
      if (this.session.options.length > 0) this.snapshots[0] = this.session.snapshot();
      return events;
    }
    this.standAt(i - 1);
    const taken = this.steps[i - 1]?.taken;
    if (!taken) throw new HistoryMismatch(i - 1);
    this.session.choose(taken.index);
    const events = this.session.advance();
    if (this.session.options.length > 0) {
      if (this.steps[i] && this.session.pointId !== this.steps[i]?.point) throw new HistoryMismatch(i);
      this.snapshots[i] = this.session.snapshot();
    }
    return events;
  }

  /** Restores the ink state at step `i`, replaying forward from the nearest snapshot before it. */
  private standAt(i: number): void {
    let from = i;
    while (from > 0 && this.snapshots[from] === undefined) from--;
    const state = this.snapshots[from];
    if (state === undefined) {
      this.openingPassage();
      this.snapshots[0] = this.session.snapshot();
    } else {
      this.session.restore(state, { chapter: this.steps[from]?.chapter ?? null });
    }
    for (let k = from; k < i; k++) {
      const taken = this.steps[k]?.taken;
      if (!taken) throw new HistoryMismatch(k);
      this.session.choose(taken.index);
      this.session.advance();
      if (this.session.pointId !== this.steps[k + 1]?.point) throw new HistoryMismatch(k + 1);
      this.snapshots[k + 1] = this.session.snapshot();
    }
  }
}
