// Damaged, foreign and hostile files where saves and the profile should be: each is
// refused in one line naming the file and the reason, and not one byte of it changes.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyProfile } from '../../src/engine/profile.js';
import { serializeProfile, serializeSave, type SaveFile } from '../../src/engine/save-file.js';
import { GameStore, StoreError } from '../../src/store/store.js';

const temp = () => mkdtempSync(join(tmpdir(), 'insurrection-damaged-'));
const story = { key: 'saga', version: 'v1' };

const good: SaveFile = {
  story: 'saga',
  storyVersion: 'v1',
  slot: 'x',
  savedAt: '2026-01-01T00:00:00.000Z',
  summary: { chapter: '1 The Gate', choices: 1, ending: null },
  run: { origin: { seed: 1, variables: {}, prelude: [] }, steps: [{ point: 'gate.0', chapter: { number: 1, title: 'The Gate' }, count: 2, taken: { index: 0, text: 'Open' } }, { point: 'gate.1', chapter: { number: 1, title: 'The Gate' }, count: 2 }], snapshots: { 1: '{}' }, ending: null },
};
const text = serializeSave(good);

/** A save's text with one field replaced (in its JSON form). */
const withField = (from: string, to: string): string => {
  if (!text.includes(from)) throw new Error(`no ${from} in the fixture save`);
  return text.replace(from, to);
};

// [name, file content, reason the player is given]
const BAD_SAVES: [string, string | Buffer, string][] = [
  ['truncated', text.slice(0, Math.floor(text.length / 2)), 'it is cut short (damaged: the text stops partway)'],
  ['not JSON', 'Captain\'s log, stardate 52000', 'it is damaged (not readable JSON)'],
  ['binary', Buffer.from([0x00, 0xff, 0x13, 0x37, 0x80, 0x00]), 'it is damaged (not readable JSON)'],
  ['empty', '', 'it is empty'],
  ['blank', ' \n\t\n', 'it is empty'],
  ['a list', '[1, 2, 3]', 'it is not an Insurrection save'],
  ['JSON of another kind', '{"name": "insurrection", "version": "1.0.0"}', 'it is not an Insurrection save'],
  ['wrong shape', withField('"choices":1', '"choices":"one"'), 'it is damaged (summary.choices should be a whole number)'],
  ['a missing field', withField('"savedAt":"2026-01-01T00:00:00.000Z",', ''), 'it is damaged (savedAt should be present)'],
  ['an option not on the list', withField('["gate.0",1,2,0,"Open"]', '["gate.0",1,2,5,"Open"]'), 'it is damaged (run.steps[0] takes an option that is not there)'],
  ['a newer game\'s', withField('"version":1', '"version":2'), 'it was made by a newer version of the game'],
  ['__proto__', withField('"summary":{', '"summary":{"__proto__":{"polluted":true},'), 'it is damaged (it holds the key "__proto__", which no game writes)'],
  ['constructor', withField('"variables":{}', '"variables":{"constructor":{"prototype":{}}}'), 'it is damaged (it holds the key "prototype", which no game writes)'],
];

// Whole saves that this story cannot use: refused on load; "save NAME" may replace them (keeping a .bak).
const FOREIGN_SAVES: [string, string, string][] = [
  ['another story version\'s', withField('"storyVersion":"v1"', '"storyVersion":"v0"'), 'it was made with another version of the story'],
  ['another story\'s', withField('"story":"saga"', '"story":"insurrection"'), 'it belongs to another story'],
];

function storeWith(name: string, content: string | Buffer): { store: GameStore; file: string } {
  const store = new GameStore(temp(), story);
  mkdirSync(join(store.dir, 'saves'), { recursive: true });
  const file = join(store.dir, 'saves', `${name}.json`);
  writeFileSync(file, content);
  return { store, file };
}

const snapshot = (file: string) => ({ bytes: readFileSync(file), mtime: statSync(file).mtimeMs });

