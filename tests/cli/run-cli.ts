// Spawns the real, built command the way a player runs it, with piped stdin. Every run
// gets a fresh temporary data directory unless the test names one, so no test ever
// touches the player's real saves or profile.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoPath } from '../helpers.js';

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'insurrection-test-'));
}

export function runCli(args: string[], input = '', env: Record<string, string> = {}): CliRun {
  const dataDir = args.includes('--data-dir') ? {} : { INSURRECTION_DATA_DIR: env.INSURRECTION_DATA_DIR ?? tempDataDir() };
  // bin/insurrection is the installed command: it starts from the startup snapshot when the
  // build made one for this Node, else from the bundle (INSURRECTION_NO_SNAPSHOT=1 forces that).
  const result = spawnSync(repoPath('bin/insurrection'), args, {
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...env, ...dataDir },
    timeout: 20_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export const ANSI = /\u001b\[/;
