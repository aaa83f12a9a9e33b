// Remembering what taking an option did, so that taking it again from a state that agrees
// on everything the first run read is a replay, not a run of ink.
//
// Most of the explorer's time went into ink's Step(): the same passage run again and again
// from states that differ only in values the passage never looks at. So each run of an
// option is recorded with everything it read from the state and everything it left behind,
// and filed in a decision tree per option (per "where the option leads"):
//
//   root:  the option's target and the call stack of its thread, in full (positions,
//          temporaries, the previous position), the random state, and the turn counter if
//          the story reads TURNS() anywhere;
//   nodes: the first read of one location (a global, a visit count, how many turns since a
//          container was visited) as its value before the option was taken; one child per
//          value seen;
//   leaf:  the outcome — the call stack and options at the next choice point, the globals
//          written, how much each visit count rose, the turn indices written (relative to
//          the turn counter), the tags, and what the walker noted on the way.
//
// Why a replay is exact: ink is deterministic. From a choice point, what it does depends on
// the state only through the chosen option's thread (in the root) and what it reads as it
// runs: globals (VAR?, the old value when an empty list is assigned), visit counts
// (CNT?, READ_COUNT, sequences, once-only options), turn indices (TURNS_SINCE), the turn
// counter (TURNS) and the random state (RANDOM, shuffles) — each either in the root or a
// recorded read. Two runs from states that agree on the root therefore do the same thing up
// to their first read, which is of the same location; if they read the same value there,
// they do the same thing up to the second read, and so on. A state that matches every read
// along a path to a leaf runs exactly as the recorded run did, and ends where it ended:
// globals it wrote are the values written (ink values are never changed after they are
// made, but for the origins ink gives an empty list when it is assigned: runs that leave an
// empty list in a global are not kept), visit counts only ever rise by one per visit (so a
// count rises by the same amount from any start), turn indices are set to the turn counter
// of the time. What the state holds and the run never read is left as it was, as ink would
// leave it.
//
// Reads are seen where ink makes them: the explorer always runs with a state patch
// (stepper.ts), and ink asks the patch first for every global, visit count and turn index
// it reads or writes. A visit count ink reads only to add one to it is not a read. Runs
// with errors or warnings, runaway content, a non-empty evaluation stack or a pending divert
// are not recorded. Thread numbers, which nothing but the save format sees, are renumbered
// on replay as ink would have numbered them. If two runs from one root ever read different
// locations after the same values (which determinism rules out), the second is not filed
// and `conflicts` counts it: tests check it stays 0, and a differential test checks replays
// against ink's own runs.
import type { Story } from '../ink.js';
import {
  Command,
  ValueKind,
  childrenOf,
  isCommand,
  runtime,
  type InkChoice,
  type InkContainer,
  type InkPointer,
  type InkState,
  type InkThread,
  type InkValue,
} from './ink-internals.js';
import { Patch, type Transition } from './stepper.js';

const GLOBAL = 0;
const VISIT = 1;
const TURN = 2;
/** A turn index never set. */
const NEVER = -1;

interface ReadNode {
  kind: typeof GLOBAL | typeof VISIT | typeof TURN;
  name: string;
  container: InkContainer | null;
  path: string;
  /** The first value seen and where it led; most reads only ever see one. */
  value: string | number;
  /** For a global, the ink value object read first: the same object is the same value (an empty list aside). */
  object: InkValue | null;
  child: Entry | undefined;
  /** Any other values seen. */
  more: Map<string | number, Entry> | null;
}

/** What a recorded run left behind. */
export interface Outcome {
  /** Marks a leaf. */
  readonly leaf: true;
  readonly threads: InkThread[];
  readonly choices: InkChoice[];
  /** The thread counter when the run started, the chosen thread's number, and how far the counter moved. */
  readonly counter0: number;
  readonly thread0: number;
  readonly counterMoved: number;
  readonly globalNames: string[];
  readonly globalValues: InkValue[];
  readonly visitContainers: InkContainer[];
  readonly visitRises: number[];
  readonly turnContainers: InkContainer[];
  /** Each turn index written, minus the turn counter before the option was taken. */
  readonly turnOffsets: number[];
  readonly turnMoved: number;
  readonly seed: number;
  readonly previousRandom: number;
  readonly transition: Transition;
  /** Walker-side facts: the last container entered and the loyalty messages raised. */
  readonly lastEntered: InkContainer | null;
  readonly loyalty: string[];
}

