// The one module that reads and writes the player's files: the profile and the save
// slots of one story, and transcripts. Every read is checked against its schema; every
// write goes to a temporary file renamed into place, after copying the old version to
// .bak; a file that could not be read is never written over, only moved aside.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { mergeProfiles } from '../engine/profile-merge.js';
import { emptyProfile, forStoryVersion, type Profile } from '../engine/profile.js';
import { BadFile, MAX_FILE_BYTES, megabytes, parseProfile, parseSave, serializeProfile, serializeSave, type SaveFile } from '../engine/save-file.js';
import type { StoryIdentity } from './data-dir.js';
import { clearStaleTemps, moveAside, readLimited, reason, withLock, writeAtomic } from './files.js';

export { writeAtomic } from './files.js';

export const AUTOSAVE = 'autosave';

/** Something the player should be told in one line; nothing was lost. */
export class StoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreError';
  }
}

export interface SlotInfo {
  slot: string;
  savedAt: string;
  summary: SaveFile['summary'] | null;
  /** Why it cannot be loaded, when it cannot. */
  problem: string | null;
}

/** Names Windows keeps for devices: a save called "con" could not be written there. */
const DEVICE_NAMES = /^(con|prn|aux|nul|com\d|lpt\d)$/;

/** A slot name is also a file name: letters, digits, - and _, so it can never be a path. */
export function validSlotName(raw: string): string {
  const slot = raw.trim().toLowerCase();
  if (!/^[a-z0-9][a-z0-9_-]{0,31}$/.test(slot) || DEVICE_NAMES.test(slot)) {
    throw new StoreError('A save name is 1 to 32 letters, digits, - or _, starting with a letter or digit.');
  }
  return slot;
}

/** A file's identity on disk: changes whenever any game renames a new version into place. */
type Stamp = string | null;
const stampOf = (file: string): Stamp => {
  const st = statSync(file, { throwIfNoEntry: false });
  return st ? `${st.ino}:${st.size}:${st.mtimeMs}` : null;
};

/** Reads and checks a file; a BadFile or a one-line reason when it cannot be used. */
function readChecked<T>(file: string, parse: (text: string) => T): { value: T } | { missing: true } | { bad: BadFile } | { unreadable: string } {
  const read = readLimited(file, MAX_FILE_BYTES);
  switch (read.kind) {
    case 'missing':
      return { missing: true };
    case 'unreadable':
      return { unreadable: read.reason };
    case 'too-large':
      return { bad: new BadFile(`it is too large (${megabytes(read.bytes)}; the limit is ${megabytes(MAX_FILE_BYTES)})`) };
    case 'text':
      try {
        return { value: parse(read.text) };
      } catch (err) {
        if (err instanceof BadFile) return { bad: err };
        throw err;
      }
  }
}

/** The one line for a save that cannot be restored: which slot, why, and which file was kept. */
export function refusal(slot: string, file: string, why: string): string {
  return `The save "${slot}" cannot be restored: ${why}. (${file} was left as it is.)`;
}

export class GameStore {
  readonly dir: string;
  /** False once the profile on disk could not be read: it is then never written over. */
  private profileWritable = true;
  /** The profile file as this game last read or wrote it: another game's write changes it. */
  private profileStamp: Stamp = null;
  /** The text this game last wrote to the profile (while profileStamp still matches it). */
  private profileText: string | null = null;

  constructor(
    readonly root: string,
    readonly story: StoryIdentity,
  ) {
    this.dir = join(root, 'stories', story.key);
  }

  get profileFile(): string {
    return join(this.dir, 'profile.json');
  }

  /** The file behind a slot; never outside the saves folder, whatever the name. */
  slotFile(rawSlot: string): string {
    const saves = join(this.dir, 'saves');
    const file = join(saves, `${validSlotName(rawSlot)}.json`);
    if (!resolve(file).startsWith(resolve(saves) + sep)) throw new StoreError('A save name cannot be a path.');
    return file;
  }

  /** Removes what games killed in the middle of a write left behind. */
  clearStaleWrites(): void {
    clearStaleTemps(this.dir);
    clearStaleTemps(join(this.dir, 'saves'));
  }

  private parseProfileText(text: string): Profile {
    const { story, profile } = parseProfile(text);
    if (story !== this.story.key) throw new BadFile('it belongs to another story', 'foreign');
    return forStoryVersion(profile, this.story.version);
  }

  /**
   * The profile, or a fresh one; `warning` says in one line why the stored one was not
   * used. A damaged profile is moved aside (every byte kept) and replaced by its previous
   * copy or a fresh one; one that cannot be read, or from a newer game, is left alone and
   * not written over this session.
   */
  readProfile(): { profile: Profile; warning: string | null } {
    const file = this.profileFile;
    const main = readChecked(file, (t) => this.parseProfileText(t));
    if ('value' in main) {
      this.profileStamp = stampOf(file);
      return { profile: main.value, warning: null };
    }
    const backup = readChecked(`${file}.bak`, (t) => this.parseProfileText(t));
    const previous = 'value' in backup ? backup.value : null;
    if ('missing' in main) return { profile: previous ?? emptyProfile(this.story.version), warning: null };
    const fresh = emptyProfile(this.story.version);
    const leftAlone = (why: string) => {
      this.profileWritable = false;
      return { profile: fresh, warning: `Your profile ${file} ${why}; it was left as it is, and this session's endings will not be recorded.` };
    };
    if ('unreadable' in main) return leftAlone(`could not be read (${main.unreadable})`);
    if (main.bad.kind === 'newer') return leftAlone(main.bad.message.replace(/^it /, ''));
    let aside: string;
    try {
      aside = moveAside(file);
    } catch (err) {
      return leftAlone(`${main.bad.message.replace(/^it /, '')}, and could not be moved aside (${reason(err)})`);
    }
    const what = main.bad.message.replace(/^it /, '');
    return previous
      ? { profile: previous, warning: `Your profile ${what}; it was moved to ${aside} and its previous copy restored.` }
      : { profile: fresh, warning: `Your profile ${what}; it was moved to ${aside} and a fresh one started.` };
  }

