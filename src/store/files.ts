// Careful file operations for the store: atomic writes, reads with a size limit, moving
// a damaged file aside, a short lock between games, and clearing the temporary files
// of a game killed in the middle of a write.
import { closeSync, constants, copyFileSync, existsSync, fstatSync, fsyncSync, linkSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Why a file operation failed, in a few words for the player. */
export function reason(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e.code === 'EACCES' || e.code === 'EPERM') return 'permission denied';
  if (e.code === 'ENOSPC') return 'the disk is full';
  if (e.code === 'EROFS') return 'the file system is read-only';
  if (e.code === 'ENOTDIR' || e.code === 'EEXIST') return 'a file is in the way of a folder';
  if (e.code === 'EISDIR') return 'that is a folder';
  if (e.code === 'ENAMETOOLONG') return 'the path is too long';
  return e.message?.split('\n')[0] ?? String(err);
}

const TEMP = /\.(\d+)\.[a-z0-9]+\.tmp$/;
const tempName = (file: string): string => `${file}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`;

/** Writes `text` to `file` so that a reader sees the old file or the new one, never half of one. */
export function writeAtomic(file: string, text: string, keepPrevious: boolean): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = tempName(file);
  try {
    const fd = openSync(tmp, 'w', 0o644);
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (keepPrevious && existsSync(file)) keepBackup(file);
    // A kill before this line leaves `file` as it was, and a .tmp that clearStaleTemps removes.
    renameSync(tmp, file);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

/** Puts the current version of `file` at `file.bak`, atomically too: a kill mid-copy must not leave half a backup. */
function keepBackup(file: string): void {
  const tmp = tempName(`${file}.bak`);
  try {
    // A hard link costs nothing and keeps the old version whole; copy where links are not supported.
    try {
      linkSync(file, tmp);
    } catch {
      copyFileSync(file, tmp);
    }
    renameSync(tmp, `${file}.bak`);
  } finally {
    rmSync(tmp, { force: true });
  }
}

/** What reading a player's file found: its text, or why there is none to use. */
export type ReadResult = { kind: 'text'; text: string } | { kind: 'missing' } | { kind: 'unreadable'; reason: string } | { kind: 'too-large'; bytes: number };

/** Reads a regular file of at most `limit` bytes. A folder, a FIFO or a huge file is refused unread. */
export function readLimited(file: string, limit: number): ReadResult {
  let fd: number;
  try {
    // Non-blocking, so a FIFO put where a save should be cannot hang the game.
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    // A file where a folder should be means there is no such file: writing will say why.
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' };
    return { kind: 'unreadable', reason: reason(err) };
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { kind: 'unreadable', reason: 'it is a folder' };
    if (!stat.isFile()) return { kind: 'unreadable', reason: 'it is not a regular file' };
    if (stat.size > limit) return { kind: 'too-large', bytes: stat.size };
    return { kind: 'text', text: readFileSync(fd, 'utf8') };
  } catch (err) {
    return { kind: 'unreadable', reason: reason(err) };
  } finally {
    closeSync(fd);
  }
}

/** Renames a damaged file to `<file>.damaged-<UTC time>`, keeping every byte; returns the new path. */
export function moveAside(file: string, now: Date = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  let aside = `${file}.damaged-${stamp}`;
  for (let n = 2; existsSync(aside); n++) aside = `${file}.damaged-${stamp}-${n}`;
  renameSync(file, aside);
  return aside;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes temporary files left in `dir` by games that died between a write and its rename. */
export function clearStaleTemps(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(TEMP.exec(name)?.[1] ?? NaN);
    if (!Number.isSafeInteger(pid) || pid === process.pid || processAlive(pid)) continue;
    rmSync(join(dir, name), { force: true });
  }
}

const pause = (ms: number): void => {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
};

/**
 * Runs `body` holding `<file>.lock`, so two games on one data directory take turns at a
 * read-merge-write. A lock whose game has died, or older than `staleMs`, is broken; after
 * `waitMs` the body runs anyway (a stuck lock must not cost the player their progress).
 */
export function withLock<T>(file: string, body: () => T, waitMs = 2000, staleMs = 10_000): T {
  const lock = `${file}.lock`;
  mkdirSync(dirname(file), { recursive: true });
  let held = false;
  for (const started = Date.now(); Date.now() - started < waitMs; pause(15)) {
    try {
      const fd = openSync(lock, 'wx', 0o644);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      held = true;
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      let owner = NaN;
      let age = 0;
      try {
        owner = Number(readFileSync(lock, 'utf8'));
        age = Date.now() - statSync(lock).mtimeMs;
      } catch {
        continue;
      }
      if ((Number.isSafeInteger(owner) && owner > 0 && !processAlive(owner)) || age > staleMs) rmSync(lock, { force: true });
    }
  }
  try {
    return body();
  } finally {
    if (held) rmSync(lock, { force: true });
  }
}