type Entry = ReadNode | Outcome;
const isOutcome = (e: Entry): e is Outcome => (e as Outcome).leaf === true;

/**
 * Watches one run of an option through the state patch: the first read of each location,
 * and what was written. Set on the live patch (`patch.rec`) for the length of the run.
 */
export class Recorder {
  active = false;
  /** Set while ink's SetGlobal runs: its look at the old value is not a read, unless it assigns an empty list. */
  setting: InkValue | null = null;
  /** Set while ink adds one to a visit count: its look at the count is not a read. */
  incrementing = false;
  invalid = false;
  readonly kinds: number[] = [];
  readonly names: string[] = [];
  readonly containers: Array<InkContainer | null> = [];
  readonly values: Array<string | number> = [];
  readonly objects: Array<InkValue | null> = [];
  readonly seenGlobals = new Set<string>();
  readonly writtenGlobals: string[] = [];
  readonly visitStart = new Map<InkContainer, number>();
  readonly visitRead = new Set<InkContainer>();
  readonly turnSeen = new Set<InkContainer>();
  readonly turnsWritten = new Set<InkContainer>();
  turn0 = 0;
  st: InkState | null = null;

  constructor(private readonly encode: (v: InkValue) => string | null) {}

  reset(st: InkState): void {
    this.active = true;
    this.setting = null;
    this.incrementing = false;
    this.invalid = false;
    this.kinds.length = 0;
    this.names.length = 0;
    this.containers.length = 0;
    this.values.length = 0;
    this.objects.length = 0;
    this.seenGlobals.clear();
    this.writtenGlobals.length = 0;
    this.visitStart.clear();
    this.visitRead.clear();
    this.turnSeen.clear();
    this.turnsWritten.clear();
    this.turn0 = st.currentTurnIndex;
    this.st = st;
  }

  private read(kind: number, name: string, container: InkContainer | null, value: string | number, object: InkValue | null = null): void {
    this.kinds.push(kind);
    this.names.push(name);
    this.containers.push(container);
    this.values.push(value);
    this.objects.push(object);
  }

  /** ink looks a global up in the patch: a read, unless it is SetGlobal looking at the old value. */
  global(name: string, patch: Patch): void {
    if (this.seenGlobals.has(name)) return;
    const setting = this.setting;
    if (setting !== null && !isEmptyList(setting)) {
      this.seenGlobals.add(name);
      return;
    }
    const st = this.st!;
    const v = patch._globals.get(name) ?? st.variablesState._globalVariables.get(name) ?? st.variablesState._defaultGlobalVariables.get(name);
    // Not a global (a temporary, a list item's name): the same in every state.
    if (v === undefined) return;
    this.seenGlobals.add(name);
    const text = this.encode(v);
    if (text === null) this.invalid = true;
    else this.read(GLOBAL, name, null, text, isEmptyList(v) ? null : v);
  }

  wroteGlobal(name: string): void {
    this.seenGlobals.add(name);
    this.writtenGlobals.push(name);
  }

  /** ink looks a visit count up: a read, unless it is about to add one to it. */
  visit(container: InkContainer, patch: Patch): void {
    let start = this.visitStart.get(container);
    if (start === undefined) {
      start = patch._visitCounts.get(container) ?? this.st!._visitCounts.get(container.path.toString()) ?? 0;
      this.visitStart.set(container, start);
    }
    if (this.incrementing || this.visitRead.has(container)) return;
    this.visitRead.add(container);
    this.read(VISIT, '', container, start);
  }

  wroteVisit(container: InkContainer): void {
    // Every write is an increment, which looks first; a write without a look is not understood.
    if (!this.visitStart.has(container)) this.invalid = true;
  }

  /** ink looks a turn index up (TURNS_SINCE): a read of the turns since, as of the run's start. */
  turn(container: InkContainer, patch: Patch): void {
    if (this.turnSeen.has(container)) return;
    this.turnSeen.add(container);
    const index = patch._turnIndices.get(container) ?? this.st!._turnIndices.get(container.path.toString());
    this.read(TURN, '', container, index === undefined ? NEVER : this.turn0 - index);
  }

