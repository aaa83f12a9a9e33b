// Plays a scripted route through the engine, from the story's first line, by option label:
// each label must be one of the options on offer at that point, or the test fails naming the
// step and what was offered. A route must play the story to its end: labels left over after
// the story ended, or options still on offer when the labels run out, fail too.
// Checks run after the option with the given label is taken (its first time, or its `nth`),
// or as a chapter opens (the state the previous act left).
// Routes come from numeric paths: `node scripts/route-labels.mjs 2.1.3… [--echoes]`. With
// finishWithFirst, a route that only needs to reach a scene ends by always taking the first option.
import { readFileSync } from 'node:fs';
import { Session } from '../../../src/engine/session.js';
import { readVariable } from '../../../src/engine/story-state.js';
import { repoPath } from '../../helpers.js';

export type RouteCheck =
  | {
      /** Run the check right after this option is taken. */
      after: string;
      /** Which time the option is taken, from 1 (default 1). */
      nth?: number;
      check: (state: StoryView) => void;
    }
  | {
      /** Run the check as this chapter opens, before its first choice. */
      chapter: number;
      check: (state: StoryView) => void;
    };

export interface StoryView {
  /** A variable's value: numbers and booleans as they are, list values as arrays of item names. */
  get(name: string): unknown;
  /** A number variable's value (fails the test if it is not a number). */
  num(name: string): number;
  /** A single-valued list variable's item (`command`, `collector`), or null when it is empty. */
  item(name: string): string | null;
  /** True when the list variable holds the item. */
  has(name: string, item: string): boolean;
  /** What one of the story's own ink functions returns now: `call('council_case')`, `call('defected')`. */
  call(fn: string, ...args: (number | string | boolean)[]): unknown;
  ending: string | null;
}

export interface RouteResult extends StoryView {
  session: Session;
  /** Every loyalty and Prime Directive notice the route produced, in order. */
  notices: string[];
  /** The chapters the route opened, in order. */
  chapters: number[];
  /** The labels of the echo options (opened by an earlier run) the route took. */
  echoesTaken: string[];
}

export interface RouteOptions {
  seed?: number;
  /** Set every `echo_*` variable true before the first line, as the engine does for a returning player. */
  echoes?: boolean;
  checks?: RouteCheck[];
  /** When the labels run out, take the first option on offer until the story ends (a route that
   * only needs to reach a scene, not a particular ending). */
  finishWithFirst?: boolean;
}

let json: string | null = null;
let shared: Session | null = null;
let echoNames: string[] = [];

/** One parsed story per test file: parsing is the slow part, so later routes restart it. */
function freshSession(seed: number, echoes: boolean): Session {
  json ??= readFileSync(repoPath('dist/story.json'), 'utf8');
  if (!shared) {
    shared = new Session(json, { seed });
    echoNames = shared.echoVariables;
  }
  shared.restart({ seed, variables: echoes ? Object.fromEntries(echoNames.map((n) => [n, true])) : {} });
  return shared;
}

export function playRoute(labels: readonly string[], options: RouteOptions = {}): RouteResult {
  const session = freshSession(options.seed ?? 1, options.echoes ?? false);
  const get = (name: string): unknown => {
    if (!session.story.variablesState.GlobalVariableExistsWithName(name)) throw new Error(`the story has no variable ${name}`);
    return readVariable(session.story, name);
  };
  const num = (name: string): number => {
    const v = get(name);
    if (typeof v !== 'number') throw new Error(`${name} is not a number: ${JSON.stringify(v)}`);
    return v;
  };
  const view: StoryView = {
    get,
    num,
    item: (name) => {
      const v = get(name);
      if (!Array.isArray(v)) throw new Error(`${name} is not a list: ${JSON.stringify(v)}`);
      return v[0] ?? null;
    },
    has: (name, item) => {
      const v = get(name);
      if (!Array.isArray(v)) throw new Error(`${name} is not a list: ${JSON.stringify(v)}`);
      return v.includes(item);
    },
    call: (fn, ...args) => {
      if (!session.story.HasFunction(fn)) throw new Error(`the story has no function ${fn}`);
      return session.story.EvaluateFunction(fn, args);
    },
    get ending() {
      return session.ending;
    },
  };
  const notices: string[] = [];
  const chapters: number[] = [];
  const echoesTaken: string[] = [];
  const taken = new Map<string, number>();
  const pending = [...(options.checks ?? [])];
  const runChecks = (due: (c: RouteCheck) => boolean): void => {
    for (let i = 0; i < pending.length; i++) {
      const c = pending[i]!;
      if (due(c)) {
        c.check(view);
        pending.splice(i, 1);
        i--;
      }
    }
  };
  const take = (events: ReturnType<Session['advance']>, step: number): void => {
    for (const e of events) {
      if (e.kind === 'story-error') throw new Error(`ink error ${step === 0 ? 'before the first choice' : `after step ${step}`}: ${e.message}`);
      if (e.kind === 'loyalty') notices.push(`${e.officer} ${e.from}->${e.to}`);
      if (e.kind === 'prime-directive') notices.push(`prime directive ${e.to.state}`);
      if (e.kind === 'chapter') {
        chapters.push(e.number);
        runChecks((c) => 'chapter' in c && c.chapter === e.number);
      }
    }
  };
  let events = session.advance();
  take(events, 0);
  labels.forEach((label, step) => {
    const last = events.at(-1);
    if (last?.kind !== 'choices') throw new Error(`step ${step + 1} ("${label}"): the story has ended (${session.ending ?? 'no ending'})`);
    const option = last.options.find((o) => o.text === label);
    if (!option) throw new Error(`step ${step + 1}: no option "${label}"; offered: ${last.options.map((o) => `"${o.text}"`).join(', ')}`);
    if (option.echo) echoesTaken.push(label);
    session.choose(option.index);
    const count = (taken.get(label) ?? 0) + 1;
    taken.set(label, count);
    // A chapter check belongs to the state as the chapter opens, before this option's after-checks.
    events = session.advance();
    take(events, step + 1);
    runChecks((c) => 'after' in c && c.after === label && (c.nth ?? 1) === count);
  });
  for (let step = labels.length; options.finishWithFirst && events.at(-1)?.kind === 'choices'; step++) {
    if (step > labels.length + 1000) throw new Error('finishing with the first option: no end after 1000 choices');
    const label = (events.at(-1) as Extract<(typeof events)[number], { kind: 'choices' }>).options[0]!.text;
    session.choose(0);
    const count = (taken.get(label) ?? 0) + 1;
    taken.set(label, count);
    events = session.advance();
    take(events, step + 1);
    runChecks((c) => 'after' in c && c.after === label && (c.nth ?? 1) === count);
  }
  const last = events.at(-1);
  if (last?.kind === 'choices') {
    throw new Error(`the route ran out after ${labels.length} steps with the story still going; offered: ${last.options.map((o) => `"${o.text}"`).join(', ')}`);
  }
  if (pending.length > 0) {
    throw new Error(`checks never run: ${pending.map((c) => ('after' in c ? `after "${c.after}"${c.nth ? ` (#${c.nth})` : ''}` : `chapter ${c.chapter}`)).join(', ')}`);
  }
  return { ...view, get ending() { return session.ending; }, session, notices, chapters, echoesTaken };
}
