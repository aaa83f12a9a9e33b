// A playthrough: continues the ink story, turns what it produces into typed events,
// and takes the player's choices back. No terminal, no clock, no disk.
import type { Story } from './ink.js';
import { Story as InkStory } from './ink.js';
import { storyFor } from './story-cache.js';
import { readCatalogue, endingTitle, type EndingCatalogue } from './catalogue.js';
import { choicePointId, type ChoicePointId } from './choice-point.js';
import { CREW_IDS, ROSTER, crewIdForSpeaker, type CrewId, type CrewLoyalty } from './crew.js';
import type { ChoiceOption, StoryEvent } from './events.js';
import { samePrimeDirective, type PrimeDirective } from './prime-directive.js';
import {
  hasCrew,
  hasPrimeDirective,
  numberVar,
  readCrewLoyalty,
  lostOfficers,
  readPrimeDirective,
  readVariable,
  setVariables,
  type InkValue,
} from './story-state.js';
import { hasTag, parseChapter, parseTag, tagValue } from './tags.js';

export interface SessionOptions {
  /** Seeds ink's RANDOM and shuffles; the same seed and choices replay exactly. */
  seed: number;
  /** Set before the first line: the echoes and runs_completed, or any declared variable. */
  variables?: Record<string, InkValue>;
}

export class ChoiceOutOfRange extends RangeError {
  constructor(
    readonly requested: number,
    readonly available: number,
  ) {
    super(
      available === 0
        ? 'There is nothing to choose right now.'
        : `Choice ${requested + 1} is not on the list; pick 1 to ${available}.`,
    );
    this.name = 'ChoiceOutOfRange';
  }
}

export class Session {
  readonly story: Story;
  readonly catalogue: EndingCatalogue;
  /** The story declares the six loyalty variables (false for other ink stories). */
  readonly tracksCrew: boolean;
  readonly tracksPrimeDirective: boolean;

  private lastCrew: CrewLoyalty | null;
  private lastPrimeDirective: PrimeDirective | null;
  private pendingErrors: string[] = [];
  private reachedEnding: string | null = null;
  private currentChapter: { number: number; title: string } | null = null;
  /** Set by ink's variable observers; read back through the typed accessors. */
  private watchedChanged = false;
  private currentSeed: number;
  /**
   * Nothing has run on the story and no variable was set since it was made: its state is what
   * ResetState() would make, so restart() can skip that (a cold ResetState re-runs the story's
   * global declarations: ~5 ms before a first line).
   */
  private pristine: boolean;
  /**
   * Set by playOpening(): the story already stands where a run with these variables stands
   * after its first passage, whatever its seed; restart() with the same variables keeps it,
   * and the next advance() gives the passage.
   */
  private opening: { variables: Record<string, InkValue>; events: StoryEvent[] } | null = null;
  private openingEvents: StoryEvent[] | null = null;

  constructor(storyJson: string | object, options: SessionOptions) {
    this.story = typeof storyJson === 'string' ? storyFor(storyJson) : new InkStory(storyJson as unknown as string);
    this.currentSeed = options.seed;
    this.story.onError = (message: string, type: number) => {
      // inkjs ErrorType: Author = 0, Warning = 1, Error = 2.
      this.pendingErrors.push(type === 2 ? message : `warning: ${message}`);
    };
    this.story.state.storySeed = options.seed;
    this.story.state.previousRandom = 0;
    setVariables(this.story, options.variables);
    this.pristine = Object.keys(options.variables ?? {}).length === 0;
    this.catalogue = readCatalogue(this.story.globalTags);
    this.tracksCrew = hasCrew(this.story);
    this.tracksPrimeDirective = hasPrimeDirective(this.story);
    this.lastCrew = null;
    this.lastPrimeDirective = null;
    this.resync();
    const watched = [
      ...(this.tracksCrew ? ROSTER.map((o) => o.variable) : []),
      ...(this.tracksPrimeDirective ? ['prime_directive', 'pd_strain', 'pd_stance'] : []),
    ].filter((name) => this.story.variablesState.GlobalVariableExistsWithName(name));
    for (const name of watched) {
      this.story.ObserveVariable(name, () => {
        this.watchedChanged = true;
      });
    }
  }

  /** The seed this run began with. */
  get seed(): number {
    return this.currentSeed;
  }

