// Moving one Story object around a story's state space quickly: an in-memory snapshot of
// a state at a choice point, putting the story back at a snapshot, and running from a
// choice to the next choice point without assembling any text.
//
// Why not state.ToJson/LoadJson: serialising and parsing a whole state costs more than the
// step it saves. Why not Continue(): it stops at every line and, to honour glue, copies the
// state and rebuilds the line's text after every step; none of that changes where the story
// goes. Running Step() until the story cannot continue reaches the same state (the
// differential test in tests/engine/explorer-fork.test.ts checks this on the real story).
//
// Snapshots share with the live story, never copy: the maps under the patch (below), the
// options (choose() copies the one taken before ink uses it), and the threads at the choice
// point, which never run again — taking an option puts a copy of the option's own thread in
// their place, and only that copy runs. The transition cache (transitions.ts) relies on the
// same: a run's end state is kept as the live story left it.
import type { Story } from '../ink.js';
import type { Recorder } from './transitions.js';
import { runtime, type InkChoice, type InkContainer, type InkObject, type InkPointer, type InkRuntime, type InkState, type InkThread, type InkValue } from './ink-internals.js';

/** Values and counts written since a snapshot's shared maps were made. */
interface Delta {
  readonly globals: ReadonlyMap<string, InkValue>;
  readonly visits: ReadonlyMap<InkContainer, number>;
  readonly turns: ReadonlyMap<InkContainer, number>;
}

/**
 * ink's own StatePatch, by the interface ink calls: while a patch is set, every write to a
 * global, a visit count or a turn index lands in it and every read looks in it first. The
 * explorer sets one on each restore, so the snapshot's maps are shared, never copied, and
 * a new snapshot copies only what changed (until that grows past FLATTEN_AT). Because ink
 * asks the patch first, it is also where the transition cache watches what a run reads.
 */
export class Patch {
  readonly _globals: Map<string, InkValue>;
  private _changed: Set<string> | null = null;
  readonly _visitCounts: Map<InkContainer, number>;
  readonly _turnIndices: Map<InkContainer, number>;
  /** Watching a run for the transition cache (transitions.ts): every look and write is reported. */
  rec: Recorder | null = null;

  constructor(from?: Delta) {
    this._globals = new Map(from?.globals);
    this._visitCounts = new Map(from?.visits);
    this._turnIndices = new Map(from?.turns);
  }
  get globals(): Map<string, InkValue> {
    return this._globals;
  }
  get changedVariables(): Set<string> {
    return (this._changed ??= new Set());
  }
  get visitCounts(): Map<InkContainer, number> {
    return this._visitCounts;
  }
  get turnIndices(): Map<InkContainer, number> {
    return this._turnIndices;
  }
  get size(): number {
    return this._globals.size + this._visitCounts.size + this._turnIndices.size;
  }
  TryGetGlobal(name: string | null, value: unknown): { result: unknown; exists: boolean } {
    if (this.rec !== null && name !== null) this.rec.global(name, this);
    return name !== null && this._globals.has(name) ? { result: this._globals.get(name), exists: true } : { result: value, exists: false };
  }
  SetGlobal(name: string, value: InkValue): void {
    if (this.rec !== null) this.rec.wroteGlobal(name);
    this._globals.set(name, value);
  }
  AddChangedVariable(name: string): Set<string> {
    return this.changedVariables.add(name);
  }
  TryGetVisitCount(container: InkContainer, count: number): { result: number; exists: boolean } {
    if (this.rec !== null) this.rec.visit(container, this);
    const n = this._visitCounts.get(container);
    return n === undefined ? { result: count, exists: false } : { result: n, exists: true };
  }
  SetVisitCount(container: InkContainer, count: number): void {
    if (this.rec !== null) this.rec.wroteVisit(container);
    this._visitCounts.set(container, count);
  }
  TryGetTurnIndex(container: InkContainer, index: number): { result: number; exists: boolean } {
    if (this.rec !== null) this.rec.turn(container, this);
    const n = this._turnIndices.get(container);
    return n === undefined ? { result: index, exists: false } : { result: n, exists: true };
  }
  SetTurnIndex(container: InkContainer, index: number): void {
    if (this.rec !== null) this.rec.wroteTurn(container);
    this._turnIndices.set(container, index);
  }
}

const FLATTEN_AT = 48;

