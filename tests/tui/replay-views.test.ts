import { describe, expect, it } from 'vitest';
import { branchMap, countStoryOptions } from '../../src/engine/branch-map.js';
import { gallery, nearTagsIn } from '../../src/engine/gallery.js';
import { Session } from '../../src/engine/session.js';
import { foundLine, renderGallery } from '../../src/tui/gallery-view.js';
import { renderMap } from '../../src/tui/map-view.js';
import { renderCheckpoints, renderRewindList, renderSlots } from '../../src/tui/replay-views.js';
import { renderTranscript } from '../../src/tui/transcript.js';
import { makeTheme } from '../../src/tui/theme.js';
import { playRuns, saga } from '../engine/replay-helpers.js';

const ANSI = /\u001b\[/;
const plain = makeTheme({ color: false, unicode: true });
const ascii = makeTheme({ color: false, unicode: false });
const colour = makeTheme({ color: true, unicode: true });
const visible = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');
const narrow = { columns: 40, indent: 2 };
const catalogue = () => new Session(saga(), { seed: 1 }).catalogue;

function mapOf(routes: number[][]) {
  const { profile, run } = playRuns(routes);
  return branchMap(profile, {
    here: run.ending ? null : (run.history.at(-1)?.point ?? null),
    route: run.history.flatMap((s) => (s.taken ? [{ point: s.point, text: s.taken.text }] : [])),
    chapter: run.session.chapter,
    catalogue: catalogue(),
    storyOptions: countStoryOptions(saga()),
  });
}

describe('the branch map on screen', () => {
  it('shows the current chapter in full and folds the others, with percentages', () => {
    const out = renderMap(mapOf([[0, 0, 0, 0, 0, 0], [1, 1, 0]]), 'current', plain, { columns: 80, indent: 0 });
    expect(out).not.toMatch(ANSI);
    expect(out.replace(/\n/g, ' ')).toContain('Branch map: 9 of the 14 options you have met are taken (64%); 52% of all 17 in the story.');
    expect(out).toContain('▸ Chapter 1: The Gate · 4 choice points · 75%');
    expect(out).toContain('── Chapter 2: The Hill');
    expect(out).toMatch(/5 You climb the hill\. The die shows \d+\. ▶ you are here/);
    expect(out).toContain('├─● Rest → 6');
    expect(out).toContain('└─○ Hurry');
    expect(out).toContain('▸ Chapter 3: The Return · 1 choice point · 50%');
  });

  it('unfolds every chapter on "map all", marking this run, endings and untaken options', () => {
    const out = renderMap(mapOf([[1, 0, 0, 0, 0, 0]]), 'all', plain, { columns: 80, indent: 0 });
    expect(out).toContain('├─○ Open the gate');
    expect(out).toContain('└─◉ Climb the wall → 2');
    expect(out).toContain('├─◉ Go home → ★ Storm');
    expect(out).toContain('├─◉ Eat a fruit → ch. 2');
    expect(out).toContain('● taken  ○ never taken  ◉ this run  ▶ here  ★ ending');
  });

  it('reads in plain ASCII, and fits 40 columns in colour', () => {
    const map = mapOf([[0, 0, 0, 0, 0, 0], [1, 1, 0, 1]]);
    const a = renderMap(map, 'all', ascii, { columns: 80, indent: 0 });
    expect(a).toContain('|-* Open the gate -> 2');
    expect(a).toContain('`-@ Hurry -> 6');
    expect(a).toContain('`-o Sit in the dark');
    expect(a).toContain('-> # Dawn');
    const c = renderMap(map, 'all', colour, narrow);
    expect(c).toMatch(ANSI);
    for (const line of c.split('\n')) expect(visible(line).length).toBeLessThanOrEqual(40);
  });

  it('says so when nothing has been explored', () => {
    expect(renderMap({ chapters: [], taken: 0, offered: 0, storyOptions: 3 }, 'current', plain, narrow)).toContain('Nothing yet');
  });
});

describe('the endings gallery on screen', () => {
  it('lists found endings by title and the rest as ??? with hints when close', () => {
    const { profile } = playRuns([[0, 0, 0, 0, 0, 0]]);
    const g = gallery(profile, catalogue(), nearTagsIn(saga()));
    expect(foundLine(g)).toBe('1 of 4 endings found');
    const out = renderGallery(g, plain, { columns: 80, indent: 0 });
    expect(out.split('\n').slice(0, 4)).toEqual([
      'Endings: 1 of 4 endings found',
      '1. ★ Dawn (first 2026-01-02, once, shortest route 6 choices)',
      '2. ○ ???',
      '     Hint: Go home the hard way.',
    ]);
    expect(out).toContain('Hint: Stay where the fruit is sweet.');
    expect(out).not.toContain('Night');
    for (const line of renderGallery(g, plain, narrow).split('\n')) expect(line.length).toBeLessThanOrEqual(40);
  });
});

describe('replay lists', () => {
  it('numbers this run\'s choices with their chapter and the option taken', () => {
    const { run } = playRuns([[1, 0]]);
    expect(renderRewindList(run.history, plain, { columns: 80, indent: 0 }).split('\n')).toEqual([
      'Choices in this run (rewind N goes back to choice N)',
      '1. ch. 1 · Climb the wall',
      '2. ch. 1 · Go left, to the orchard',
      '3. ch. 1 · (you are here)',
    ]);
  });

  it('lists saves and chapter starts, or says there are none', () => {
    expect(renderSlots([], plain, narrow)).toContain('No saves yet');
    const slots = renderSlots([{ slot: 'bridge', savedAt: '2026-01-01T10:20:30Z', summary: { chapter: '2 The Hill', choices: 4, ending: null }, problem: null }, { slot: 'bad', savedAt: '', summary: null, problem: 'The save "bad" is damaged' }], plain, { columns: 80, indent: 0 });
    expect(slots).toContain('bridge: chapter 2 The Hill, 4 choices, 2026-01-01 10:20');
    expect(slots).toContain('bad: cannot be restored (The save "bad" is damaged)');
    const { profile } = playRuns([[0, 0, 0]]);
    expect(renderCheckpoints(Object.values(profile.checkpoints), plain, { columns: 80, indent: 0 })).toContain('2. Chapter 2: The Hill (3 choices in)');
  });
});

describe('transcripts', () => {
  it('write the text, the choices taken and not taken, and the ending, as Markdown', () => {
    const { run } = playRuns([[0, 1, 1, 0, 1, 1]]);
    const { events, steps } = run.replayAll();
    const md = renderTranscript(events, steps, { title: 'Saga', runCode: 'ABC', endingTitle: 'Dusk' });
    expect(md).toContain('# Saga: a run\n\nRun code `ABC` · 6 choices · ending: **Dusk**');
    expect(md).toContain('## Chapter 1: The Gate\n\nYou stand at the gate.\n\n> **You chose:** Open the gate\n>\n> *Not taken:* Climb the wall');
    expect(md).toContain('**Ending: Dusk**');
  });

  it('include state changes in the game\'s words, and escape Markdown in story text', () => {
    const md = renderTranscript(
      [
        { kind: 'line', text: '# not a heading *really*', tags: [] },
        { kind: 'loyalty', officer: 'worf', from: 60, to: 70 },
        { kind: 'choices', options: [{ index: 0, id: 'a', text: 'Go', tags: [], echo: false }] },
      ],
      [{ point: 'p', chapter: null, count: 1 }],
      { title: 'T', runCode: 'X', endingTitle: null },
    );
    expect(md).toContain('\\# not a heading \\*really\\*');
    expect(md).toContain('*▲ Worf will remember that. (60 → 70)*');
    expect(md).toContain('**Where the run stands:**\n\n1. Go');
    expect(md).toContain('not finished');
  });
});
