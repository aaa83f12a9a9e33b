// The screen measures the terminal at the moment it writes: a resize during play
// re-wraps the next text, and the plain theme keeps every meaning without colour.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { StoryEvent } from '../../src/engine/events.js';
import { renderChapter, renderChoiceList, renderEnding, renderLine, renderNotice } from '../../src/tui/render.js';
import { loyaltyNotice, primeDirectiveNotices } from '../../src/tui/notices.js';
import { Screen } from '../../src/tui/screen.js';
import { renderStatus } from '../../src/tui/status.js';
import { StoryView } from '../../src/tui/story-view.js';
import { makeTheme } from '../../src/tui/theme.js';

const paragraph = (n: number): StoryEvent => ({
  kind: 'line',
  tags: [],
  text: `Paragraph ${n}: the Son'a collector hangs in the rings like a held breath, and every officer on the bridge watches the same slow numbers fall.`,
});

/** A terminal-like stream whose width the test can change, as a window resize does. */
function terminal(columns: number) {
  const out = Object.assign(new PassThrough(), { isTTY: true, columns });
  let text = '';
  out.on('data', (d: Buffer) => {
    text += d.toString();
  });
  return { out, read: () => text };
}

describe('a resize during play', () => {
  it('re-wraps the next text to the new width', async () => {
    const term = terminal(100);
    const screen = new Screen({ out: term.out as unknown as NodeJS.WriteStream, input: new PassThrough(), interactive: true, pacing: false, onInterrupt: () => undefined });
    const view = new StoryView(screen, makeTheme({ color: false, unicode: true }));
    await view.show([paragraph(1)], true);
    const wide = term.read().trim().split('\n');
    term.out.columns = 40;
    await view.show([paragraph(2)], true);
    const narrow = term.read().slice(term.read().indexOf('Paragraph 2')).trim().split('\n');
    expect(Math.max(...wide.map((l) => l.length))).toBeGreaterThan(60);
    expect(Math.max(...narrow.map((l) => l.length))).toBeLessThanOrEqual(39);
    expect(narrow.length).toBeGreaterThan(wide.length);
  });
});

describe('the plain theme (--plain, TERM=dumb)', () => {
  const plain = makeTheme({ color: true, unicode: true, plain: true });
  const layout = { columns: 80, indent: 0 };

  it('has no colour and no Unicode art, whatever else was asked', () => {
    expect(plain.color).toBe(false);
    expect(plain.unicode).toBe(false);
    expect(plain.error('x') + plain.accent('y') + plain.dim('z')).toBe('xyz');
  });

  it('says in words what colour and drawing say elsewhere', () => {
    // The speaker's colour becomes their name.
    expect(renderLine({ text: '"Of course, Captain."', speaker: 'Troi', crew: 'troi' }, plain, layout)).toBe('Troi: "Of course, Captain."');
    // Rules around chapters and endings are left out; the words stay.
    expect(renderChapter(2, 'The Lake', plain, layout)).toBe('Chapter 2: The Lake');
    expect(renderEnding('Dawn', plain, layout)).toBe('Ending: Dawn');
    // Loyalty rises and falls with a sign, the Prime Directive with a star.
    expect(renderNotice(loyaltyNotice('worf', 60, 70), plain, layout).trim()).toBe('+ Worf will remember that.');
    expect(renderNotice(loyaltyNotice('worf', 60, 40), plain, layout).trim()).toBe('- Worf will remember that, and not kindly. Worf is wavering now.');
    const pd = primeDirectiveNotices({ state: 'upheld', strain: 0, stance: 'unspoken' }, { state: 'strained', strain: 1, stance: 'unspoken' })[0];
    if (!pd) throw new Error('no notice');
    expect(renderNotice(pd, plain, layout).trim()).toBe('* The Prime Directive is strained.');
    // Bars become numbers and tiers; the schedule a count of hours.
    const crew = { data: 60, riker: 80, laforge: 70, worf: 20, troi: 70, crusher: 70 };
    const status = renderStatus({ crew, lost: ['data'], primeDirective: null, hours: 10, chapter: { number: 2, title: 'The Lake' } }, plain, layout);
    expect(status).toContain('Data: lost');
    expect(status).toContain('Worf: 20, estranged');
    expect(status).toContain("Son'a schedule: 10 of 24 hours");
    expect(status).not.toMatch(/[#█░]/);
    // Choices are numbered; marks that colour would carry are words.
    const list = renderChoiceList([{ index: 0, id: 'a', text: 'Go', tags: [], echo: true }], plain, layout, [plain.glyph.fresh]);
    expect(list).toBe('1. Go <> (new)');
  });
});
