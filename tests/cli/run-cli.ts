// Spawns the real, built command the way a player runs it, with piped stdin.
import { spawnSync } from 'node:child_process';
import { repoPath } from '../helpers.js';

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], input = '', env: Record<string, string> = {}): CliRun {
  const result = spawnSync(process.execPath, [repoPath('bin/insurrection.js'), ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...env },
    timeout: 20_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export const ANSI = /\u001b\[/;