/** A story state at a choice point, detached from the live story. Never mutated after capture. */
export interface Snapshot {
  readonly threads: readonly InkThread[];
  readonly threadCounter: number;
  readonly choices: readonly InkChoice[];
  /** Shared with other snapshots: read only. */
  readonly globals: ReadonlyMap<string, InkValue>;
  readonly visits: ReadonlyMap<string, number>;
  readonly turns: ReadonlyMap<string, number>;
  /** This snapshot's own changes on top of the shared maps. */
  readonly delta: Delta;
  readonly evaluationStack: readonly InkObject[];
  readonly diverted: InkPointer;
  readonly turnIndex: number;
  readonly seed: number;
  readonly previousRandom: number;
}

export function capture(story: Story): Snapshot {
  const ink = runtime(story);
  const st = ink.state;
  const flow = st._currentFlow;
  if (st._namedFlows !== null) throw new Error('the explorer does not follow named ink flows');
  const patch = st._patch as Patch | null;
  let globals = st.variablesState._globalVariables;
  let visits = st._visitCounts;
  let turns = st._turnIndices;
  let delta: Delta = { globals: new Map(), visits: new Map(), turns: new Map() };
  if (patch && patch.size > FLATTEN_AT) {
    ({ globals, visits, turns } = merged(st));
  } else if (patch) {
    delta = { globals: new Map(patch._globals), visits: new Map(patch._visitCounts), turns: new Map(patch._turnIndices) };
  } else {
    // An unpatched live state owns its maps and will change them: copy them once.
    globals = new Map(globals);
    visits = new Map(visits);
    turns = new Map(turns);
  }
  return {
    // Threads at a choice point are never changed: taking an option replaces them with a
    // copy of the option's own thread, and only that copy runs. So a snapshot shares them.
    threads: flow.callStack._threads.slice(),
    threadCounter: flow.callStack._threadCounter,
    // Choices are shared with the live state until one is taken; choose() gives the
    // taken one a private copy of its thread, so the snapshot's own never changes.
    choices: flow.currentChoices.slice(),
    globals,
    visits,
    turns,
    delta,
    evaluationStack: st._evaluationStack.slice(),
    diverted: st.divertedPointer.copy(),
    turnIndex: st.currentTurnIndex,
    seed: st.storySeed,
    previousRandom: st.previousRandom,
  };
}

/** The live state's maps with its patch applied, as new maps. */
function merged(st: InkState): { globals: Map<string, InkValue>; visits: Map<string, number>; turns: Map<string, number> } {
  const patch = st._patch as Patch | null;
  const globals = new Map(st.variablesState._globalVariables);
  const visits = new Map(st._visitCounts);
  const turns = new Map(st._turnIndices);
  if (patch) {
    for (const [k, v] of patch._globals) globals.set(k, v);
    for (const [c, n] of patch._visitCounts) visits.set(c.path.toString(), n);
    for (const [c, n] of patch._turnIndices) turns.set(c.path.toString(), n);
  }
  return { globals, visits, turns };
}

/** Puts the live story back at `snap`, ready to take a choice. */
export function restore(story: Story, snap: Snapshot): void {
  const ink = runtime(story);
  const st = ink.state;
  const flow = st._currentFlow;
  flow.callStack._threads = snap.threads.slice();
  flow.callStack._threadCounter = snap.threadCounter;
  flow.currentChoices = snap.choices.slice();
  flow.outputStream = [];
  st.OutputStreamDirty();
  st.variablesState._globalVariables = snap.globals as Map<string, InkValue>;
  st._visitCounts = snap.visits as Map<string, number>;
  st._turnIndices = snap.turns as Map<string, number>;
  const patch = new Patch(snap.delta);
  st._patch = patch;
  st.variablesState.patch = patch;
  st._evaluationStack = snap.evaluationStack.slice();
  st.divertedPointer = snap.diverted.copy();
  st.currentTurnIndex = snap.turnIndex;
  st.storySeed = snap.seed;
  st.previousRandom = snap.previousRandom;
  st.didSafeExit = false;
  st.ResetErrors();
  ink._stateSnapshotAtLastNewline = null;
}

/**
 * Gives the live state maps of its own with its patch applied, and no patch: what ink's
 * save format (ToJson) and Continue() expect. The explorer itself never needs it.
 */
export function detach(story: Story): void {
  const st = runtime(story).state;
  const { globals, visits, turns } = merged(st);
  st.variablesState._globalVariables = globals;
  st._visitCounts = visits;
  st._turnIndices = turns;
  st._patch = null;
  st.variablesState.patch = null;
}

