// The one module that reads and writes the player's files: the profile and the save
// slots of one story, and transcripts. Every read is checked against its schema; every
// write goes to a temporary file renamed into place, after copying the old version to
// .bak; a file that could not be read is never written over.
import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { emptyProfile, forStoryVersion, type Profile } from '../engine/profile.js';
import { BadFile, parseProfile, parseSave, serializeProfile, serializeSave, type SaveFile } from '../engine/save-file.js';
import type { StoryIdentity } from './data-dir.js';

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

function reason(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e.code === 'EACCES' || e.code === 'EPERM') return 'permission denied';
  if (e.code === 'ENOSPC') return 'the disk is full';
  if (e.code === 'EROFS') return 'the file system is read-only';
  if (e.code === 'ENOTDIR' || e.code === 'EEXIST') return 'a file is in the way of a folder';
  if (e.code === 'EISDIR') return 'that is a folder';
  return e.message?.split('\n')[0] ?? String(err);
}

/** Writes `text` to `file` so that a reader sees the old file or the new one, never half of one. */
export function writeAtomic(file: string, text: string, keepPrevious: boolean): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`;
  try {
    const fd = openSync(tmp, 'w', 0o644);
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (keepPrevious && existsSync(file)) copyFileSync(file, `${file}.bak`);
    renameSync(tmp, file);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

export function validSlotName(raw: string): string {
  const slot = raw.trim().toLowerCase();
  if (!/^[a-z0-9][a-z0-9_-]{0,31}$/.test(slot)) {
    throw new StoreError('A save name is 1 to 32 letters, digits, - or _, starting with a letter or digit.');
  }
  return slot;
}

export class GameStore {
  readonly dir: string;
  /** False once the profile on disk could not be read: it is then never written over. */
  private profileWritable = true;

  constructor(
    readonly root: string,
    readonly story: StoryIdentity,
  ) {
    this.dir = join(root, 'stories', story.key);
  }

  private get profileFile(): string {
    return join(this.dir, 'profile.json');
  }

  private slotFile(slot: string): string {
    return join(this.dir, 'saves', `${slot}.json`);
  }

  private parseProfileFile(file: string): Profile {
    const { story, profile } = parseProfile(readFileSync(file, 'utf8'));
    if (story !== this.story.key) throw new BadFile('The profile belongs to another story');
    return forStoryVersion(profile, this.story.version);
  }

  /** The profile, or a fresh one; `warning` says in one line why the stored one was not used. */
  readProfile(): { profile: Profile; warning: string | null } {
    const file = this.profileFile;
    const backup = `${file}.bak`;
    let problem: string | null = null;
    if (existsSync(file)) {
      try {
        return { profile: this.parseProfileFile(file), warning: null };
      } catch (err) {
        problem = err instanceof BadFile ? err.message.replace(/^The profile (file )?/, 'it ') : reason(err);
      }
    }
    if (existsSync(backup)) {
      try {
        const profile = this.parseProfileFile(backup);
        if (problem === null) return { profile, warning: null };
        // Moved, not overwritten: whatever was in the damaged file stays on disk.
        const aside = `${file}.damaged-${Date.now()}`;
        renameSync(file, aside);
        return { profile, warning: `Your profile was damaged (${problem}); it was moved to ${aside} and the previous copy restored.` };
      } catch {
        // fall through: neither copy is usable
      }
    }
    if (problem === null) return { profile: emptyProfile(this.story.version), warning: null };
    this.profileWritable = false;
    return {
      profile: emptyProfile(this.story.version),
      warning: `Your profile could not be read (${problem}); it was left as it is, and this session's progress will not be recorded.`,
    };
  }

  writeProfile(profile: Profile): void {
    if (!this.profileWritable) return;
    try {
      writeAtomic(this.profileFile, serializeProfile(this.story.key, profile), true);
    } catch (err) {
      throw new StoreError(`Could not record your progress in ${this.dir}: ${reason(err)}.`);
    }
  }

  hasSave(slot: string): boolean {
    return existsSync(this.slotFile(slot));
  }

  readSave(rawSlot: string): SaveFile {
    const slot = validSlotName(rawSlot);
    const file = this.slotFile(slot);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new StoreError(`There is no save called "${slot}".`);
      throw new StoreError(`Could not read the save "${slot}": ${reason(err)}.`);
    }
    let save: SaveFile;
    try {
      save = parseSave(text);
    } catch (err) {
      if (err instanceof BadFile) throw new StoreError(`${err.message.replace('This save', `The save "${slot}"`)}; it was left as it is.`);
      throw err;
    }
    if (save.story !== this.story.key) throw new StoreError(`The save "${slot}" belongs to another story.`);
    if (save.storyVersion !== this.story.version) {
      throw new StoreError(`The save "${slot}" was made with another version of the story and cannot be restored.`);
    }
    return save;
  }

  /** Saves to a slot. A slot holding a file that cannot be read is left alone (the autosave is moved aside). */
  writeSave(rawSlot: string, save: SaveFile): void {
    const slot = validSlotName(rawSlot);
    const file = this.slotFile(slot);
    if (existsSync(file)) {
      try {
        parseSave(readFileSync(file, 'utf8'));
      } catch (err) {
        if (slot !== AUTOSAVE) throw new StoreError(`The save "${slot}" on disk is damaged or unreadable, so it was not overwritten; save under another name.`);
        try {
          renameSync(file, `${file}.damaged-${Date.now()}`);
        } catch {
          throw new StoreError(`The autosave is damaged and could not be moved aside: ${reason(err)}.`);
        }
      }
    }
    try {
      writeAtomic(file, serializeSave({ ...save, slot }), true);
    } catch (err) {
      throw new StoreError(`Could not save to ${file}: ${reason(err)}.`);
    }
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
      try {
        const save = this.readSave(slot);
        return { slot, savedAt: save.savedAt, summary: save.summary, problem: null };
      } catch (err) {
        const savedAt = statSync(join(dir, name), { throwIfNoEntry: false })?.mtime.toISOString() ?? '';
        return { slot, savedAt, summary: null, problem: err instanceof Error ? err.message : String(err) };
      }
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