describe('damaged and foreign saves', () => {
  it.each(BAD_SAVES)('refuses a save that is %s, naming the file and the reason, and leaves it untouched', (_name, content, why) => {
    const { store, file } = storeWith('bad', content);
    const before = snapshot(file);
    expect(() => store.readSave('bad')).toThrow(new StoreError(`The save "bad" cannot be restored: ${why}. (${file} was left as it is.)`));
    expect(store.listSaves()).toEqual([expect.objectContaining({ slot: 'bad', summary: null, problem: why })]);
    // Saving under the same name is refused too, rather than writing over it.
    expect(() => store.writeSave('bad', good)).toThrow(`The save "bad" on disk was not overwritten, because ${why}; save under another name.`);
    expect(snapshot(file)).toEqual(before);
    expect(readdirSync(join(store.dir, 'saves'))).toEqual(['bad.json']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each(FOREIGN_SAVES)('refuses a save that is %s, naming the file and the reason, and leaves it untouched', (_name, content, why) => {
    const { store, file } = storeWith('other', content);
    const before = snapshot(file);
    expect(() => store.readSave('other')).toThrow(new StoreError(`The save "other" cannot be restored: ${why}. (${file} was left as it is.)`));
    expect(store.listSaves()[0]?.problem).toBe(why);
    expect(snapshot(file)).toEqual(before);
  });

  it('refuses a save over 10 MB without reading it', () => {
    const { store, file } = storeWith('huge', `{"format":"insurrection-save","pad":"${'x'.repeat(11 * 1024 * 1024)}"}`);
    expect(() => store.readSave('huge')).toThrow(`The save "huge" cannot be restored: it is too large (11.0 MB; the limit is 10.0 MB). (${file} was left as it is.)`);
    expect(statSync(file).size).toBeGreaterThan(11 * 1024 * 1024);
  });

  it.skipIf(process.platform === 'win32')('refuses a folder or a FIFO where a save should be, without hanging', () => {
    const store = new GameStore(temp(), story);
    mkdirSync(join(store.dir, 'saves', 'folder.json'), { recursive: true });
    expect(() => store.readSave('folder')).toThrow('cannot be restored: it cannot be read (it is a folder)');
    execFileSync('mkfifo', [join(store.dir, 'saves', 'pipe.json')]);
    expect(() => store.readSave('pipe')).toThrow('cannot be restored: it cannot be read (it is not a regular file)');
    expect(store.listSaves().map((s) => s.slot).sort()).toEqual(['folder', 'pipe']);
  });

  it('moves a damaged autosave aside, bytes kept, and says so once', () => {
    const { store, file } = storeWith('autosave', 'garbage');
    const notice = store.writeSave('autosave', good);
    expect(notice).toMatch(/^The autosave is damaged \(not readable JSON\); it was moved to .*autosave\.json\.damaged-\d{8}T\d{6}Z\.$/);
    const aside = notice?.slice(notice.indexOf(' moved to ') + 10, -1) ?? '';
    expect(readFileSync(aside, 'utf8')).toBe('garbage');
    expect(store.readSave('autosave').summary.choices).toBe(1);
    expect(store.writeSave('autosave', good)).toBeNull();
    expect(existsSync(file)).toBe(true);
  });

  it('never writes through a save that is a link to a file outside the data directory', () => {
    const outside = join(temp(), 'passwd');
    writeFileSync(outside, 'root:x:0:0\n');
    const store = new GameStore(temp(), story);
    mkdirSync(join(store.dir, 'saves'), { recursive: true });
    symlinkSync(outside, join(store.dir, 'saves', 'evil.json'));
    symlinkSync(outside, join(store.dir, 'saves', 'autosave.json'));
    expect(() => store.readSave('evil')).toThrow('it is damaged (not readable JSON)');
    expect(() => store.writeSave('evil', good)).toThrow('was not overwritten');
    store.writeSave('autosave', good);
    expect(readFileSync(outside, 'utf8')).toBe('root:x:0:0\n');
    expect(store.readSave('autosave').summary.choices).toBe(1);
  });
});

describe('damaged profiles', () => {
  const profileText = serializeProfile('saga', { ...emptyProfile('v1'), runsStarted: 4, endings: { dawn: { first: '2026-01-01T00:00:00.000Z', times: 1, shortest: 6 } } });
  const BAD_PROFILES: [string, string, string][] = [
    ['truncated', profileText.slice(0, 40), 'is cut short (damaged: the text stops partway)'],
    ['not JSON', 'not json', 'is damaged (not readable JSON)'],
    ['empty', '', 'is empty'],
    ['of the wrong shape', profileText.replace('"runsStarted":4', '"runsStarted":-4'), 'is damaged (profile.runsStarted should be a whole number)'],
    ['holding __proto__', profileText.replace('"endings":{', '"endings":{"__proto__":{"first":"x","times":1,"shortest":1},'), 'is damaged (it holds the key "__proto__", which no game writes)'],
    ['holding constructor', profileText.replace('"endings":{', '"endings":{"constructor":{"first":"x","times":1,"shortest":1},'), 'is damaged (it holds the key "constructor", which no game writes)'],
    ['another story\'s', profileText.replace('"story":"saga"', '"story":"mini"'), 'belongs to another story'],
  ];

  it.each(BAD_PROFILES)('moves a profile that is %s aside to a timestamped file, starts a fresh one, and says so', (_name, content, why) => {
    const store = new GameStore(temp(), story);
    mkdirSync(store.dir, { recursive: true });
    writeFileSync(join(store.dir, 'profile.json'), content);
    const { profile, warning } = store.readProfile();
    expect(profile).toEqual(emptyProfile('v1'));
    expect(warning).toMatch(new RegExp(`^Your profile ${why.replace(/[()[\]]/g, '\\$&')}; it was moved to .*profile\\.json\\.damaged-\\d{8}T\\d{6}Z and a fresh one started\\.$`));
    const aside = readdirSync(store.dir).find((n) => n.startsWith('profile.json.damaged-')) ?? '';
    expect(readFileSync(join(store.dir, aside), 'utf8')).toBe(content);
    store.writeProfile({ ...emptyProfile('v1'), runsStarted: 1 });
    expect(new GameStore(store.root, story).readProfile()).toEqual({ profile: { ...emptyProfile('v1'), runsStarted: 1 }, warning: null });
  });

  it('refuses a profile over 10 MB unread, and moves it aside', () => {
    const store = new GameStore(temp(), story);
    mkdirSync(store.dir, { recursive: true });
    writeFileSync(join(store.dir, 'profile.json'), ' '.repeat(10 * 1024 * 1024 + 1));
    expect(store.readProfile().warning).toMatch(/^Your profile is too large \(10\.0 MB; the limit is 10\.0 MB\); it was moved to /);
  });
});