  /** ink sets a turn index to the turn counter: later looks at it see this run's own value. */
  wroteTurn(container: InkContainer): void {
    this.turnSeen.add(container);
    this.turnsWritten.add(container);
  }
}

function isEmptyList(v: InkValue): boolean {
  return v.valueType === ValueKind.List && (v.value as Map<string, number>).size === 0;
}

/**
 * Sizes for the memory bound, measured on the real story (heap used, with and without the
 * record): an outcome with its threads and arrays, a read node, an option kept in an outcome.
 */
const OUTCOME_BYTES = 1500;
const NODE_BYTES = 200;
const CHOICE_BYTES = 1100;
/** The default memory bound, by those sizes. */
export const CACHE_BYTES = 20 * 1024 * 1024;
const MAX_KEY_IDS = 100_000;

export class TransitionCache {
  private roots = new Map<string, Entry>();
  /** Estimated bytes held, and times the cache filled up and started again. */
  size = 0;
  restarts = 0;
  private readonly rec: Recorder;
  /** Each option's key (choiceKey()) as a number: numbers are never reused for another key. */
  private readonly keys = new WeakMap<InkChoice, number>();
  private keyIds = new Map<string, number>();
  private nextKeyId = 0;
  private readonly listTexts = new WeakMap<object, string>();
  private readonly itemIds = new Map<string, number>();
  /** The story reads TURNS() somewhere: the turn counter goes into every root. */
  private readonly readsTurns: boolean;
  hits = 0;
  misses = 0;
  /** Runs that could not be filed because they read differently after the same values: must stay 0. */
  conflicts = 0;
  /** Runs not filed because they left an empty list in a global. */
  emptyLists = 0;

  constructor(
    private readonly story: Story,
    containers: readonly InkContainer[],
    /** Told of each renumbered copy of an option made on replay (its description is the original's). */
    private readonly onCopy: (copy: InkChoice, original: InkChoice) => void = () => {},
    private readonly budget = CACHE_BYTES,
  ) {
    this.rec = new Recorder((v) => this.exact(v));
    this.readsTurns = containers.some((c) => childrenOf(c).some((o) => isCommand(o) && o.commandType === Command.Turns));
    this.instrument();
  }

  /** The patch hooks, and the two ink calls whose look at a value is not a read. */
  private instrument(): void {
    const st = runtime(this.story).state;
    const rec = this.rec;
    const vs = st.variablesState;
    const setGlobal = vs.SetGlobal.bind(vs);
    vs.SetGlobal = (name, value) => {
      if (!rec.active) return setGlobal(name, value);
      rec.setting = value;
      setGlobal(name, value);
      rec.setting = null;
    };
    const stateObject = st as unknown as { IncrementVisitCountForContainer(c: InkContainer): void };
    const increment = stateObject.IncrementVisitCountForContainer.bind(st);
    stateObject.IncrementVisitCountForContainer = (c) => {
      if (!rec.active) return increment(c);
      rec.incrementing = true;
      increment(c);
      rec.incrementing = false;
    };
  }

  private rootKey(choice: InkChoice, st: InkState): string | null {
    let id = this.keys.get(choice);
    if (id === undefined) {
      const k = this.choiceKey(choice);
      if (k === null) return null;
      id = this.keyIds.get(k.text);
      if (id === undefined) {
        if (this.keyIds.size >= MAX_KEY_IDS) this.keyIds = new Map();
        id = this.nextKeyId++;
        this.keyIds.set(k.text, id);
      }
      if (k.keep) this.keys.set(choice, id);
    }
    let key = `${id}|${st.storySeed}|${st.previousRandom}`;
    if (this.readsTurns) key += `|${st.currentTurnIndex}`;
    return key;
  }

