// A static map of a compiled ink story: its containers, knots, stitches and functions, every
// choice option it writes, every `# ending:` tag, and the tags the verifier reads. Built once
// from the runtime's content tree, so any ink story works, not only ours.
import type { Story } from '../ink.js';
import { parseTag } from '../tags.js';
import {
  Command,
  ValueKind,
  childrenOf,
  isChoicePoint,
  isCommand,
  isContainer,
  isDivert,
  isTag,
  isValue,
  runtime,
  type InkChoicePoint,
  type InkContainer,
  type InkObject,
} from './ink-internals.js';

export interface FlowInfo {
  /** "knot" or "knot.stitch". */
  name: string;
  kind: 'knot' | 'stitch' | 'function';
  container: InkContainer;
}

export interface OptionInfo {
  /** Where the option is written (its choice point's path): how the explorer names it. */
  path: string;
  /** The knot, or knot.stitch, it is written in. */
  where: string;
  /** The option's fixed text, as far as it can be read without running the story. */
  label: string;
}

export interface StoryMap {
  containers: InkContainer[];
  idOf: Map<InkContainer, number>;
  flows: FlowInfo[];
  options: OptionInfo[];
  /** The container each option (by path) is written in. */
  optionContainers: Map<string, InkContainer>;
  /** Ending ids named by `# ending:` tags anywhere in the story, with where each is written. */
  endingTags: Map<string, string>;
  globalTags: string[];
  /** `# locked-ending: id` global tags: endings only a replay echo may open (bible §6.4). */
  lockedEndings: string[];
  /**
   * `# verify-route: id = 2.1.3` global tags: a known way to an ending, as choice numbers from
   * 1 (stored from 0). Several may name one ending. `# verify-route: id (echoes) = …` is played
   * with every echo set (the replay pass), the others without.
   */
  routes: Route[];
  /** `# verify-route:` tags that could not be read (each a defect). */
  badRoutes: string[];
  globals: string[];
  echoVariables: string[];
  loyaltyVariables: string[];
}

export interface Route {
  ending: string;
  /** Option indices from 0. */
  choices: number[];
  /** Played in the pass with every echo_ variable true, not the fresh one. */
  echoes: boolean;
}

/** `id = 2.1.3` or `id (echoes) = 2.1.3`, the value of a `# verify-route:` tag; null if malformed. */
export function parseRoute(value: string): Route | null {
  const m = /^([^=()]+?)\s*(\(\s*echoes\s*\))?\s*=\s*([\d.\s]+)$/.exec(value);
  if (!m) return null;
  const choices = (m[3] ?? '').split(/[.\s]+/).filter(Boolean).map((n) => Number(n) - 1);
  return { ending: (m[1] ?? '').trim(), choices, echoes: m[2] !== undefined };
}

const WEAVE_NAME = /^(?:[cg]-\d+|\$r\d*|b|s\d*)$/;

/** "knot.0.c-1" → "knot", or "knot.stitch" when the second component is one of its stitches. */
export function flowNameOf(path: string, stitchesByKnot: ReadonlyMap<string, ReadonlySet<string>>): string {
  const parts = path.split('.');
  const knot = parts[0] ?? '';
  const second = parts[1];
  return second !== undefined && stitchesByKnot.get(knot)?.has(second) ? `${knot}.${second}` : knot;
}

