// Builds the bundle and the story once before the tests that spawn the real CLI, and
// compiles the fixture stories those tests play, so each spawn skips the ink compiler.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileInkFile } from '../../src/story-files.js';

export const COMPILED_FIXTURES = ['saga', 'mini', 'verify/clean', 'verify/dead-end', 'verify/echo-lock'] as const;

export default function setup(): void {
  const script = fileURLToPath(new URL('../../scripts/build.mjs', import.meta.url));
  execFileSync(process.execPath, [script, '--quiet'], { stdio: 'inherit' });
  const out = fileURLToPath(new URL('../../dist/fixtures/', import.meta.url));
  mkdirSync(out, { recursive: true });
  for (const name of COMPILED_FIXTURES) {
    const result = compileInkFile(fileURLToPath(new URL(`../fixtures/${name}.ink`, import.meta.url)));
    if (!result.json) throw new Error(`tests/fixtures/${name}.ink does not compile`);
    mkdirSync(dirname(`${out}${name}.json`), { recursive: true });
    writeFileSync(`${out}${name}.json`, result.json);
  }
}
