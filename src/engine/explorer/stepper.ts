// Moving one Story object around a story's state space quickly: an in-memory snapshot of
// a state at a choice point, putting the story back at a snapshot, and running from a
// choice to the next choice point without assembling any text.
//
// Why not state.ToJson/LoadJson: serialising and parsing a whole state costs more than the
// step it saves. Why not Continue(): it stops at every line and, to honour glue, copies the
// state and rebuilds the line's text after every step; none of that changes where the story
// goes. Running Step() until the story cannot continue reaches the same state (the
// differential test in tests/engine/explorer-fork.test.ts checks this on the real story).
import type { Story } from '../ink.js';
import { runtime, type InkChoice, type InkObject, type InkPointer, type InkRuntime, type InkThread, type InkValue } from './ink-internals.js';

/** A story state at a choice point, detached from the live story. Never mutated after capture. */
export interface Snapshot {
  readonly threads: readonly InkThread[];
  readonly threadCounter: number;
  readonly choices: readonly InkChoice[];
  readonly globals: ReadonlyMap<string, InkValue>;
  readonly visits: ReadonlyMap<string, number>;
  readonly turns: ReadonlyMap<string, number>;
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
  return {
    threads: flow.callStack._threads.map((t) => t.Copy()),
    threadCounter: flow.callStack._threadCounter,
    // Choices are shared with the live state until one is taken; restore() gives the
    // taken one a private copy of its thread, so the snapshot's own never changes.
    choices: flow.currentChoices.slice(),
    globals: new Map(st.variablesState._globalVariables),
    visits: new Map(st._visitCounts),
    turns: new Map(st._turnIndices),
    evaluationStack: st._evaluationStack.slice(),
    diverted: st.divertedPointer.copy(),
    turnIndex: st.currentTurnIndex,
    seed: st.storySeed,
    previousRandom: st.previousRandom,
  };
}

/** Puts the live story back at `snap`, ready to take a choice. */
export function restore(story: Story, snap: Snapshot): void {
  const ink = runtime(story);
  const st = ink.state;
  const flow = st._currentFlow;
  flow.callStack._threads = snap.threads.map((t) => t.Copy());
  flow.callStack._threadCounter = snap.threadCounter;
  flow.currentChoices = snap.choices.map((c) => c);
  flow.outputStream = [];
  st.OutputStreamDirty();
  st.variablesState._globalVariables = new Map(snap.globals);
  st._visitCounts = new Map(snap.visits);
  st._turnIndices = new Map(snap.turns);
  st._evaluationStack = snap.evaluationStack.slice();
  st.divertedPointer = snap.diverted.copy();
  st.currentTurnIndex = snap.turnIndex;
  st.storySeed = snap.seed;
  st.previousRandom = snap.previousRandom;
  st.didSafeExit = false;
  st.ResetErrors();
  ink._stateSnapshotAtLastNewline = null;
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