export function mapStory(story: Story): StoryMap {
  const ink = runtime(story);
  const root = ink.mainContentContainer;
  const containers: InkContainer[] = [];
  const idOf = new Map<InkContainer, number>();
  const visit = (c: InkContainer): void => {
    if (idOf.has(c)) return;
    idOf.set(c, containers.length);
    containers.push(c);
    for (const child of childrenOf(c)) if (isContainer(child)) visit(child);
  };
  visit(root);

  // Compiled ink does not mark functions: a knot is one if it returns, if anything calls it
  // as one, or if it simply ends (a knot that ran out of content would be a dead end).
  const called = new Set<InkContainer>();
  for (const c of containers) {
    for (const o of c.content) {
      if (isDivert(o) && o.pushesToStack && (o as unknown as { stackPushType: number }).stackPushType === FUNCTION_CALL && !o.variableDivertName) {
        const target = o.targetPointer.container;
        if (target) called.add(target);
      }
    }
  }
  const flows: FlowInfo[] = [];
  const stitchesByKnot = new Map<string, Set<string>>();
  for (const [name, knot] of root.namedContent) {
    if (!isContainer(knot) || name === 'global decl') continue;
    const isFunction = called.has(knot) || containsReturn(knot) || (fallsOffEnd(knot) && !containsChoice(knot));
    flows.push({ name, kind: isFunction ? 'function' : 'knot', container: knot });
    const indexed = new Set<InkObject>(knot.content);
    const stitches = new Set<string>();
    for (const [sname, stitch] of knot.namedContent) {
      if (!isContainer(stitch) || indexed.has(stitch) || WEAVE_NAME.test(sname)) continue;
      stitches.add(sname);
      flows.push({ name: `${name}.${sname}`, kind: 'stitch', container: stitch });
    }
    stitchesByKnot.set(name, stitches);
  }

  const options: OptionInfo[] = [];
  const optionContainers = new Map<string, InkContainer>();
  const endingTags = new Map<string, string>();
  for (const c of containers) {
    const where = flowNameOf(c.path.toString(), stitchesByKnot);
    c.content.forEach((o, i) => {
      if (isChoicePoint(o) && !o.isInvisibleDefault) {
        options.push({ path: o.path.toString(), where, label: choiceLabel(c, i, o) });
        optionContainers.set(o.path.toString(), c);
      }
    });
    for (const tag of tagsIn(c)) {
      const t = parseTag(tag);
      if (t.key === 'ending' && t.value && !endingTags.has(t.value)) endingTags.set(t.value, where);
    }
  }

  const globalTags = [...(story.globalTags ?? [])];
  const lockedEndings = globalTags.map(parseTag).filter((t) => t.key === 'locked-ending' && t.value).map((t) => t.value);
  const routes = globalTags
    .map(parseTag)
    .filter((t) => t.key === 'verify-route')
    .flatMap((t) => {
      const route = parseRoute(t.value);
      return route ? [route] : [];
    });
  const badRoutes = globalTags
    .map(parseTag)
    .filter((t) => t.key === 'verify-route' && !parseRoute(t.value))
    .map((t) => t.value);
  const globals = [...ink.state.variablesState._defaultGlobalVariables.keys()].sort();
  return {
    containers,
    idOf,
    flows,
    options,
    optionContainers,
    endingTags,
    globalTags,
    lockedEndings,
    routes,
    badRoutes,
    globals,
    echoVariables: globals.filter((g) => g.startsWith('echo_')),
    loyaltyVariables: globals.filter((g) => g.startsWith('loyalty_')),
  };
}

const FUNCTION_CALL = 1;

function containsChoice(c: InkContainer): boolean {
  return childrenOf(c).some((o) => isChoicePoint(o) || (isContainer(o) && containsChoice(o)));
}

/** Whether flow can run off the end of `c` without a divert, DONE, END or return. */
function fallsOffEnd(c: InkContainer): boolean {
  const last = c.content[c.content.length - 1];
  if (last === undefined) return true;
  if (isContainer(last)) return fallsOffEnd(last);
  if (isDivert(last)) return last.isConditional || last.pushesToStack;
  if (isCommand(last)) return ![Command.Done, Command.End, Command.PopFunction, Command.PopTunnel].includes(last.commandType as 19);
  return true;
}

function containsReturn(c: InkContainer): boolean {
  return childrenOf(c).some((o) => (isCommand(o) && o.commandType === Command.PopFunction) || (isContainer(o) && containsReturn(o)));
}

/** The tag texts written directly in a container, in either of ink's two tag encodings. */
export function tagsIn(c: InkContainer): string[] {
  const tags: string[] = [];
  let open: string | null = null;
  for (const o of c.content) {
    if (isCommand(o) && o.commandType === Command.BeginTag) open = '';
    else if (isCommand(o) && o.commandType === Command.EndTag) {
      if (open !== null && open.trim()) tags.push(open.trim());
      open = null;
    } else if (open !== null && isValue(o) && o.valueType === ValueKind.String) open += String(o.value);
    else if (isTag(o) && o.text) tags.push(o.text.trim());
  }
  return tags;
}

const BEGIN_STRING = 7;
const END_STRING = 8;

/** The fixed words of an option: its start content (the `s` child) and its bracketed text. */
function choiceLabel(c: InkContainer, index: number, choice: InkChoicePoint): string {
  let text = '';
  let inString = false;
  let inTag = false;
  for (let i = index - 1; i >= 0; i--) {
    const o = c.content[i];
    if (isCommand(o)) {
      if (o.commandType === END_STRING) inString = true;
      else if (o.commandType === BEGIN_STRING) break;
      else if (o.commandType === Command.EndTag) inTag = true;
      else if (o.commandType === Command.BeginTag) inTag = false;
    } else if (inString && !inTag && isValue(o) && o.valueType === ValueKind.String) text = String(o.value) + text;
    else if (isDivert(o) && !inString && !o.pushesToStack) break;
  }
  const start = c.namedContent.get('s');
  let prefix = '';
  if (choice.path.toString().startsWith(c.path.toString()) && isContainer(start)) {
    for (const o of start.content) if (isValue(o) && o.valueType === ValueKind.String) prefix += String(o.value);
  }
  return `${prefix}${text}`.replace(/\s+/g, ' ').trim();
}