  /**
   * Everything of a choice that taking it depends on: its target and its thread, in full.
   * `keep`: it may be remembered for the choice (no temporary holds an empty list, whose
   * origins ink may still set on an assignment).
   */
  private choiceKey(choice: InkChoice): { text: string; keep: boolean } | null {
    let text = choice.targetPath.componentsString;
    let keep = true;
    const thread = choice.threadAtGeneration;
    for (const el of thread.callstack) {
      text += `;${el.type}${el.inExpressionEvaluation ? 'e' : ''}${pointerText(el.currentPointer)}`;
      // Read only for functions (output trimming) and evaluations from the game.
      const extra = el as unknown as { evaluationStackHeightWhenPushed: number; functionStartInOutputStream: number };
      if (el.type !== 0) text += `#${extra.evaluationStackHeightWhenPushed}#${extra.functionStartInOutputStream}`;
      if (el.temporaryVariables.size > 0) {
        for (const n of [...el.temporaryVariables.keys()].sort()) {
          const value = el.temporaryVariables.get(n)!;
          if (isEmptyList(value)) keep = false;
          const v = this.exact(value);
          if (v === null) return null;
          text += `,${n}=${v}`;
        }
      }
    }
    return { text: `${text}^${pointerText(thread.previousPointer)}`, keep };
  }

  /** A value as text, exactly: equal texts behave the same in every ink operation. */
  exact(v: InkValue): string | null {
    switch (v.valueType) {
      case ValueKind.Int:
        return `i${v.value as number}`;
      case ValueKind.Float:
        return `f${v.value as number}`;
      case ValueKind.Bool:
        return v.value ? 'T' : 'F';
      case ValueKind.String:
        return `s${JSON.stringify(v.value)}`;
      case ValueKind.List:
        return this.listText(v.value as Map<string, number> & { originNames: string[] | null; _originNames: string[] | null });
      case ValueKind.DivertTarget:
        return `d${String(v.value)}`;
      case ValueKind.VariablePointer:
        return `p${String(v.value)}@${(v as unknown as { contextIndex: number }).contextIndex}`;
      default:
        return null;
    }
  }

  /**
   * A list: its items in their order (which decides ties in LIST_MAX and LIST_MIN), or, empty,
   * the list definitions it remembers (which LIST_ALL and LIST_INVERT read). Lists are never
   * changed once made, except that an empty one is given origins on assignment: only
   * non-empty ones are remembered.
   */
  private listText(list: Map<string, number> & { _originNames: string[] | null }): string {
    let t = this.listTexts.get(list);
    if (t !== undefined) return t;
    if (list.size === 0) return `l/${(list._originNames ?? ['-']).join('/')}`;
    t = 'l';
    for (const [k, n] of list) {
      let id = this.itemIds.get(k);
      if (id === undefined) this.itemIds.set(k, (id = this.itemIds.size));
      t += `${id}:${n},`;
    }
    this.listTexts.set(list, t);
    return t;
  }

  private current(node: ReadNode, st: InkState, patch: Patch): string | number | null {
    switch (node.kind) {
      case GLOBAL: {
        const v = patch._globals.get(node.name) ?? st.variablesState._globalVariables.get(node.name) ?? st.variablesState._defaultGlobalVariables.get(node.name);
        return v === undefined ? null : this.exact(v);
      }
      case VISIT:
        return patch._visitCounts.get(node.container!) ?? st._visitCounts.get(node.path) ?? 0;
      default: {
        const index = patch._turnIndices.get(node.container!) ?? st._turnIndices.get(node.path);
        return index === undefined ? NEVER : st.currentTurnIndex - index;
      }
    }
  }

  /** The recorded outcome of taking the option whose keyOf() is `key` from the live state, if one fits it. */
  find(key: string): Outcome | null {
    const st = runtime(this.story).state;
    const patch = st._patch;
    if (!(patch instanceof Patch) || st._evaluationStack.length > 0 || !st.divertedPointer.isNull) return null;
    let entry = this.roots.get(key);
    while (entry !== undefined && !isOutcome(entry)) {
      let v: string | number | null;
      if (entry.kind === GLOBAL) {
        const name = entry.name;
        const object = patch._globals.get(name) ?? st.variablesState._globalVariables.get(name) ?? st.variablesState._defaultGlobalVariables.get(name);
        if (object === entry.object) {
          entry = entry.child;
          continue;
        }
        v = object === undefined ? null : this.exact(object);
      } else v = this.current(entry, st, patch);
      if (v === null) return null;
      entry = v === entry.value ? entry.child : entry.more?.get(v);
    }
    if (entry === undefined) {
      this.misses++;
      return null;
    }
    this.hits++;
    return entry;
  }

  /** Starts watching a run of `choice` from the live state; false if it cannot be recorded. */
  begin(): boolean {
    const st = runtime(this.story).state;
    const patch = st._patch;
    if (!(patch instanceof Patch) || st._evaluationStack.length > 0 || !st.divertedPointer.isNull) return false;
    this.rec.reset(st);
    patch.rec = this.rec;
    this.watched = patch;
    return true;
  }

