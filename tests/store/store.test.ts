import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDir, storyIdentity } from '../../src/store/data-dir.js';
import { GameStore, StoreError, validSlotName, writeAtomic, writePlayerFile } from '../../src/store/store.js';
import { emptyProfile } from '../../src/engine/profile.js';
import { serializeProfile, type SaveFile } from '../../src/engine/save-file.js';

const temp = () => mkdtempSync(join(tmpdir(), 'insurrection-store-'));
const story = { key: 'saga', version: 'v1' };

function save(choices = 1): SaveFile {
  return {
    story: 'saga',
    storyVersion: 'v1',
    slot: 'x',
    savedAt: '2026-01-01T00:00:00.000Z',
    summary: { chapter: '1 The Gate', choices, ending: null },
    run: { origin: { seed: 1, variables: {}, prelude: [] }, steps: [{ point: 'gate.0', chapter: { number: 1, title: 'The Gate' }, count: 2 }], snapshots: { 0: '{}' }, ending: null },
  };
}

describe('the data directory', () => {
  const home = '/home/picard';
  it('follows --data-dir, then INSURRECTION_DATA_DIR, then the platform', () => {
    expect(dataDir('/tmp/x', { platform: 'linux', env: { INSURRECTION_DATA_DIR: '/y' }, home })).toBe('/tmp/x');
    expect(dataDir(undefined, { platform: 'linux', env: { INSURRECTION_DATA_DIR: '/y' }, home })).toBe('/y');
    expect(dataDir(undefined, { platform: 'linux', env: { XDG_DATA_HOME: '/xdg' }, home })).toBe('/xdg/insurrection');
    expect(dataDir(undefined, { platform: 'linux', env: { XDG_DATA_HOME: 'relative' }, home })).toBe('/home/picard/.local/share/insurrection');
    expect(dataDir(undefined, { platform: 'darwin', env: {}, home })).toBe('/home/picard/Library/Application Support/insurrection');
    expect(dataDir(undefined, { platform: 'win32', env: { APPDATA: 'C:\\AppData' }, home })).toMatch(/insurrection$/);
  });

  it('keys the built-in story apart from story files, and versions by content', () => {
    expect(storyIdentity('{"a":1}', undefined).key).toBe('insurrection');
    const file = storyIdentity('{"a":1}', 'tests/fixtures/saga.ink');
    expect(file.key).toMatch(/^story-saga-[0-9a-f]{8}$/);
    expect(file.version).toBe(storyIdentity('{"a":1}', undefined).version);
    expect(storyIdentity('{"a":2}', undefined).version).not.toBe(file.version);
  });
});

describe('writing files', () => {
  it('replaces a file whole and keeps the previous version as .bak', () => {
    const dir = temp();
    const file = join(dir, 'deep', 'f.json');
    writeAtomic(file, 'one', true);
    writeAtomic(file, 'two', true);
    expect(readFileSync(file, 'utf8')).toBe('two');
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe('one');
    expect(readdirSync(join(dir, 'deep')).sort()).toEqual(['f.json', 'f.json.bak']);
  });

  it('writes a transcript where the player says, and refuses a folder', () => {
    const dir = temp();
    expect(writePlayerFile(join(dir, 'run.md'), '# hi\n')).toBe(join(dir, 'run.md'));
    expect(() => writePlayerFile(dir, 'x')).toThrow('is a folder');
  });
});

describe('save slots', () => {
  it('save, list and restore, keeping the slot\'s previous version', () => {
    const store = new GameStore(temp(), story);
    store.writeSave('Bridge', save(1));
    store.writeSave('bridge', save(2));
    expect(store.readSave('BRIDGE').summary.choices).toBe(2);
    expect(existsSync(join(store.dir, 'saves', 'bridge.json.bak'))).toBe(true);
    store.writeSave('autosave', save(3));
    expect(store.listSaves().map((s) => [s.slot, s.summary?.choices, s.problem])).toEqual([
      ['autosave', 3, null],
      ['bridge', 2, null],
    ]);
    expect(store.hasSave('autosave')).toBe(true);
  });

  it.each(['', '../evil', 'a/b', '/etc/passwd', '..', 'x'.repeat(40), 'x'.repeat(5000), '.hidden', 'spa ce', 'nul\u0000', 'bell\u0007', 'new\nline', 'a\\b', 'con', 'LPT1'])('refuses the slot name %j', (name) => {
    expect(() => validSlotName(name)).toThrow(StoreError);
    const store = new GameStore(temp(), story);
    expect(() => store.writeSave(name, save())).toThrow(StoreError);
    expect(existsSync(store.root) && readdirSync(store.root)).toEqual([]);
  });

  it('refuses, in one line, a missing save, a damaged one, another story\'s and another version\'s', () => {
    const store = new GameStore(temp(), story);
    expect(() => store.readSave('none')).toThrow('There is no save called "none".');
    mkdirSync(join(store.dir, 'saves'), { recursive: true });
    writeFileSync(join(store.dir, 'saves', 'bad.json'), '{ half a');
    expect(() => store.readSave('bad')).toThrow(`The save "bad" cannot be restored: it is damaged (not readable JSON). (${join(store.dir, 'saves', 'bad.json')} was left as it is.)`);
    store.writeSave('other', { ...save(), story: 'insurrection' });
    expect(() => store.readSave('other')).toThrow('belongs to another story');
    store.writeSave('old', { ...save(), storyVersion: 'v0' });
    expect(() => store.readSave('old')).toThrow('The save "old" cannot be restored: it was made with another version of the story.');
    expect(store.listSaves().find((s) => s.slot === 'bad')?.problem).toBe('it is damaged (not readable JSON)');
  });

  it('never writes over a slot it cannot read, but moves a damaged autosave aside', () => {
    const store = new GameStore(temp(), story);
    mkdirSync(join(store.dir, 'saves'), { recursive: true });
    writeFileSync(join(store.dir, 'saves', 'mine.json'), 'garbage');
    expect(() => store.writeSave('mine', save())).toThrow('was not overwritten');
    expect(readFileSync(join(store.dir, 'saves', 'mine.json'), 'utf8')).toBe('garbage');
    writeFileSync(join(store.dir, 'saves', 'autosave.json'), 'garbage');
    expect(store.writeSave('autosave', save())).toMatch(/^The autosave is damaged \(not readable JSON\); it was moved to .*autosave\.json\.damaged-\d{8}T\d{6}Z\.$/);
    const names = readdirSync(join(store.dir, 'saves'));
    const aside = names.find((n) => n.startsWith('autosave.json.damaged-')) ?? '';
    expect(readFileSync(join(store.dir, 'saves', aside), 'utf8')).toBe('garbage');
    expect(store.readSave('autosave').summary.choices).toBe(1);
  });
});