/** A global's current value, patch first. */
export function globalValue(st: InkState, name: string): InkValue | undefined {
  const patch = st._patch as Patch | null;
  return patch?._globals.get(name) ?? st.variablesState._globalVariables.get(name) ?? st.variablesState._defaultGlobalVariables.get(name);
}

/** A container's visit count, patch first. */
export function visitCount(st: InkState, container: InkContainer, path: string): number {
  const patch = st._patch as Patch | null;
  return patch?._visitCounts.get(container) ?? st._visitCounts.get(path) ?? 0;
}

/** The turn a container was last visited, patch first. */
export function turnIndexOf(st: InkState, container: InkContainer, path: string): number | undefined {
  const patch = st._patch as Patch | null;
  return patch?._turnIndices.get(container) ?? st._turnIndices.get(path);
}

/** The options a player sees: ink keeps invisible default choices in the same list. */
export function visibleChoices(story: Story): InkChoice[] {
  return runtime(story).state._currentFlow.currentChoices.filter((c) => !c.isInvisibleDefault);
}

/** Takes option `index` (of the visible ones) without touching the snapshot it came from. */
export function choose(story: Story, index: number): void {
  const all = runtime(story).state._currentFlow.currentChoices;
  let seen = -1;
  const raw = all.findIndex((c) => !c.isInvisibleDefault && ++seen === index);
  const original = all[raw];
  if (!original) throw new RangeError(`no choice ${index}`);
  all[raw] = original.Clone();
  story.ChooseChoiceIndex(index);
}

export interface Transition {
  /** Options offered at the choice point reached, 0 at an end. */
  choices: number;
  /** Every tag output on the way, in order. */
  tags: string[];
  errors: string[];
  warnings: string[];
  /** The step limit ran out: content that loops without ever offering a choice. */
  runaway: boolean;
}

/**
 * Runs the story until it offers choices or ends, the way Continue() would, with the same
 * errors ink reports at the end of content.
 */
export function runToChoices(story: Story, stepLimit: number): Transition {
  const ink: InkRuntime = runtime(story);
  const st = ink.state;
  st._currentFlow.outputStream = [];
  st.OutputStreamDirty();
  st.didSafeExit = false;
  let steps = 0;
  let runaway = false;
  while (st.canContinue) {
    if (++steps > stepLimit) {
      runaway = true;
      break;
    }
    try {
      ink.Step();
    } catch (err) {
      // Continue() turns a StoryException into a reported error and carries on later.
      if (!(err instanceof Error) || err.name !== 'StoryException') throw err;
      ink.AddError(err.message, false, (err as Error & { useEndLineNumber?: boolean }).useEndLineNumber ?? false);
      continue;
    }
    if (!st.canContinue && !st.callStack.elementIsEvaluateFromGame) ink.TryFollowDefaultInvisibleChoice();
  }
  if (!runaway && !st.canContinue) endOfContentChecks(ink);
  const choices = visibleChoices(story).length;
  const tags = [...st.currentTags];
  const errors = [...(st.currentErrors ?? [])];
  const warnings = [...(st.currentWarnings ?? [])];
  st.ResetErrors();
  return { choices: runaway ? 0 : choices, tags, errors, warnings, runaway };
}

// PushPopType values (engine/PushPop.js).
const TUNNEL = 0;
const FUNCTION = 1;

/** The checks Story.ContinueInternal makes when the story stops: the same messages. */
function endOfContentChecks(ink: InkRuntime): void {
  const st = ink.state;
  const cs = st.callStack;
  if (cs.canPopThread) ink.AddError('Thread available to pop, threads should always be flat by the end of evaluation?');
  if (st._currentFlow.currentChoices.length === 0 && !st.didSafeExit) {
    if (cs.CanPop(TUNNEL)) ink.AddError("unexpectedly reached end of content. Do you need a '->->' to return from a tunnel?");
    else if (cs.CanPop(FUNCTION)) ink.AddError("unexpectedly reached end of content. Do you need a '~ return'?");
    else if (!cs.canPop) ink.AddError("ran out of content. Do you need a '-> DONE' or '-> END'?");
    else ink.AddError('unexpectedly reached end of content for unknown reason. Please debug compiler!');
  }
  st.didSafeExit = false;
}
