// The fast string width (src/tui/fast-width.ts) that the bundles give wrap-ansi must agree with
// string-width wherever it answers, or the game's text would wrap differently from the
// version tested here (vitest runs the real wrap-ansi). Checked exhaustively for every code
// point it claims, and on random and real text, with and without colour.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/engine/random-play.js';
import { fastStringWidth, isSimpleCodePoint } from '../../src/tui/fast-width.js';

const simple: number[] = [];
for (let c = 0; c <= 0xffff; c++) if (isSimpleCodePoint(c)) simple.push(c);


const colours = ['\u001b[1m', '\u001b[22m', '\u001b[36m', '\u001b[39m', '\u001b[2m', '\u001b[38;2;163;184;200m', '\u001b[0m'];
const awkward = ['\u00ad', '\u0301', '\u200b', '\ufe0f', '\u25b6', '\u2714', '\u4e2d', '\ud83d\ude00', '\t', '\u009b', '\u001b]8;;x\u0007'];

describe('fastStringWidth', () => {
  it('claims every printable ASCII character, Latin-1 and the interface glyphs', () => {
    for (let c = 0x20; c <= 0x7e; c++) expect(isSimpleCodePoint(c)).toBe(true);
    for (const g of '·—’“”…─│├└█░▲▼◆◇●○◉★▸✓✦❯⏎→') expect(isSimpleCodePoint(g.codePointAt(0) ?? 0), g).toBe(true);
  });

  it('gives one column for each code point it claims, as string-width does', () => {
    const wrong = simple.filter((c) => stringWidth(String.fromCharCode(c)) !== 1).map((c) => c.toString(16));
    expect(wrong).toEqual([]);
    // Two claimed characters side by side are two graphemes (none of them joins its neighbour).
    const pairs = simple.filter((c, i) => stringWidth(String.fromCharCode(c, simple[(i * 7919) % simple.length] ?? 0x41)) !== 2);
    expect(pairs).toEqual([]);
  });

  it('leaves text it cannot measure to string-width', () => {
    for (const a of awkward) expect(fastStringWidth(`word${a}word`), JSON.stringify(a)).toBeUndefined();
    expect(fastStringWidth('plain', { ambiguousIsNarrow: false })).toBeUndefined();
    expect(fastStringWidth('plain', { countAnsiEscapeCodes: true })).toBeUndefined();
    expect(fastStringWidth(42)).toBeUndefined();
  });

  it('agrees with string-width on 20,000 random strings of claimed characters, colour and awkward ones', () => {
    const next = seededRandom(7);
    for (let n = 0; n < 20_000; n++) {
      let text = '';
      const length = Math.floor(next() * 24);
      for (let i = 0; i < length; i++) {
        const r = next();
        if (r < 0.1) text += colours[Math.floor(next() * colours.length)];
        else if (r < 0.13) text += awkward[Math.floor(next() * awkward.length)];
        else if (r < 0.3) text += ' ';
        else text += String.fromCharCode(simple[Math.floor(next() * simple.length)] ?? 0x41);
      }
      const fast = fastStringWidth(text);
      if (fast !== undefined) expect(fast, JSON.stringify(text)).toBe(stringWidth(text));
    }
  });

  it('measures the whole story as string-width does', () => {
    const story = readFileSync(join(__dirname, '..', '..', 'dist', 'story.json'), 'utf8');
    const words = new Set(story.match(/"\^[^"]*"/g)?.flatMap((s) => s.slice(2, -1).split(' ')) ?? []);
    let measured = 0;
    for (const word of words) {
      const fast = fastStringWidth(word);
      if (fast === undefined) continue;
      measured++;
      expect(fast, word).toBe(stringWidth(word));
    }
    // The story is plain text: nearly every word is measured without string-width.
    expect(measured).toBeGreaterThan(words.size * 0.99);
  });
});