describe('the profile file', () => {
  it('starts empty, and reads back what was written', () => {
    const store = new GameStore(temp(), story);
    expect(store.readProfile()).toEqual({ profile: emptyProfile('v1'), warning: null });
    const profile = { ...emptyProfile('v1'), runsStarted: 2, secrets: ['book'] };
    store.writeProfile(profile);
    expect(new GameStore(store.root, story).readProfile().profile).toEqual(profile);
  });

  it('does not write the file again when nothing in it would change, unless another game wrote it', () => {
    const store = new GameStore(temp(), story);
    const file = join(store.dir, 'profile.json');
    const profile = { ...emptyProfile('v1'), runsStarted: 3 };
    store.writeProfile(profile);
    const first = statSync(file);
    store.writeProfile({ ...profile });
    expect(statSync(file).ino).toBe(first.ino);
    store.writeProfile({ ...profile, runsStarted: 4 });
    const second = statSync(file);
    expect(second.ino).not.toBe(first.ino);
    // Another game writes the same file: the next write reads and merges it, as ever.
    const other = new GameStore(store.root, story);
    other.readProfile();
    other.writeProfile({ ...profile, runsStarted: 4, secrets: ['book'] });
    expect(store.writeProfile({ ...profile, runsStarted: 4 }).secrets).toEqual(['book']);
    expect(new GameStore(store.root, story).readProfile().profile.secrets).toEqual(['book']);
  });

  it('restores the previous copy of a damaged profile and keeps the damaged one aside', () => {
    const store = new GameStore(temp(), story);
    store.writeProfile({ ...emptyProfile('v1'), runsStarted: 1 });
    store.writeProfile({ ...emptyProfile('v1'), runsStarted: 2 });
    writeFileSync(join(store.dir, 'profile.json'), '{"format":"insurrection-profile","version":1,"story":"saga","profile":{}}');
    const again = new GameStore(store.root, story);
    const { profile, warning } = again.readProfile();
    expect(profile.runsStarted).toBe(1);
    expect(warning).toMatch(/^Your profile is damaged \(profile.runsStarted should be present\); it was moved to .*profile\.json\.damaged-\d{8}T\d{6}Z and its previous copy restored\.$/);
  });

  it('moves a damaged profile with no good copy aside, every byte kept, and starts a fresh one', () => {
    const store = new GameStore(temp(), story);
    mkdirSync(store.dir, { recursive: true });
    writeFileSync(join(store.dir, 'profile.json'), 'not json at all');
    const { profile, warning } = store.readProfile();
    expect(profile).toEqual(emptyProfile('v1'));
    expect(warning).toMatch(/^Your profile is damaged \(not readable JSON\); it was moved to .*profile\.json\.damaged-\d{8}T\d{6}Z and a fresh one started\.$/);
    const aside = readdirSync(store.dir).find((n) => n.startsWith('profile.json.damaged-')) ?? '';
    expect(readFileSync(join(store.dir, aside), 'utf8')).toBe('not json at all');
    store.writeProfile({ ...emptyProfile('v1'), runsStarted: 1 });
    expect(new GameStore(store.root, story).readProfile().profile.runsStarted).toBe(1);
  });

  it('leaves a profile it cannot read, or one from a newer game, alone and records nothing over it', () => {
    const store = new GameStore(temp(), story);
    mkdirSync(store.dir, { recursive: true });
    const newer = serializeProfile('saga', emptyProfile('v1')).replace('"version":1', '"version":2');
    writeFileSync(join(store.dir, 'profile.json'), newer);
    const { warning } = store.readProfile();
    expect(warning).toBe(`Your profile ${join(store.dir, 'profile.json')} was written by a newer version of the game; it was left as it is, and this session's endings will not be recorded.`);
    store.writeProfile({ ...emptyProfile('v1'), runsStarted: 3 });
    expect(readFileSync(join(store.dir, 'profile.json'), 'utf8')).toBe(newer);
    const folder = new GameStore(temp(), story);
    mkdirSync(join(folder.dir, 'profile.json'), { recursive: true });
    expect(folder.readProfile().warning).toMatch(/^Your profile .*profile\.json could not be read \(it is a folder\); it was left as it is/);
  });

  it('keeps the endings but starts a new map for a new story version', () => {
    const store = new GameStore(temp(), story);
    store.writeProfile({ ...emptyProfile('v1'), endings: { dawn: { first: 'x', times: 1, shortest: 3 } }, points: { p: { chapter: null, label: '', options: {} } } });
    const next = new GameStore(store.root, { key: 'saga', version: 'v2' }).readProfile().profile;
    expect(next.endings).toHaveProperty('dawn');
    expect(next.points).toEqual({});
    expect(next.storyVersion).toBe('v2');
  });
});
