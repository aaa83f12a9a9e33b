// Names for moments in a story that stay the same from run to run: a choice point is
// known by where its options sit in the compiled story, never by their text.

/** One option's identity: the path of its choice in the compiled story ("act1.0.g-0.7"). */
export type OptionId = string;
/** A choice point's identity: the container(s) its options are written in ("act1.0.g-0"). */
export type ChoicePointId = string;

function parentPath(sourcePath: string): string {
  const i = sourcePath.lastIndexOf('.');
  return i < 0 ? sourcePath : sourcePath.slice(0, i);
}

/**
 * The options offered together come from one weave container, so its path names the
 * moment even when a conditional option comes and goes. Threaded-in options add their
 * own container; the set is sorted so the order they arrive in does not matter.
 */
export function choicePointId(sourcePaths: readonly string[]): ChoicePointId {
  return [...new Set(sourcePaths.map(parentPath))].sort().join('+');
}

/** The knot a choice point belongs to, for a readable label when there is no text. */
export function knotOf(id: ChoicePointId): string {
  return id.split(/[.+]/)[0] ?? id;
}

/**
 * A short, stable key for a line of text, so the profile can remember what was read
 * without keeping the words: FNV-1a, 32 bits, in base 36.
 */
export function lineKey(text: string): string {
  let h = 0x811c9dc5;
  const s = text.trim().replace(/\s+/g, ' ');
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}