  private watched: Patch | null = null;

  /** Stops watching (file() may still file what was seen). */
  abandon(): void {
    if (this.watched !== null) this.watched.rec = null;
    this.rec.active = false;
  }

  /**
   * Files the run watched since begin(): `choice` was taken from a state with thread counter
   * `counter0` and turn counter as the recorder saw it, and produced `tr`.
   */
  file(
    choice: InkChoice,
    key: string | null,
    counter0: number,
    tr: Transition,
    lastEntered: InkContainer | null,
    loyalty: string[],
  ): void {
    const rec = this.rec;
    const ink = runtime(this.story);
    const st = ink.state;
    const patch = st._patch;
    this.abandon();
    if (key === null || rec.invalid || !(patch instanceof Patch) || patch !== this.watched) return;
    this.watched = null;
    if (tr.runaway || tr.errors.length > 0 || tr.warnings.length > 0) return;
    if (st._evaluationStack.length > 0 || !st.divertedPointer.isNull || st._namedFlows !== null) return;
    const flow = st._currentFlow;
    const thread0 = choice.threadAtGeneration.threadIndex;
    // Threads numbered at or below the starting counter can only be the chosen one (an END
    // starts a fresh thread 0: such runs are not kept).
    for (const t of flow.callStack._threads) if (t.threadIndex <= counter0 && t.threadIndex !== thread0) return;
    for (const c of flow.currentChoices) if (c.threadAtGeneration.threadIndex <= counter0 && c.threadAtGeneration.threadIndex !== thread0) return;
    const globalNames: string[] = [];
    const globalValues: InkValue[] = [];
    for (const name of new Set(rec.writtenGlobals)) {
      const value = patch._globals.get(name)!;
      // An empty list is the one value ink changes after making it (it gives it the origins
      // of the list it replaces, on assignment): a replay would share it, so not kept.
      if (isEmptyList(value)) {
        this.emptyLists++;
        return;
      }
      globalNames.push(name);
      globalValues.push(value);
    }
    const visitContainers: InkContainer[] = [];
    const visitRises: number[] = [];
    for (const [c, start] of rec.visitStart) {
      const rise = (patch._visitCounts.get(c) ?? start) - start;
      if (rise !== 0) {
        visitContainers.push(c);
        visitRises.push(rise);
      }
    }
    const turnContainers = [...rec.turnsWritten];
    const turnOffsets = turnContainers.map((c) => patch._turnIndices.get(c)! - rec.turn0);
    const outcome: Outcome = {
      leaf: true,
      // Never changed once the run is over (see capture() in stepper.ts): shared, not copied.
      threads: flow.callStack._threads.slice(),
      choices: flow.currentChoices.slice(),
      counter0,
      thread0,
      counterMoved: flow.callStack._threadCounter - counter0,
      globalNames,
      globalValues,
      visitContainers,
      visitRises,
      turnContainers,
      turnOffsets,
      turnMoved: st.currentTurnIndex - rec.turn0,
      seed: st.storySeed,
      previousRandom: st.previousRandom,
      transition: { choices: tr.choices, tags: tr.tags, errors: [], warnings: [], runaway: false },
      lastEntered,
      loyalty: loyalty.slice(),
    };
    const n = rec.kinds.length;
    this.size += OUTCOME_BYTES + n * NODE_BYTES + outcome.choices.length * CHOICE_BYTES;
    if (this.size > this.budget) {
      // Full: start again rather than hold more memory than the state table.
      this.clear();
      this.restarts++;
      return;
    }
    // Walk the reads down the tree, making nodes as needed. The last node (or the root)
    // gets the outcome as the child for the last value read.
    let parent: ReadNode | null = null;
    let at: string | number = key;
    for (let i = 0; i <= n; i++) {
      const there: Entry | undefined = parent === null ? this.roots.get(at as string) : at === parent.value ? parent.child : parent.more?.get(at);
      if (i === n) {
        if (there !== undefined && !isOutcome(there)) {
          this.conflicts++;
          return;
        }
        this.put(parent, at, outcome);
        return;
      }
      const kind = rec.kinds[i]! as ReadNode['kind'];
      const name = rec.names[i]!;
      const container = rec.containers[i]!;
      let node: ReadNode;
      if (there === undefined) {
        node = { kind, name, container, path: container ? container.path.toString() : '', value: rec.values[i]!, object: rec.objects[i]!, child: undefined, more: null };
        this.put(parent, at, node);
      } else if (isOutcome(there) || there.kind !== kind || there.name !== name || there.container !== container) {
        this.conflicts++;
        return;
      } else node = there;
      parent = node;
      at = rec.values[i]!;
    }
  }