  /**
   * Writes `mine`, the profile this game read as `base` plus what it recorded since.
   * If another game wrote the file meanwhile, both games' progress is merged first.
   * Returns what was written.
   */
  writeProfile(mine: Profile, base: Profile = mine): Profile {
    if (!this.profileWritable) return mine;
    const file = this.profileFile;
    try {
      // Nothing new to record (a load of a run already recorded, a passage read before) and
      // nobody else has written the file: writing it again would only cost a sync to disk.
      const text = serializeProfile(this.story.key, mine);
      if (text === this.profileText && stampOf(file) === this.profileStamp) return mine;
      return withLock(file, () => {
        let next = mine;
        if (stampOf(file) !== this.profileStamp) {
          const theirs = readChecked(file, (t) => this.parseProfileText(t));
          if ('value' in theirs) next = mergeProfiles(base, mine, theirs.value);
          else if (!('missing' in theirs)) {
            this.profileWritable = false;
            const why = 'bad' in theirs ? theirs.bad.message : `it cannot be read (${theirs.unreadable})`;
            throw new StoreError(`Another game changed your profile ${file}, and ${why}; it was left as it is, and this session's endings will not be recorded.`);
          }
        }
        const written = next === mine ? text : serializeProfile(this.story.key, next);
        writeAtomic(file, written, true);
        this.profileStamp = stampOf(file);
        this.profileText = written;
        return next;
      });
    } catch (err) {
      if (err instanceof StoreError) throw err;
      throw new StoreError(`Progress cannot be saved in ${this.dir} (${reason(err)}); the game plays on without saving.`);
    }
  }

  hasSave(slot: string): boolean {
    return existsSync(this.slotFile(slot));
  }

  /** A slot's save, or why it cannot be restored (a phrase: "it is empty"). */
  private check(slot: string, file: string): { save: SaveFile } | { missing: true } | { why: string } {
    const read = readChecked(file, parseSave);
    if ('missing' in read) return read;
    if ('unreadable' in read) return { why: `it cannot be read (${read.unreadable})` };
    if ('bad' in read) return { why: read.bad.message };
    const save = read.value;
    if (save.story !== this.story.key) return { why: 'it belongs to another story' };
    if (save.storyVersion !== this.story.version) return { why: 'it was made with another version of the story' };
    return { save };
  }

  readSave(rawSlot: string): SaveFile {
    const slot = validSlotName(rawSlot);
    const file = this.slotFile(slot);
    const found = this.check(slot, file);
    if ('missing' in found) throw new StoreError(`There is no save called "${slot}".`);
    if ('why' in found) throw new StoreError(refusal(slot, file, found.why));
    return found.save;
  }

  /**
   * Saves to a slot. A named slot holding a file that cannot be read is left alone; a
   * damaged autosave is moved aside. Returns a line to tell the player, if any.
   */
  writeSave(rawSlot: string, save: SaveFile): string | null {
    const slot = validSlotName(rawSlot);
    const file = this.slotFile(slot);
    let notice: string | null = null;
    const current = readChecked(file, parseSave);
    if (!('value' in current) && !('missing' in current)) {
      const why = 'bad' in current ? current.bad.message : `it cannot be read (${current.unreadable})`;
      if (slot !== AUTOSAVE) throw new StoreError(`The save "${slot}" on disk was not overwritten, because ${why}; save under another name.`);
      try {
        notice = `The autosave ${why.replace(/^it /, '')}; it was moved to ${moveAside(file)}.`;
      } catch (err) {
        throw new StoreError(`The autosave ${file} ${why.replace(/^it /, '')}, and could not be moved aside: ${reason(err)}.`);
      }
    }
    try {
      writeAtomic(file, serializeSave({ ...save, slot }), true);
    } catch (err) {
      throw new StoreError(`Could not save to ${file} (${reason(err)}).`);
    }
    return notice;
  }

  listSaves(): SlotInfo[] {
    const dir = join(this.dir, 'saves');
    let names: string[];
    try {
      names = readdirSync(dir).filter((n) => /^[a-z0-9][a-z0-9_-]{0,31}\.json$/.test(n));
    } catch {
      return [];
    }
    const slots = names.map((name): SlotInfo => {
      const slot = name.slice(0, -'.json'.length);
      const found = this.check(slot, join(dir, name));
      if ('save' in found) return { slot, savedAt: found.save.savedAt, summary: found.save.summary, problem: null };
      const savedAt = statSync(join(dir, name), { throwIfNoEntry: false })?.mtime.toISOString() ?? '';
      return { slot, savedAt, summary: null, problem: 'why' in found ? found.why : 'it is gone' };
    });
    return slots.sort((a, b) => (a.slot === AUTOSAVE ? -1 : b.slot === AUTOSAVE ? 1 : b.savedAt.localeCompare(a.savedAt)));
  }
}

/** Writes a file the player named (a transcript), relative to the current folder. */
export function writePlayerFile(path: string, text: string): string {
  const full = resolve(path);
  if (existsSync(full) && statSync(full).isDirectory()) throw new StoreError(`${path} is a folder; give a file name.`);
  try {
    writeAtomic(full, text, false);
  } catch (err) {
    throw new StoreError(`Could not write ${path}: ${reason(err)}.`);
  }
  return full;
}
