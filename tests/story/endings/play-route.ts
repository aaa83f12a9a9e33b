// Plays a scripted route through the engine, from the story's first line, by option label:
// each label must be one of the options on offer at that point, or the test fails naming the
// step and what was offered. Checks run after the option with the given label is taken.
import { readFileSync } from 'node:fs';
import { Session } from '../../../src/engine/session.js';
import { readVariable } from '../../../src/engine/story-state.js';
import { repoPath } from '../../helpers.js';

export interface RouteCheck {
  /** Run the check right after this option is taken (the first time it is). */
  after: string;
  check: (state: StoryView) => void;
}

export interface StoryView {
  /** A variable's value: numbers and booleans as they are, list values as arrays of item names. */
  get(name: string): unknown;
  /** A single-valued list variable's item (`command`, `collector`), or null when it is empty. */
  item(name: string): string | null;
  /** True when the list variable holds the item. */
  has(name: string, item: string): boolean;
  ending: string | null;
}

export interface RouteResult extends StoryView {
  session: Session;
  /** Every loyalty and Prime Directive notice the route produced, in order. */
  notices: string[];
}

const json = () => readFileSync(repoPath('dist/story.json'), 'utf8');

export function playRoute(labels: readonly string[], options: { seed?: number; echoes?: boolean; checks?: RouteCheck[] } = {}): RouteResult {
  const probe = new Session(json(), { seed: options.seed ?? 1 });
  const variables = options.echoes ? Object.fromEntries(probe.echoVariables.map((n) => [n, true])) : undefined;
  const session = new Session(json(), { seed: options.seed ?? 1, ...(variables ? { variables } : {}) });
  const view: StoryView = {
    get: (name) => readVariable(session.story, name),
    item: (name) => {
      const v = readVariable(session.story, name);
      return Array.isArray(v) ? (v[0] ?? null) : null;
    },
    has: (name, item) => {
      const v = readVariable(session.story, name);
      return Array.isArray(v) && v.includes(item);
    },
    get ending() {
      return session.ending;
    },
  };
  const notices: string[] = [];
  const pending = [...(options.checks ?? [])];
  let events = session.advance();
  labels.forEach((label, step) => {
    const last = events.at(-1);
    if (last?.kind !== 'choices') throw new Error(`step ${step + 1} ("${label}"): the story has ended (${session.ending ?? 'no ending'})`);
    const index = last.options.findIndex((o) => o.text === label);
    if (index < 0) throw new Error(`step ${step + 1}: no option "${label}"; offered: ${last.options.map((o) => `"${o.text}"`).join(', ')}`);
    session.choose(index);
    events = session.advance();
    for (const e of events) {
      if (e.kind === 'story-error') throw new Error(`ink error after step ${step + 1}: ${e.message}`);
      if (e.kind === 'loyalty') notices.push(`${e.officer} ${e.from}->${e.to}`);
      if (e.kind === 'prime-directive') notices.push(`prime directive ${e.to.state}`);
    }
    for (let i = 0; i < pending.length; i++) {
      const c = pending[i];
      if (c && c.after === label) {
        c.check(view);
        pending.splice(i, 1);
        i--;
      }
    }
  });
  if (pending.length > 0) throw new Error(`checks never run: after ${pending.map((c) => `"${c.after}"`).join(', ')}`);
  return { ...view, get ending() { return session.ending; }, session, notices };
}
