// Node file access for ink sources and compiled stories: the shell around engine/compile.
import { readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { compileInk, formatDiagnostic, type CompileResult, type InkSources } from './engine/compile.js';

/** INCLUDE names resolve against the folder of the entry file, as Inky does. */
export function inkSourcesFor(entryPath: string): InkSources {
  const root = dirname(resolve(entryPath));
  return {
    resolve: (name) => resolve(root, name),
    read: (full) => readFileSync(full, 'utf8'),
  };
}

export function compileInkFile(entryPath: string): CompileResult {
  const full = resolve(entryPath);
  return compileInk(full, inkSourcesFor(full));
}

/** A story file that cannot be used, with a one-line reason. */
export class StoryFileError extends Error {}

/**
 * Reads a story to run: ink source (compiled with its INCLUDEs) or compiled ink JSON.
 * Every way it can fail becomes a StoryFileError with one line saying why.
 */
export function readStoryFile(path: string): string {
  let isDir: boolean;
  try {
    isDir = statSync(path).isDirectory();
  } catch {
    throw new StoryFileError(`${path}: no such file.`);
  }
  if (isDir) throw new StoryFileError(`${path} is a folder; give an .ink or .json story file.`);
  if (/\.ink$/i.test(path)) {
    const result = compileInkFile(path);
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    if (result.json === null || errors.length > 0) {
      const first = errors[0] ?? result.diagnostics[0];
      throw new StoryFileError(`${path} does not compile: ${first ? formatDiagnostic(first) : 'unknown error'}${errors.length > 1 ? ` (and ${errors.length - 1} more)` : ''}`);
    }
    return result.json;
  }
  let text: string;
  try {
    text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (err) {
    throw new StoryFileError(`${path}: cannot read (${err instanceof Error ? err.message : String(err)}).`);
  }
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null || !('inkVersion' in parsed) || !('root' in parsed)) throw new Error('not ink');
  } catch {
    throw new StoryFileError(`${path} is not an ink story (neither ink source nor compiled ink JSON).`);
  }
  return text;
}
