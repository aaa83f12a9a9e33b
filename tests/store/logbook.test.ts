import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Session } from '../../src/engine/session.js';
import { Logbook } from '../../src/store/logbook.js';
import { GameStore } from '../../src/store/store.js';
import type { Run } from '../../src/engine/run.js';
import { compiled, lines } from '../helpers.js';
import { saga } from '../engine/replay-helpers.js';

const clock = () => new Date('2030-03-04T05:06:07.000Z');

function logbook(root = mkdtempSync(join(tmpdir(), 'insurrection-log-'))): Logbook {
  const session = new Session(saga(), { seed: 1 });
  return new Logbook(new GameStore(root, { key: 'saga', version: 'v1' }), session, saga(), clock);
}

function play(book: Logbook, route: number[], seed = 4): Run {
  const run = book.begin(book.newOrigin(seed));
  book.record(run.advance().progress);
  for (const c of route) {
    run.choose(c);
    book.record(run.advance().progress);
    book.autosave(run);
  }
  return run;
}

describe('the logbook', () => {
  it('records endings with the injected clock and sets echoes for the next run', () => {
    const root = mkdtempSync(join(tmpdir(), 'insurrection-log-'));
    const book = logbook(root);
    play(book, [0, 0, 0, 0, 0, 0]);
    const later = logbook(root);
    expect(later.profile.endings.dawn).toEqual({ first: '2030-03-04T05:06:07.000Z', times: 1, shortest: 6 });
    expect(later.newOrigin(9)).toEqual({ seed: 9, variables: { echo_book: false, echo_orchard: true, runs_completed: 1 }, prelude: [] });
    expect(later.gallery().found).toBe(1);
  });

  it('restores the autosave to the same moment, and does not count an ending twice', () => {
    const root = mkdtempSync(join(tmpdir(), 'insurrection-log-'));
    const book = logbook(root);
    const run = play(book, [1, 1, 0, 1, 1, 0]);
    expect(run.ending).toBe('storm');
    const again = logbook(root);
    const { run: resumed, events } = again.load('autosave');
    expect(resumed.ending).toBe('storm');
    expect(lines(events)).toEqual(lines(run.passage));
    expect(again.profile.endings.storm?.times).toBe(1);
  });

  it('offers the chapter starts reached, each beginning in the state of its run', () => {
    const book = logbook();
    play(book, [1, 0, 0, 0]);
    expect(book.checkpoints.map((c) => c.id)).toEqual(['chapter-1', 'chapter-2']);
    const chapter2 = book.checkpoints[1];
    if (!chapter2) throw new Error('no checkpoint');
    const run = book.begin(book.checkpointOrigin(chapter2));
    const first = run.advance().events;
    expect(first[0]).toEqual({ kind: 'chapter', number: 2, title: 'The Hill' });
    expect(run.session.secrets).toEqual(['orchard']);
    expect(book.profile.runsStarted).toBe(2);
  });

  it('draws the map with where the current run stands', () => {
    const book = logbook();
    const run = play(book, [0, 1]);
    const map = book.map(run);
    expect(map.chapters[0]?.points.find((p) => p.here)?.label).toBe('A book lies open.');
  });

  it.skipIf(process.getuid?.() === 0)('says once, in one line, when it cannot write', () => {
    const root = mkdtempSync(join(tmpdir(), 'insurrection-log-'));
    chmodSync(root, 0o500);
    const book = logbook(root);
    const run = book.begin(book.newOrigin(1));
    expect(book.record(run.advance().progress)).toMatch(/^Progress cannot be saved in .* \(permission denied\); the game plays on without saving\.$/);
    expect(book.autosave(run)).toBeNull();
  });

  it('says once, in one line, when a file is in the way of the data directory', () => {
    const root = mkdtempSync(join(tmpdir(), 'insurrection-log-'));
    writeFileSync(join(root, 'stories'), 'not a folder');
    const book = logbook(root);
    const run = book.begin(book.newOrigin(1));
    expect(book.record(run.advance().progress)).toMatch(/^Progress cannot be saved in .* \(a file is in the way of a folder\); the game plays on without saving\.$/);
    run.choose(0);
    expect(book.record(run.advance().progress)).toBeNull();
  });
});

describe('restoring a save the story cannot replay', () => {
  it('refuses a save whose ink state belongs to another story, and the story stays where it was', () => {
    const root = mkdtempSync(join(tmpdir(), 'insurrection-log-'));
    const book = logbook(root);
    play(book, [0, 1]);
    const file = join(root, 'stories', 'saga', 'saves', 'autosave.json');
    const save = JSON.parse(readFileSync(file, 'utf8')) as { run: { snapshots: Record<string, string> } };
    // The mini story's state at its first choice, under this story's name and version.
    const foreign = new Session(compiled('tests/fixtures/mini.ink'), { seed: 1 });
    foreign.advance();
    for (const key of Object.keys(save.run.snapshots)) save.run.snapshots[key] = foreign.snapshot();
    writeFileSync(join(root, 'stories', 'saga', 'saves', 'foreign.json'), JSON.stringify(save));
    const before = readFileSync(join(root, 'stories', 'saga', 'saves', 'foreign.json'), 'utf8');

    const again = logbook(root);
    const { run } = again.load('autosave');
    const here = run.session.snapshot();
    expect(() => again.load('foreign')).toThrow(/^The save "foreign" cannot be restored: its story state does not fit this story \(.+\)\. \(.*foreign\.json was left as it is\.\)$/);
    expect(run.session.snapshot()).toBe(here);
    expect(run.session.options.map((o) => o.text)).toEqual(['Read the book', 'Close it']);
    run.choose(0);
    expect(lines(run.advance().events)).toContain("You read about the orchard's keeper.");
    expect(readFileSync(join(root, 'stories', 'saga', 'saves', 'foreign.json'), 'utf8')).toBe(before);
  });
});
