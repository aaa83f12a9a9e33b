// One story, one live ink state, and the record of everything seen so far: the graph of
// merged states, the ends, the issues, and what has been covered. The search strategies in
// search.ts move it around; this file knows how to take one option and file what happened.
import { Story } from '../ink.js';
import { setVariables, type InkValue } from '../story-state.js';
import { parseTag } from '../tags.js';
import { ValueKind, runtime, unwrapVariables, type InkContainer, type InkValue as InkRuntimeValue } from './ink-internals.js';
import { Liveness } from './liveness.js';
import { SegmentGraph } from './segments.js';
import { StateGraph, StateTable, IntList, endCode, UNRECORDED } from './state-graph.js';
import { StateKeyer } from './state-key.js';
import { flowNameOf, mapStory, type StoryMap } from './story-map.js';
import { capture, choose, globalValue, restore, runToChoices, visibleChoices, type Snapshot, type Transition } from './stepper.js';
import { TransitionCache } from './transitions.js';

export type IssueKind = 'error' | 'warning' | 'runaway' | 'loyalty';

export interface IssueRecord {
  kind: IssueKind;
  message: string;
  /** (state, option) pairs whose transition raised it; state -1 is the story's start. */
  at: IntList;
}

export type EndKind = 'ending' | 'dead-end' | 'error' | 'runaway';

export interface EndRecord {
  kind: EndKind;
  /** The ending id, or the knot where the story stopped. */
  name: string;
}

export interface WalkerOptions {
  seed: number;
  variables?: Record<string, InkValue>;
  /** Steps one option may take before it counts as content looping without choices. */
  stepLimit?: number;
  /** Distinct states to record; states found after that are followed but not numbered. */
  maxStates?: number;
  /** Replay options already run from states that agree on what they read (transitions.ts); default true. */
  cache?: boolean;
  /** The memory bound of that record, in (estimated) bytes; default CACHE_BYTES. */
  cacheBytes?: number;
}

/** A state reached by taking an option: a known state, or an end. */
export interface Arrival {
  /** State number (>= 0) or end code (< -1). */
  to: number;
  /** The state was seen for the first time. */
  added: boolean;
  /** The ending tag seen so far on this path, carried into the next state. */
  ending: string | null;
}

export class Walker {
  readonly story: Story;
  readonly map: StoryMap;
  readonly graph = new StateGraph();
  readonly table = new StateTable();
  readonly ends: EndRecord[] = [];
  readonly issues = new Map<string, IssueRecord>();
  /** Ending id → (state, option) pairs whose transition showed its tag. */
  readonly endingsSeen = new Map<string, IntList>();
  readonly flowsVisited: Uint8Array;
  readonly optionsTaken = new Set<string>();
  /** Per state: the ending carried into it (index into endingNames, -1 for none). */
  readonly carried = new IntList();
  private readonly endIndex = new Map<string, number>();
  private readonly endingNames: string[] = [];
  private readonly flowOf = new Map<InkContainer, number>();
  private readonly liveness: Liveness;
  readonly segments: SegmentGraph;
  private readonly keyer: StateKeyer;
  /** Recorded runs of options, replayed where they fit (null when turned off). */
  readonly cache: TransitionCache | null;
  private readonly stepLimit: number;
  private readonly maxStates: number;
  private readonly loyalty: Set<string>;
  /** The variables ink makes for LIST definitions themselves. */
  private readonly listNames = new Set<string>();
  private pendingLoyalty: string[] = [];
  private lastEntered: InkContainer | null = null;
  /** The ending carried into the live, unrecorded state (past the state limit). */
  private unrecordedEnding: string | null = null;
  transitions = 0;
  /** What each `# verify-route:` did when played (`played` false: the route is for the other echo pass). */
  readonly routeResults: Array<{ ending: string; played: boolean; reached: boolean; taken: number; of: number; endedAt: string | null }> = [];
  /** Choice points along the routes played, every few choices: where the coverage phase may start. */
  readonly routePoints: Array<{ state: number; snap: Snapshot }> = [];
  /** Every echo_ variable is set true: this walker plays the `(echoes)` routes. */
  echoes = false;
  /** The first choice point, once begin() has run to it. */
  root: Snapshot | null = null;
  /** When set, each state reached lists its live values in `facts` (the novelty search). */
  wantFacts = false;
  readonly facts: string[] = [];

