// Typed views of the ink variables the engine understands. Ink stays the single source
// of truth: these functions read it and keep nothing.
import { InkList, type Story } from './ink.js';

export type InkValue = number | boolean | string;
import { CREW_IDS, ROSTER, type CrewId, type CrewLoyalty } from './crew.js';
import { PD_VARIABLES, isPrimeDirectiveStance, isPrimeDirectiveState, type PrimeDirective } from './prime-directive.js';


export function declares(story: Story, name: string): boolean {
  return story.variablesState.GlobalVariableExistsWithName(name);
}

/** The names of the items in a list value, in ink's order; a non-list reads as []. */
export function listItems(value: unknown): string[] {
  if (!(value instanceof InkList)) return [];
  return value.orderedItems.map((entry) => entry.Key.itemName ?? '').filter(Boolean);
}

/** The single item of a one-item list variable (a state such as prime_directive), or undefined. */
export function listItem(story: Story, name: string): string | undefined {
  const items = listItems(story.variablesState.$(name));
  return items[items.length - 1];
}

export function numberVar(story: Story, name: string): number | undefined {
  const value: unknown = story.variablesState.$(name);
  return typeof value === 'number' ? value : undefined;
}

export function hasCrew(story: Story): boolean {
  return ROSTER.every((o) => declares(story, o.variable));
}

export function hasPrimeDirective(story: Story): boolean {
  return declares(story, PD_VARIABLES.state);
}

export function readLoyalty(story: Story, id: CrewId): number {
  const o = ROSTER.find((r) => r.id === id);
  return o ? (numberVar(story, o.variable) ?? 0) : 0;
}

export function readCrewLoyalty(story: Story): CrewLoyalty {
  const out = {} as CrewLoyalty;
  for (const id of CREW_IDS) out[id] = readLoyalty(story, id);
  return out;
}

/** Officers gone for good: Data once `data_state` is `destroyed`. */
export function lostOfficers(story: Story): CrewId[] {
  return declares(story, 'data_state') && listItem(story, 'data_state') === 'destroyed' ? ['data'] : [];
}

export function readPrimeDirective(story: Story): PrimeDirective {
  const state = listItem(story, PD_VARIABLES.state) ?? 'upheld';
  const stance = declares(story, PD_VARIABLES.stance) ? (listItem(story, PD_VARIABLES.stance) ?? 'unspoken') : 'unspoken';
  return {
    state: isPrimeDirectiveState(state) ? state : 'upheld',
    strain: numberVar(story, PD_VARIABLES.strain) ?? 0,
    stance: isPrimeDirectiveStance(stance) ? stance : 'unspoken',
  };
}

/** Plain JSON-friendly value of any ink variable: numbers, booleans, strings, lists as item names. */
export function readVariable(story: Story, name: string): InkValue | string[] | undefined {
  if (!declares(story, name)) return undefined;
  const value: unknown = story.variablesState.$(name);
  if (value instanceof InkList) return listItems(value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
  return undefined;
}



/**
 * Sets ink variables from plain values. A string naming list items, "destroyed" or
 * "(Troi, Crusher)", becomes an ink list; "()" is the empty list; other strings stay strings.
 */
export function setVariables(story: Story, variables: Record<string, InkValue> | undefined): void {
  for (const [name, value] of Object.entries(variables ?? {})) {
    story.variablesState.$(name, toInkValue(story, name, value));
  }
}

function toInkValue(story: Story, name: string, value: InkValue): InkValue | InkList {
  if (typeof value !== 'string') return value;
  const current: unknown = story.variablesState.$(name);
  const looksLikeList = /^\(.*\)$/.test(value.trim());
  if (!(current instanceof InkList) && !looksLikeList) return value;
  const items = value.trim().replace(/^\(|\)$/g, '').split(',').map((s) => s.trim()).filter(Boolean);
  let list = new InkList();
  for (const item of items) list = list.Union(InkList.FromString(item, story));
  if (items.length === 0 && current instanceof InkList) list.SetInitialOriginNames(current.originNames ?? []);
  return list;
}