  /**
   * Starts the story again on the same parsed story (parsing is the slow part):
   * a new run with its seed and the variables set before the first line.
   */
  restart(options: SessionOptions): void {
    const opening = this.opening;
    this.opening = null;
    this.openingEvents = null;
    if (opening && sameVariables(opening.variables, options.variables ?? {})) {
      this.currentSeed = options.seed;
      this.story.state.storySeed = options.seed;
      this.openingEvents = opening.events;
      return;
    }
    if (!this.pristine) this.story.ResetState();
    this.pristine = false;
    this.currentSeed = options.seed;
    this.story.state.storySeed = options.seed;
    this.story.state.previousRandom = 0;
    setVariables(this.story, options.variables);
    this.reachedEnding = null;
    this.currentChapter = null;
    this.pendingErrors = [];
    this.resync();
  }

  /** The ink state as JSON: with the engine's history, all a save or a rewind needs. */
  snapshot(): string {
    return this.story.state.ToJson();
  }

  /**
   * Puts the story back at a state from `snapshot()`. The chapter and the ending are
   * what the history says they were there; nothing is announced as a change.
   */
  restore(state: string, where: { chapter: { number: number; title: string } | null; ending?: string | null }): void {
    this.opening = null;
    this.openingEvents = null;
    this.story.state.LoadJson(state);
    this.pristine = false;
    this.currentSeed = this.story.state.storySeed;
    this.currentChapter = where.chapter;
    this.reachedEnding = where.ending ?? null;
    this.pendingErrors = [];
    this.resync();
  }

  /** Where the current options are written in the story; null when there are none. */
  get pointId(): ChoicePointId | null {
    const choices = this.story.currentChoices;
    return choices.length === 0 ? null : choicePointId(choices.map((c) => c.sourcePath));
  }

  /** The names of the story's `echo_*` variables, the ones a profile can set. */
  get echoVariables(): string[] {
    const names = [...(this.story.variablesState as unknown as { _globalVariables: Map<string, unknown> })._globalVariables.keys()];
    return names.filter((n) => n.startsWith('echo_')).sort();
  }

  /** The items of the story's `secrets` list, when it keeps one. */
  get secrets(): string[] {
    const value = readVariable(this.story, 'secrets');
    return Array.isArray(value) ? value : [];
  }

  get crew(): CrewLoyalty | null {
    return this.tracksCrew ? readCrewLoyalty(this.story) : null;
  }

  /** Officers the story has lost for good (bible §4.1: a destroyed Data). */
  get lost(): CrewId[] {
    return this.tracksCrew ? lostOfficers(this.story) : [];
  }

  get primeDirective(): PrimeDirective | null {
    return this.tracksPrimeDirective ? readPrimeDirective(this.story) : null;
  }

  /** The Son'a schedule (hours 0–24), when the story keeps one. */
  get hours(): number | null {
    return numberVar(this.story, 'hours') ?? null;
  }

  get chapter(): { number: number; title: string } | null {
    return this.currentChapter;
  }

  get ending(): string | null {
    return this.reachedEnding;
  }

  get canContinue(): boolean {
    return this.story.canContinue;
  }

  get options(): ChoiceOption[] {
    return this.story.currentChoices.map((c, index) => {
      const tags = c.tags ?? [];
      return { index, id: c.sourcePath, text: c.text.trim(), tags, echo: hasTag(tags, 'echo') };
    });
  }

  get finished(): boolean {
    return !this.story.canContinue && this.story.currentChoices.length === 0;
  }

  /**
   * Runs the story to the next choice or to its end, returning everything that
   * happened in order; the last event is always `choices` or `end`.
   */
  advance(): StoryEvent[] {
    if (this.openingEvents) {
      const opening = this.openingEvents;
      this.openingEvents = null;
      return opening;
    }
    const events: StoryEvent[] = [];
    this.pristine = false;
    while (this.story.canContinue) {
      let text: string;
      try {
        text = this.story.Continue() ?? '';
      } catch (err) {
        this.pendingErrors.push(err instanceof Error ? err.message : String(err));
        this.flushErrors(events);
        break;
      }
      const tags = this.story.currentTags ?? [];
      // Ink runs the logic that precedes a line in the same step as the line, so a
      // change normally belongs before it. At the last line before a choice, ink has
      // also run whatever follows the line, so the notice goes after it there.
      const more = this.story.canContinue;
      const changes = this.collectChanges();
      if (more) events.push(...changes);
      this.pushTagEvents(tags, events);
      const line = text.replace(/\s+$/, '');
      if (line.trim() !== '') events.push(this.lineEvent(line, tags));
      if (!more) events.push(...changes);
      const ending = tagValue(tags, 'ending');
      if (ending) {
        this.reachedEnding = ending;
        events.push({ kind: 'ending', id: ending, title: endingTitle(this.catalogue, ending) });
      }
      this.flushErrors(events);
    }
    const options = this.options;
    if (options.length > 0) events.push({ kind: 'choices', options });
    else events.push({ kind: 'end', ending: this.reachedEnding });
    return events;
  }