  constructor(storyJson: string, options: WalkerOptions) {
    this.story = new Story(storyJson);
    unwrapVariables(this.story);
    const ink = runtime(this.story);
    ink.allowExternalFunctionFallbacks = true;
    this.map = mapStory(this.story);
    this.segments = new SegmentGraph(this.map);
    this.liveness = new Liveness(this.segments);
    this.keyer = new StateKeyer(this.story, this.liveness, this.map.containers);
    this.stepLimit = options.stepLimit ?? 200_000;
    this.maxStates = options.maxStates ?? Number.POSITIVE_INFINITY;
    this.flowsVisited = new Uint8Array(this.map.flows.length);
    this.map.flows.forEach((f, i) => this.flowOf.set(f.container, i));
    this.loyalty = new Set(this.map.loyaltyVariables);
    for (const def of (this.story as unknown as { listDefinitions: { lists: Array<{ name: string }> } | null }).listDefinitions?.lists ?? []) this.listNames.add(def.name);
    this.instrument();
    this.cache = options.cache === false ? null : new TransitionCache(this.story, this.map.containers, (copy, original) => this.keyer.sameAs(copy, original), options.cacheBytes);
    const st = this.story.state;
    st.storySeed = options.seed;
    st.previousRandom = 0;
    setVariables(this.story, options.variables);
    for (const name of this.loyalty) this.checkLoyalty(name, globalValue(ink.state, name));
  }

  /** Globals whose values are numbers, booleans or lists: what the coverage phase can steer by. */
  numericVariables(): string[] {
    return this.map.globals.filter((name) => {
      const kind = globalValue(runtime(this.story).state, name)?.valueType;
      return kind === ValueKind.Int || kind === ValueKind.Float || kind === ValueKind.Bool || (kind === ValueKind.List && !this.listNames.has(name));
    });
  }

  /** A global as a number: its value, 1 or 0 for a boolean, the item count of a list. */
  numericValue(name: string): number {
    const v = globalValue(runtime(this.story).state, name);
    if (!v) return 0;
    if (v.valueType === ValueKind.List) return (v.value as Map<string, number>).size;
    return Number(v.value) || 0;
  }

  /** Sets ink variables before the first line (the echoes); call before begin(). */
  setVariables(variables: Record<string, InkValue>): void {
    setVariables(this.story, variables);
    const echoes = this.map.echoVariables;
    this.echoes = echoes.length > 0 && echoes.every((e) => variables[e] === true);
  }

  /** Runs from the story's start to its first choice point. */
  begin(): Arrival {
    try {
      runtime(this.story).ValidateExternalBindings();
    } catch (err) {
      this.issue('error', err instanceof Error ? err.message : String(err), -1, 0);
      const to = this.end('error', 'start');
      this.graph.setEdge(-1, 0, to);
      return { to, added: false, ending: null };
    }
    const first = this.settle(-1, 0, null, runToChoices(this.story, this.stepLimit));
    if (first.to >= 0) this.root = capture(this.story);
    return first;
  }

  /**
   * Takes `option` from state number `state`, held in `from`, or from the live story when
   * `from` is null (it must be standing at that state).
   */
  take(state: number, from: Snapshot | null, option: number): Arrival {
    if (from) restore(this.story, from);
    const choice = visibleChoices(this.story)[option];
    if (choice) this.optionsTaken.add(choice.sourcePath);
    const cache = this.cache;
    const key = cache !== null && choice !== undefined ? cache.keyOf(choice) : null;
    if (key !== null) {
      const known = cache!.find(key);
      if (known !== null) {
        cache!.replay(choice!, known);
        this.lastEntered = known.lastEntered;
        for (const l of known.loyalty) this.pendingLoyalty.push(l);
        return this.settle(state, option, this.endingCarried(state), known.transition);
      }
    }
    const counter = runtime(this.story).state._currentFlow.callStack._threadCounter;
    const loyaltyBefore = this.pendingLoyalty.length;
    const recording = key !== null && cache!.begin();
    let tr: Transition;
    try {
      choose(this.story, option);
      tr = runToChoices(this.story, this.stepLimit);
    } finally {
      if (recording) cache!.abandon();
    }
    if (recording) cache!.file(choice!, key, counter, tr, this.lastEntered, this.pendingLoyalty.slice(loyaltyBefore));
    return this.settle(state, option, this.endingCarried(state), tr);
  }

  /** Lets go of what only speeds the search up (recorded runs, memos); it may go on, slower at first. */
  release(): void {
    this.cache?.clear();
    this.keyer.clear();
  }

  restoreTo(snap: Snapshot): void {
    restore(this.story, snap);
  }

  /** The live story's state, to come back to. */
  snapshot(): Snapshot {
    return capture(this.story);
  }

  /** Where the last state reached stands: its options and the call stacks they return through. */
  get position(): string {
    return this.keyer.lastPosition;
  }

  /** The options at the live story's choice point, as the player would see them. */
  optionPaths(): string[] {
    return visibleChoices(this.story).map((c) => c.sourcePath);
  }

