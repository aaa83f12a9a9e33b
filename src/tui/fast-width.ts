// The display width of plain story text without Intl.Segmenter. wrap-ansi measures every word
// with string-width, which segments text into graphemes with an Intl.Segmenter: creating one
// loads ICU data (10-15 ms, before the first line on screen), and a startup snapshot cannot
// hold one at all. Almost everything the game prints is Latin text, punctuation and box
// lines, where every code point is one column wide and its own grapheme. scripts/build.mjs
// gives wrap-ansi a string-width that answers from here for such text and asks the real
// string-width (loaded on first need) for anything else, so the answer is always string-width's
// (tests/tui/fast-width.test.ts checks every code point of the set against it).

/** The interface's own glyphs (theme.ts) that string-width counts as one column (not ▶, an emoji). */
const GLYPHS = new Set([0x23ce, 0x25b2, 0x25b8, 0x25bc, 0x25c6, 0x25c7, 0x25c9, 0x25cb, 0x25cf, 0x2605, 0x2713, 0x2726, 0x276f]);

/** One column, one grapheme, never ignorable, never emoji (under string-width's rules). */
function simpleCodeUnit(c: number): boolean {
  if (c >= 0x20 && c <= 0x7e) return true; // printable ASCII
  // Latin-1 to spacing modifiers, less the soft hyphen (ignorable) and © and ® (emoji to string-width)
  if (c >= 0xa0 && c <= 0x2ff) return c !== 0xad && c !== 0xa9 && c !== 0xae;
  if (c >= 0x2010 && c <= 0x2027) return true; // dashes, quotes, bullets, ellipsis
  if (c >= 0x2030 && c <= 0x205e) return c !== 0x203c && c !== 0x2049; // per mille to tricolon, less the two emoji
  if (c >= 0x2190 && c <= 0x2193) return true; // the four arrows (the rest of the block has emoji)
  if (c >= 0x2500 && c <= 0x259f) return true; // box drawing and blocks
  return GLYPHS.has(c);
}

/** SGR sequences (colour and weight), the only escapes the game writes. */
const SGR = /\u001b\[[0-9;]*m/g;

/**
 * The width string-width gives `text` (its default options), or undefined when the text holds
 * anything outside the simple set, or an escape other than SGR, and string-width must decide.
 */
export function fastStringWidth(text: unknown, options?: { ambiguousIsNarrow?: boolean; countAnsiEscapeCodes?: boolean }): number | undefined {
  if (typeof text !== 'string') return undefined;
  if (options !== undefined && (options.ambiguousIsNarrow === false || options.countAnsiEscapeCodes === true)) return undefined;
  const plain = text.includes('\u001b') ? text.replace(SGR, '') : text;
  for (let i = 0; i < plain.length; i++) {
    if (!simpleCodeUnit(plain.charCodeAt(i))) return undefined;
  }
  return plain.length;
}

/** For tests: whether one code point is in the simple set. */
export function isSimpleCodePoint(codePoint: number): boolean {
  return codePoint <= 0xffff && simpleCodeUnit(codePoint);
}
