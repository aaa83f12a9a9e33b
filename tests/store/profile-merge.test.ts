// Two games on one data directory: the profile merge and the lock around it.
import { existsSync, mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeProfiles } from '../../src/engine/profile-merge.js';
import { emptyProfile, type Profile } from '../../src/engine/profile.js';
import { Session } from '../../src/engine/session.js';
import { withLock } from '../../src/store/files.js';
import { Logbook } from '../../src/store/logbook.js';
import { GameStore } from '../../src/store/store.js';
import { saga } from '../engine/replay-helpers.js';

const temp = () => mkdtempSync(join(tmpdir(), 'insurrection-merge-'));
const ending = (first: string, times: number, shortest: number) => ({ first, times, shortest });
const option = (taken: number, next: string[] = []) => ({ text: 'Go', taken, next });

describe('merging two games\' profiles', () => {
  const base: Profile = { ...emptyProfile('v1'), runsStarted: 2, runsCompleted: 1, endings: { dawn: ending('2026-01-01', 1, 6) }, seen: ['a'], points: { p: { chapter: null, label: 'P', options: { o: option(1, ['q']) } } } };

  it('keeps everything either game found, and adds up what both counted', () => {
    const mine: Profile = { ...base, runsStarted: 3, runsCompleted: 2, endings: { ...base.endings, storm: ending('2026-01-03', 1, 6) }, seen: ['a', 'b'], secrets: ['book'], points: { p: { chapter: null, label: 'P', options: { o: option(2, ['q']) } } } };
    const theirs: Profile = { ...base, runsStarted: 4, runsCompleted: 2, endings: { dawn: ending('2026-01-01', 2, 5) }, seen: ['a', 'c'], secrets: ['orchard'], points: { p: { chapter: null, label: 'P', options: { o: option(3, ['r']) } } } };
    const merged = mergeProfiles(base, mine, theirs);
    expect(merged.runsStarted).toBe(5);
    expect(merged.runsCompleted).toBe(3);
    expect(merged.endings).toEqual({ dawn: ending('2026-01-01', 2, 5), storm: ending('2026-01-03', 1, 6) });
    expect(merged.seen.sort()).toEqual(['a', 'b', 'c']);
    expect(merged.secrets.sort()).toEqual(['book', 'orchard']);
    expect(merged.points.p?.options.o).toEqual({ text: 'Go', taken: 4, next: ['r', 'q'] });
  });

  it('is what this game recorded when the other wrote nothing new', () => {
    const mine: Profile = { ...base, runsStarted: 3, endings: { ...base.endings, storm: ending('2026-01-03', 1, 6) } };
    expect(mergeProfiles(base, mine, base)).toEqual(mine);
  });

  it('treats keys such as "constructor" as data, not as the object\'s own machinery', () => {
    const mine: Profile = { ...base, endings: { ...base.endings, constructor: ending('2026-01-02', 1, 3) } };
    expect(mergeProfiles(base, mine, base).endings.constructor).toEqual(ending('2026-01-02', 1, 3));
  });
});

describe('two logbooks on one data directory', () => {
  it('lose no ending when their runs interleave', () => {
    const root = temp();
    const open = () => new Logbook(new GameStore(root, { key: 'saga', version: 'v1' }), new Session(saga(), { seed: 1 }), saga(), () => new Date('2030-01-01T00:00:00Z'));
    const a = open();
    const b = open();
    const runA = a.begin(a.newOrigin(1));
    const runB = b.begin(b.newOrigin(1));
    a.record(runA.advance().progress);
    b.record(runB.advance().progress);
    const routes: [Logbook, typeof runA, number[]][] = [
      [a, runA, [0, 0, 0, 0, 0, 0]],
      [b, runB, [1, 1, 1, 1, 1, 0]],
    ];
    // Choice by choice, the two games take turns writing the profile.
    for (let i = 0; i < 6; i++) {
      for (const [book, run, route] of routes) {
        run.choose(route[i] ?? 0);
        expect(book.record(run.advance().progress)).toBeNull();
      }
    }
    expect([runA.ending, runB.ending]).toEqual(['dawn', 'storm']);
    const after = open();
    expect(Object.keys(after.profile.endings).sort()).toEqual(['dawn', 'storm']);
    expect(after.profile.runsStarted).toBe(2);
    expect(after.profile.runsCompleted).toBe(2);
    expect(after.profile.secrets.sort()).toEqual(['book', 'orchard']);
  });
});

describe('the profile lock', () => {
  it('is taken and given back around a write', () => {
    const file = join(temp(), 'profile.json');
    expect(withLock(file, () => existsSync(`${file}.lock`))).toBe(true);
    expect(existsSync(`${file}.lock`)).toBe(false);
  });

  it('breaks a lock left by a game that died, or one too old', () => {
    const dir = temp();
    const file = join(dir, 'profile.json');
    mkdirSync(dir, { recursive: true });
    writeFileSync(`${file}.lock`, '2147483646');
    expect(withLock(file, () => 'ran', 5000)).toBe('ran');
    writeFileSync(`${file}.lock`, String(process.pid));
    const old = new Date(Date.now() - 60_000);
    utimesSync(`${file}.lock`, old, old);
    expect(withLock(file, () => 'ran', 5000)).toBe('ran');
  });

  it('runs the write anyway when the lock stays taken, rather than lose progress', () => {
    const file = join(temp(), 'profile.json');
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(`${file}.lock`, String(process.pid));
    expect(withLock(file, () => 'ran', 50)).toBe('ran');
    // Someone else's lock is left for them.
    expect(existsSync(`${file}.lock`)).toBe(true);
  });
});
