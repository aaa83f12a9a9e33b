// The captain's log: keeps the profile and the saves in step with the run being played.
// The shell around the engine's pure profile updates: it reads the clock, writes the
// files, and turns every failure into one line for the player.
import type { Chapter, RunOrigin } from '../engine/history.js';
import { branchMap, countStoryOptions, type BranchMap } from '../engine/branch-map.js';
import { gallery, nearTagsIn, type Gallery } from '../engine/gallery.js';
import { echoVariables, recordProgress, recordRunStart, type CheckpointRecord, type Profile } from '../engine/profile.js';
import { Run, type Progress } from '../engine/run.js';
import type { Session } from '../engine/session.js';
import { compactSnapshots } from '../engine/history.js';
import { declares } from '../engine/story-state.js';
import { storyFact } from '../engine/story-cache.js';
import { AUTOSAVE, GameStore, refusal, StoreError, validSlotName, type SlotInfo } from './store.js';

export class Logbook {
  private current: Profile;
  /** The profile as last read from or written to disk: what another game's changes are measured against. */
  private base: Profile;
  private seenLines: Set<string>;
  /** Endings the story marks with `# near:` somewhere. */
  private readonly marked: Set<string>;
  private readonly storyOptions: number;
  /** A failure to write is told once, not after every choice. */
  private writeFailed = false;
  /** The last autosave written is the present moment. */
  private autosaved = false;
  readonly warning: string | null;

  constructor(
    private readonly store: GameStore,
    private readonly session: Session,
    storyJson: string,
    private readonly clock: () => Date,
  ) {
    store.clearStaleWrites();
    const { profile, warning } = store.readProfile();
    this.current = profile;
    this.base = profile;
    this.warning = warning;
    this.seenLines = new Set(profile.seen);
    this.marked = storyFact(storyJson, 'near-tags', () => nearTagsIn(storyJson));
    this.storyOptions = storyFact(storyJson, 'option-count', () => countStoryOptions(storyJson));
  }

  get profile(): Profile {
    return this.current;
  }

  get seen(): ReadonlySet<string> {
    return this.seenLines;
  }

  private now(): string {
    return this.clock().toISOString();
  }

  /** A new game's origin: the seed, and the echoes and runs_completed from the profile. */
  newOrigin(seed: number): RunOrigin {
    const declared = { echoes: this.session.echoVariables, runsCompleted: declares(this.session.story, 'runs_completed') };
    return { seed, variables: echoVariables(this.current, declared), prelude: [] };
  }

  /** Chapter starts reached in any run of this story version, in story order. */
  get checkpoints(): CheckpointRecord[] {
    return Object.values(this.current.checkpoints).sort((a, b) => (a.chapter?.number ?? 0) - (b.chapter?.number ?? 0) || a.id.localeCompare(b.id));
  }

  checkpointOrigin(record: CheckpointRecord): RunOrigin {
    const origin: RunOrigin = { seed: record.seed, variables: record.variables, prelude: record.route, checkpoint: record.id };
    if (record.state !== undefined) {
      origin.preludeState = record.state;
      origin.preludeChapter = record.stateChapter ?? null;
    }
    return origin;
  }

  /** Starts a run on the session and counts it. */
  begin(origin: RunOrigin): Run {
    this.current = recordRunStart(this.current);
    return Run.begin(this.session, origin);
  }

  /** Folds news from the story into the profile and writes it; returns a line to show if writing failed. */
  record(progress: Progress): string | null {
    this.current = recordProgress(this.current, progress, this.now());
    for (const key of progress.lines) this.seenLines.add(key);
    return this.persist(() => {
      const written = this.store.writeProfile(this.current, this.base);
      // Another game's endings and text read, merged in, count here too.
      if (written !== this.current) for (const key of written.seen) this.seenLines.add(key);
      this.current = written;
      this.base = written;
      return null;
    });
  }

  /** Writes the autosave; returns a line to show if it failed or found a damaged one. */
  autosave(run: Run): string | null {
    let written = false;
    const problem = this.persist(() => {
      const notice = this.store.writeSave(AUTOSAVE, this.saveFile(run, AUTOSAVE));
      written = true;
      return notice;
    });
    this.autosaved = written;
    return problem;
  }

  /** The autosave on disk holds the present moment (the last autosave succeeded). */
  get autosaveCurrent(): boolean {
    return this.autosaved;
  }

  private persist(write: () => string | null): string | null {
    try {
      return write();
    } catch (err) {
      if (!(err instanceof StoreError)) throw err;
      if (this.writeFailed) return null;
      this.writeFailed = true;
      return err.message;
    }
  }

  /** Saves to a named slot; throws StoreError with a line for the player. */
  save(slot: string, run: Run): void {
    this.store.writeSave(slot, this.saveFile(run, slot));
  }

  /**
   * Restores a slot onto the session. The ending of a finished run is not counted twice.
   * A save the story cannot replay (its ink state belongs to another story, or is
   * damaged inside) is refused, and the story stays exactly where it was.
   */
  load(slot: string): { run: Run; events: ReturnType<typeof Run.resume>['events'] } {
    const save = this.store.readSave(slot);
    const { session } = this;
    const here = { state: session.snapshot(), chapter: session.chapter, ending: session.ending };
    let resumed: ReturnType<typeof Run.resume>;
    try {
      resumed = Run.resume(session, save.run);
    } catch (err) {
      session.restore(here.state, here);
      const detail = err instanceof Error ? err.message.split('\n')[0]?.slice(0, 120) : String(err);
      const name = validSlotName(slot);
      throw new StoreError(refusal(name, this.store.slotFile(name), `its story state does not fit this story (${detail})`));
    }
    const { run, events, progress } = resumed;
    const { ending: _counted, ...rest } = progress;
    this.record(rest);
    return { run, events };
  }

  get hasAutosave(): boolean {
    return this.store.hasSave(AUTOSAVE);
  }

  slots(): SlotInfo[] {
    return this.store.listSaves();
  }

  gallery(): Gallery {
    return gallery(this.current, this.session.catalogue, this.marked);
  }

  map(run: Run | null): BranchMap {
    const steps = run?.history ?? [];
    const last = steps.at(-1);
    return branchMap(this.current, {
      here: run && !run.ending && last && !last.taken ? last.point : null,
      route: steps.flatMap((s) => (s.taken ? [{ point: s.point, text: s.taken.text }] : [])),
      chapter: last?.chapter ?? null,
      catalogue: this.session.catalogue,
      storyOptions: this.storyOptions,
    });
  }

  private saveFile(run: Run, slot: string) {
    const record = run.record;
    const last = record.steps.at(-1);
    const chapter: Chapter | null = last?.chapter ?? null;
    return {
      story: this.store.story.key,
      storyVersion: this.store.story.version,
      slot,
      savedAt: this.now(),
      summary: {
        chapter: chapter ? `${chapter.number} ${chapter.title}`.trim() : null,
        choices: record.steps.filter((s) => s.taken).length,
        ending: record.ending,
      },
      run: { ...record, snapshots: compactSnapshots(record) },
    };
  }
}