  private settle(state: number, option: number, carried: string | null, tr: Transition): Arrival {
    this.transitions++;
    for (const e of tr.errors) this.issue('error', e, state, option);
    for (const w of tr.warnings) this.issue('warning', w, state, option);
    for (const l of this.pendingLoyalty) this.issue('loyalty', l, state, option);
    this.pendingLoyalty = [];
    let ending = carried;
    for (const tag of tr.tags) {
      const t = parseTag(tag);
      if (t.key !== 'ending' || !t.value) continue;
      ending = t.value;
      let seen = this.endingsSeen.get(t.value);
      if (!seen) this.endingsSeen.set(t.value, (seen = new IntList(64)));
      seen.push(state);
      seen.push(option);
    }
    let to: number;
    let added = false;
    if (tr.runaway) {
      this.issue('runaway', `no choice or end after ${this.stepLimit} steps: content loops forever`, state, option);
      to = this.end('runaway', this.whereNow());
    } else if (tr.choices === 0) {
      if (ending !== null) to = this.end('ending', ending);
      else if (tr.errors.length > 0) to = this.end('error', this.whereNow());
      else to = this.end('dead-end', this.whereNow());
    } else {
      this.facts.length = 0;
      const key = this.keyer.key(ending ?? '', this.wantFacts ? this.facts : undefined);
      const full = this.graph.states >= this.maxStates;
      const found = full ? { id: this.table.find(key.h1, key.h2), added: false } : this.table.findOrAdd(key.h1, key.h2, this.graph.states);
      to = found.id < 0 ? UNRECORDED : found.id;
      added = found.added;
      if (added) {
        this.graph.addState(tr.choices);
        this.carried.push(ending === null ? -1 : this.endingNumber(ending));
      }
    }
    if (state !== UNRECORDED && to !== UNRECORDED) this.graph.setEdge(state, option, to);
    if (to === UNRECORDED) this.unrecordedEnding = ending;
    return { to, added, ending };
  }

  endingCarried(state: number): string | null {
    if (state < 0) return state === UNRECORDED ? this.unrecordedEnding : null;
    const i = this.carried.get(state);
    return i < 0 ? null : (this.endingNames[i] ?? null);
  }

  private endingNumber(id: string): number {
    let i = this.endingNames.indexOf(id);
    if (i < 0) i = this.endingNames.push(id) - 1;
    return i;
  }

  private end(kind: EndKind, name: string): number {
    const key = `${kind}:${name}`;
    let i = this.endIndex.get(key);
    if (i === undefined) {
      i = this.ends.push({ kind, name }) - 1;
      this.endIndex.set(key, i);
    }
    return endCode(i);
  }

  /** The knot (or knot.stitch) the live story is in. */
  here(): string {
    return this.whereNow();
  }

  /** The knot (or knot.stitch) of the last container the story entered. */
  private whereNow(): string {
    const c = this.lastEntered;
    if (!c) return '(start)';
    return flowNameOf(c.path.toString(), this.stitchIndex()) || '(top level)';
  }

  private stitches: Map<string, Set<string>> | null = null;
  private stitchIndex(): Map<string, Set<string>> {
    if (!this.stitches) {
      this.stitches = new Map();
      for (const f of this.map.flows) {
        if (f.kind !== 'stitch') continue;
        const [knot, stitch] = f.name.split('.') as [string, string];
        if (!this.stitches.has(knot)) this.stitches.set(knot, new Set());
        this.stitches.get(knot)!.add(stitch);
      }
    }
    return this.stitches;
  }

  private issue(kind: IssueKind, message: string, state: number, option: number): void {
    const key = `${kind}\u0000${message}`;
    let rec = this.issues.get(key);
    if (!rec) this.issues.set(key, (rec = { kind, message, at: new IntList(16) }));
    rec.at.push(state);
    rec.at.push(option);
  }

  private checkLoyalty(name: string, value: InkRuntimeValue | undefined): void {
    const v = value?.value;
    if (typeof v === 'number' && (v < 0 || v > 100)) this.pendingLoyalty.push(`${name} is ${v}, outside 0-100`);
  }

  /** Coverage of knots and stitches, and the loyalty range check, ride on ink's own calls. */
  private instrument(): void {
    const ink = runtime(this.story);
    const visit = ink.VisitContainer.bind(ink);
    const flows = this.flowOf;
    const seen = this.flowsVisited;
    ink.VisitContainer = (container, atStart) => {
      const f = flows.get(container);
      if (f !== undefined) seen[f] = 1;
      this.lastEntered = container;
      visit(container, atStart);
    };
    const vs = ink.state.variablesState;
    const setGlobal = vs.SetGlobal.bind(vs);
    vs.SetGlobal = (name, value) => {
      setGlobal(name, value);
      if (this.loyalty.has(name)) this.checkLoyalty(name, value);
    };
  }
}