  /** Takes option `index` (from 0) of the current choices. */
  choose(index: number): void {
    const available = this.story.currentChoices.length;
    if (!Number.isInteger(index) || index < 0 || index >= available) {
      throw new ChoiceOutOfRange(index, available);
    }
    this.pristine = false;
    this.opening = null;
    this.openingEvents = null;
    this.story.ChooseChoiceIndex(index);
  }

  /**
   * Plays a run's first passage now, for a run that will start later with `variables`
   * (restart() with them keeps this state and the next advance() gives the passage). Only
   * sound when the opening does not depend on the seed: the seed is set afterwards, so the
   * opening must draw no random number. Returns false, and leaves no opening, when playing it
   * again under another seed gives any other text or state.
   */
  playOpening(variables: Record<string, InkValue>, checkWith: Session): boolean {
    const played = (s: Session, seed: number) => {
      s.restart({ seed, variables });
      const events = s.advance();
      return { events, text: JSON.stringify(events), state: s.snapshot().replace(/"storySeed":-?\d+,?/, '') };
    };
    const mine = played(this, 1);
    const other = played(checkWith, 2);
    if (mine.text !== other.text || mine.state !== other.state || this.story.state.previousRandom !== 0) return false;
    this.opening = { variables: { ...variables }, events: mine.events };
    return true;
  }

  /** A session made ahead of time starts its life with the player's seed. */
  reseed(seed: number): void {
    this.currentSeed = seed;
    this.story.state.storySeed = seed;
  }

  /** Trackers start from the story as it is now, so the next change is measured from here. */
  private resync(): void {
    this.lastCrew = this.tracksCrew ? readCrewLoyalty(this.story) : null;
    this.lastPrimeDirective = this.tracksPrimeDirective ? readPrimeDirective(this.story) : null;
    this.watchedChanged = false;
  }

  private lineEvent(text: string, tags: string[]): StoryEvent {
    const speaker = tagValue(tags, 'speaker');
    const interlude = tagValue(tags, 'interlude');
    const crew: CrewId | undefined = speaker ? crewIdForSpeaker(speaker) : undefined;
    return {
      kind: 'line',
      text,
      tags,
      ...(speaker ? { speaker } : {}),
      ...(crew ? { crew } : {}),
      ...(interlude ? { interlude } : {}),
    };
  }

  private pushTagEvents(tags: string[], events: StoryEvent[]): void {
    for (const raw of tags) {
      const tag = parseTag(raw);
      if (tag.key === 'chapter') {
        const chapter = parseChapter(tag.value);
        this.currentChapter = chapter;
        events.push({ kind: 'chapter', ...chapter });
      } else if (tag.key === 'checkpoint' && tag.value) {
        events.push({ kind: 'checkpoint', id: tag.value });
      }
    }
  }

  private collectChanges(): StoryEvent[] {
    if (!this.watchedChanged) return [];
    this.watchedChanged = false;
    const events: StoryEvent[] = [];
    if (this.lastCrew) {
      const now = readCrewLoyalty(this.story);
      const lost = lostOfficers(this.story);
      for (const id of CREW_IDS) {
        // An officer the story has lost (a destroyed Data) is frozen: no notice for them.
        if (now[id] !== this.lastCrew[id] && !lost.includes(id)) {
          events.push({ kind: 'loyalty', officer: id, from: this.lastCrew[id], to: now[id] });
        }
      }
      this.lastCrew = now;
    }
    if (this.lastPrimeDirective) {
      const now = readPrimeDirective(this.story);
      if (!samePrimeDirective(now, this.lastPrimeDirective)) {
        events.push({ kind: 'prime-directive', from: this.lastPrimeDirective, to: now });
      }
      this.lastPrimeDirective = now;
    }
    return events;
  }

  private flushErrors(events: StoryEvent[]): void {
    for (const message of this.pendingErrors) events.push({ kind: 'story-error', message });
    this.pendingErrors = [];
  }
}

/** A seed for a run the player did not seed: any 31-bit number. */
export function freshSeed(random: () => number = Math.random): number {
  return Math.floor(random() * 0x7fffffff);
}

function sameVariables(a: Record<string, InkValue>, b: Record<string, InkValue>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && a[k] === b[k]);
}
