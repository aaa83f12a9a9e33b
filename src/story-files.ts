// Node file access for ink sources and compiled stories: the shell around engine/compile.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { compileInk, type CompileResult, type InkSources } from './engine/compile.js';

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