  /** Sets the child of `parent` (the roots when null) for value `at`. */
  private put(parent: ReadNode | null, at: string | number, entry: Entry): void {
    if (parent === null) this.roots.set(at as string, entry);
    else if (at === parent.value) parent.child = entry;
    else (parent.more ??= new Map()).set(at, entry);
  }

  /** Lets go of everything recorded. */
  clear(): void {
    this.roots = new Map();
    this.keyIds = new Map();
    this.size = 0;
  }

  /** The key find() would use for `choice` in the live state (taken before the choice is made). */
  keyOf(choice: InkChoice): string | null {
    return this.rootKey(choice, runtime(this.story).state);
  }

  /**
   * Puts the live story where the recorded run ended, from the state it stands in now, with
   * `choice` (one of its options) taken. The caller takes care of the walker-side facts.
   */
  replay(choice: InkChoice, o: Outcome): void {
    const st = runtime(this.story).state;
    const patch = st._patch as Patch;
    const flow = st._currentFlow;
    const turn0 = st.currentTurnIndex;
    const counter = flow.callStack._threadCounter;
    const thread = choice.threadAtGeneration.threadIndex;
    const renumber = (i: number): number => (i > o.counter0 ? i - o.counter0 + counter : thread);
    for (let i = 0; i < o.globalNames.length; i++) patch._globals.set(o.globalNames[i]!, o.globalValues[i]!);
    for (let i = 0; i < o.visitContainers.length; i++) {
      const c = o.visitContainers[i]!;
      const now = patch._visitCounts.get(c) ?? st._visitCounts.get(c.path.toString()) ?? 0;
      patch._visitCounts.set(c, now + o.visitRises[i]!);
    }
    for (let i = 0; i < o.turnContainers.length; i++) patch._turnIndices.set(o.turnContainers[i]!, turn0 + o.turnOffsets[i]!);
    st.currentTurnIndex = turn0 + o.turnMoved;
    st.storySeed = o.seed;
    st.previousRandom = o.previousRandom;
    flow.callStack._threads = o.threads.map((t) => renumbered(t, renumber(t.threadIndex)));
    flow.callStack._threadCounter = counter + o.counterMoved;
    flow.currentChoices = o.choices.map((c) => {
      const index = renumber(c.threadAtGeneration.threadIndex);
      if (index === c.threadAtGeneration.threadIndex) return c;
      // A new Choice on the same content, with its thread renumbered. originalThreadIndex
      // stays as it was: ink fills it in only when saving.
      const copy = new (c.constructor as new () => InkChoice)();
      copy.text = c.text;
      copy.index = c.index;
      copy.sourcePath = c.sourcePath;
      copy.targetPath = c.targetPath;
      copy.isInvisibleDefault = c.isInvisibleDefault;
      copy.tags = c.tags;
      copy.originalThreadIndex = c.originalThreadIndex;
      copy.threadAtGeneration = renumbered(c.threadAtGeneration, index);
      const key = this.keys.get(c);
      if (key !== undefined) this.keys.set(copy, key);
      this.onCopy(copy, c);
      return copy;
    });
    flow.outputStream = [];
    st.OutputStreamDirty();
    st.didSafeExit = false;
  }
}

/**
 * A thread numbered `index` with the same content as `t`: the same call stack, shared, as
 * threads at a choice point and in an option are never changed (taking an option copies it).
 */
function renumbered(t: InkThread, index: number): InkThread {
  if (t.threadIndex === index) return t;
  const copy = new (t.constructor as new () => InkThread)();
  copy.threadIndex = index;
  copy.callstack = t.callstack;
  copy.previousPointer = t.previousPointer;
  return copy;
}

function pointerText(p: InkPointer): string {
  return p.isNull || !p.container ? '@' : `@${p.container.path.componentsString}:${p.index}`;
}
