// A Story whose knots are turned into ink's runtime objects only when the story first reaches
// them. inkjs builds every container of a story before the first line (JTokenToRuntimeObject
// over the whole JSON): for our 86,000-word story that is 100-200 ms and 10 MB of objects on a
// cold start, most of it for knots a session will not reach for an hour, or at all. Here the
// root container is built without its knots (a compiled story keeps them, 182 for ours, as
// the named content of the root, in the dictionary that ends the root array), and the root's
// named-content map is replaced by one that builds a knot the first time it is looked up.
//
// Why it is the same story: inkjs reaches a knot only through the root's named content
// (Container.ContentWithPathComponent, Story.KnotContainerWithName, ResetGlobals,
// ValidateExternalBindings), always by `get`/`has` or by iterating the map. `get` and `has`
// build the knot on demand; iterating (size, entries, forEach...) builds every knot first.
// A knot is built exactly as inkjs would have built it inside the root (JTokenToRuntimeObject,
// named by its key, parented to the root), so paths, visit counts and saves are unchanged.
// inkjs checks the story's external functions on the first Continue by walking every
// container; a lazy story does the same check knot by knot as each is built and reports a
// missing function in inkjs's words, as a runtime error where the story calls it.
import { Container } from 'inkjs/engine/Container';
import { JsonSerialisation } from 'inkjs/engine/JsonSerialisation';
import { Story } from './ink.js';

/** A compiled story taken apart: the JSON without its knots, and each knot's JSON. */
export interface SplitStory {
  /** The story JSON with the root's knots removed (its globals, lists and top-level content stay). */
  skeleton: string;
  /**
   * Each knot's JSON token, by name: as text (what the startup snapshot keeps, since one string
   * is far cheaper to store and restore than the objects JSON.parse makes) or already parsed.
   */
  knots: Map<string, string | unknown[]>;
  /** Every name in the root's named content, in the story's order (iteration keeps it). */
  order: string[];
}

/**
 * Splits a compiled story. Keys starting with '#' (the root's count flags and name) and
 * `global decl` (run when the story starts) stay in the skeleton; `asText` keeps each knot as
 * JSON text instead of a parsed token.
 */
export function splitStory(json: string, asText = false): SplitStory {
  const parsed = JSON.parse(json.replace(/^\uFEFF/, '')) as { root?: unknown };
  const root = parsed.root;
  const knots = new Map<string, string | unknown[]>();
  const order: string[] = [];
  const last = Array.isArray(root) ? root[root.length - 1] : null;
  if (last !== null && typeof last === 'object' && !Array.isArray(last)) {
    const named = last as Record<string, unknown>;
    for (const key of Object.keys(named)) {
      const token = named[key];
      if (key.startsWith('#')) continue;
      order.push(key);
      if (key === 'global decl' || !Array.isArray(token)) continue;
      knots.set(key, asText ? JSON.stringify(token) : token);
      delete named[key];
    }
  }
  return { skeleton: JSON.stringify(parsed), knots, order };
}

interface InkInternals {
  mainContentContainer: Container;
  ValidateExternalBindings(o: unknown, missing: Set<string>): void;
  allowExternalFunctionFallbacks: boolean;
  _hasValidatedExternals: boolean;
  Error(message: string): never;
}

/** The root's named content: knots are built the first time anything looks one up. */
class LazyNamedContent extends Map<string, unknown> {
  constructor(
    private readonly root: Container,
    private readonly pending: Map<string, string | unknown[]>,
    private readonly order: readonly string[],
    private readonly story: InkInternals,
  ) {
    super();
  }

  override get(key: string): unknown {
    if (this.pending.has(key)) this.build(key);
    return super.get(key);
  }

  override has(key: string): boolean {
    return this.pending.has(key) || super.has(key);
  }

  override delete(key: string): boolean {
    const had = this.pending.delete(key);
    return super.delete(key) || had;
  }

  override get size(): number {
    this.buildAll();
    return super.size;
  }

  override entries(): MapIterator<[string, unknown]> {
    this.buildAll();
    return super.entries();
  }

  override keys(): MapIterator<string> {
    this.buildAll();
    return super.keys();
  }

  override values(): MapIterator<unknown> {
    this.buildAll();
    return super.values();
  }

  override forEach(fn: (value: unknown, key: string, map: Map<string, unknown>) => void, thisArg?: unknown): void {
    this.buildAll();
    super.forEach(fn, thisArg);
  }

  override [Symbol.iterator](): MapIterator<[string, unknown]> {
    this.buildAll();
    return super[Symbol.iterator]();
  }

  /** How many knots are still JSON (for tests). */
  get unbuilt(): number {
    return this.pending.size;
  }

  /** Builds every knot, and puts the map back in the story's order (as inkjs would have it). */
  private buildAll(): void {
    if (this.pending.size === 0) return;
    for (const key of [...this.pending.keys()]) this.build(key);
    const entries = [...super.entries()];
    const rank = new Map(this.order.map((k, i) => [k, i]));
    entries.sort((a, b) => (rank.get(a[0]) ?? Infinity) - (rank.get(b[0]) ?? Infinity));
    super.clear();
    for (const [k, v] of entries) super.set(k, v);
  }

  private build(key: string): void {
    const token = this.pending.get(key);
    this.pending.delete(key);
    const parsed = typeof token === 'string' ? (JSON.parse(token) as unknown[]) : token;
    const knot = JsonSerialisation.JTokenToRuntimeObject(parsed) as unknown as Container;
    if (knot instanceof Container) knot.name = key;
    // As Container.AddToNamedContentOnly does (it would call our set through the map).
    (knot as unknown as { parent: Container }).parent = this.root;
    super.set(key, knot);
    this.checkExternals(knot);
  }

  private checkExternals(knot: Container): void {
    const missing = new Set<string>();
    this.story.ValidateExternalBindings(knot, missing);
    if (missing.size === 0) return;
    // inkjs's own wording (Story.ValidateExternalBindings).
    const names = [...missing].join(', ');
    this.story.Error(
      `Error: Missing function binding for external${missing.size > 1 ? 's' : ''}: '${names}' ${
        this.story.allowExternalFunctionFallbacks ? ', and no fallback ink function found.' : ' (ink fallbacks disabled)'
      }`,
    );
  }
}

/** A Story that builds its knots on first use; it plays exactly as `new Story(json)` would. */
export function lazyStory(split: SplitStory): Story {
  const story = new Story(split.skeleton);
  const ink = story as unknown as InkInternals;
  const root = ink.mainContentContainer;
  const named = new LazyNamedContent(root, new Map(split.knots), split.order, ink);
  for (const [key, value] of root.namedContent) Map.prototype.set.call(named, key, value);
  root.namedContent = named as unknown as Map<string, never>;
  // Checked knot by knot as each is built (see LazyNamedContent.checkExternals); the skeleton
  // itself is checked here.
  const missing = new Set<string>();
  for (const item of root.content) ink.ValidateExternalBindings(item, missing);
  for (const value of Map.prototype.values.call(named)) ink.ValidateExternalBindings(value, missing);
  if (missing.size > 0) story.ValidateExternalBindings();
  ink._hasValidatedExternals = true;
  return story;
}

/** How many of a lazy story's knots have not been built yet (0 for an ordinary Story). */
export function unbuiltKnots(story: Story): number {
  const named = (story as unknown as InkInternals).mainContentContainer.namedContent as unknown;
  return named instanceof LazyNamedContent ? named.unbuilt : 0;
}
