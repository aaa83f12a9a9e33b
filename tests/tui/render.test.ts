import { describe, expect, it } from 'vitest';
import { loyaltyNotice, primeDirectiveNotices } from '../../src/tui/notices.js';
import { renderChapter, renderChoiceList, renderLine, renderNotice, styleSpeech, wrap } from '../../src/tui/render.js';
import { renderStatus } from '../../src/tui/status.js';
import { makeTheme } from '../../src/tui/theme.js';

const ANSI = /\u001b\[/;
const plain = makeTheme({ color: false, unicode: true });
const colour = makeTheme({ color: true, unicode: true });
const visible = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');

const long =
  'The padd in your hand is warm from the reception lights, and the report on it is short, precise and entirely wrong about what happened in the village.';

describe('wrapping', () => {
  it('keeps every line inside a 40-column terminal, margin included', () => {
    const out = wrap(long, { columns: 40, indent: 2 });
    for (const line of out.split('\n')) expect(line.length).toBeLessThanOrEqual(39);
    expect(out.split('\n').length).toBeGreaterThan(3);
    expect(out.replace(/\s+/g, ' ').trim()).toBe(long);
  });

  it('caps the measure on a 200-column terminal so lines stay readable', () => {
    const out = wrap(long, { columns: 200, indent: 2 });
    expect(Math.max(...out.split('\n').map((l) => l.length))).toBeLessThanOrEqual(78);
  });

  it('wraps by visible width when the text carries colour codes', () => {
    const out = renderLine({ text: `"${long}"`, speaker: 'Worf', crew: 'worf' }, colour, { columns: 40, indent: 2 });
    expect(out).toMatch(ANSI);
    for (const line of out.split('\n')) expect(visible(line).length).toBeLessThanOrEqual(39);
  });
});

describe('speech', () => {
  it('colours only the quoted words', () => {
    const styled = styleSpeech('"Sir." Worf does not sit.', (s) => `<${s}>`);
    expect(styled).toBe('<"Sir."> Worf does not sit.');
  });

  it('prints no escape codes without colour', () => {
    expect(renderLine({ text: '"Sir," says Worf.', speaker: 'Worf', crew: 'worf' }, plain, { columns: 80, indent: 0 })).toBe('"Sir," says Worf.');
    expect(renderChapter(1, 'The Duck Blind', plain, { columns: 80, indent: 0 })).not.toMatch(ANSI);
  });

  it('sets interlude lines apart with a bar', () => {
    const out = renderLine({ text: 'The Enterprise runs.', interlude: 'riker' }, plain, { columns: 80, indent: 2 });
    expect(out).toBe('  │ The Enterprise runs.');
  });
});

describe('notices', () => {
  it('names the officer and the direction, and a change of tier', () => {
    expect(loyaltyNotice('worf', 60, 70)).toEqual({ direction: 'up', text: 'Worf will remember that.' });
    expect(loyaltyNotice('worf', 65, 80)).toEqual({ direction: 'up', text: 'Worf will remember that for a long time. Worf is devoted now.' });
    expect(loyaltyNotice('laforge', 30, 20).text).toBe('La Forge will remember that. La Forge is estranged now.');
    expect(renderNotice(loyaltyNotice('data', 60, 50), plain, { columns: 80, indent: 0 })).toBe('  ▼ Data will remember that.');
  });

  it('says what happened to the Prime Directive and to your stance', () => {
    const from = { state: 'upheld', strain: 0, stance: 'unspoken' } as const;
    expect(primeDirectiveNotices(from, { state: 'strained', strain: 1, stance: 'unspoken' }).map((n) => n.text)).toEqual(['The Prime Directive is strained.']);
    expect(primeDirectiveNotices({ ...from, state: 'strained', strain: 1 }, { state: 'breached', strain: 1, stance: 'spirit' }).map((n) => n.text)).toEqual([
      'The Prime Directive is breached. That cannot be undone.',
      'You have taken your stand on the spirit of the Prime Directive.',
    ]);
  });
});

describe('status and choices', () => {
  const crew = { data: 60, riker: 75, laforge: 70, worf: 10, troi: 70, crusher: 100 };
  it('draws six bars with values and tiers that read without colour', () => {
    const out = renderStatus({ crew, primeDirective: { state: 'strained', strain: 2, stance: 'spirit' }, hours: 12, chapter: { number: 2, title: 'The Lake' } }, plain, { columns: 40, indent: 2 });
    expect(out).not.toMatch(ANSI);
    expect(out).toContain('Worf');
    expect(out).toMatch(/Worf\s+█+░+\s+10 estranged/);
    expect(out).toMatch(/Crusher\s+█+\s+100 devoted/);
    expect(out.replace(/\s+/g, ' ')).toContain('strained (2 of 3 strains)');
    expect(out).toContain("Son'a schedule");
    for (const line of out.split('\n')) expect(line.length).toBeLessThanOrEqual(40);
  });

  it('shows a lost officer as lost, without a bar', () => {
    const out = renderStatus({ crew, lost: ['data'], primeDirective: null, hours: null, chapter: null }, plain, { columns: 60, indent: 0 });
    expect(out).toMatch(/Data\s+─+\s+lost/);
    expect(out).not.toMatch(/Data\s+█/);
  });

  it('hides the schedule before chapter 2', () => {
    const out = renderStatus({ crew, primeDirective: null, hours: 3, chapter: { number: 1, title: 'x' } }, plain, { columns: 80, indent: 0 });
    expect(out).not.toContain("Son'a");
  });

  it('numbers choices and marks echoes with a glyph', () => {
    const out = renderChoiceList(
      [
        { index: 0, id: 'a.0.1', text: 'Sing', tags: [], echo: false },
        { index: 1, id: 'a.0.2', text: 'Remember', tags: ['echo'], echo: true },
      ],
      plain,
      { columns: 80, indent: 0 },
    );
    expect(out).toBe('1. Sing\n2. Remember ◇');
  });
});
