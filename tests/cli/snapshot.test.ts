// The startup snapshot (scripts/build.mjs, src/snapshot.ts): bin/insurrection starts the game
// from a V8 heap with the modules loaded and the story parsed. It must be the same game as the
// plain bundle, byte for byte, in everything a player sees.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repoPath } from '../helpers.js';
import { runCli, tempDataDir } from './run-cli.js';

const blob = repoPath(`dist/snapshot/node-${process.version}.blob`);
const both = (args: string[], input: string) => {
  const withSnapshot = runCli(args, input, { INSURRECTION_DATA_DIR: tempDataDir() });
  const without = runCli(args, input, { INSURRECTION_DATA_DIR: tempDataDir(), INSURRECTION_NO_SNAPSHOT: '1' });
  return { withSnapshot, without };
};

describe('the startup snapshot', () => {
  it('is built for the Node running the tests', () => {
    expect(existsSync(blob)).toBe(true);
  });

  it('plays the same opening, notices, status and saves as the bundle', () => {
    const { withSnapshot, without } = both(['--fast', '--seed', '11'], '1\n1\n2\nstatus\nsave first\n1\nendings\n');
    expect(withSnapshot.status).toBe(0);
    expect(withSnapshot.stderr).toBe('');
    expect(withSnapshot.stdout).toContain('THE DUCK BLIND');
    expect(withSnapshot.stdout).toContain('Saved as "first"');
    expect(withSnapshot.stdout).toBe(without.stdout);
  });

  it('answers flags the same way, and bad ones with the same one line and exit code', () => {
    for (const args of [['--version'], ['--help'], ['--bogus'], ['--seed', 'abc']]) {
      const { withSnapshot, without } = both(args, '');
      expect(withSnapshot.status).toBe(without.status);
      expect(withSnapshot.stdout).toBe(without.stdout);
      expect(withSnapshot.stderr).toBe(without.stderr);
    }
  });

  it('loads the ink compiler from disk for --story FILE.ink', () => {
    const { withSnapshot, without } = both(['--fast', '--seed', '4', '--story', repoPath('tests/fixtures/mini.ink')], '1\n');
    expect(withSnapshot.status).toBe(0);
    expect(withSnapshot.stdout).toContain('M I N I');
    expect(withSnapshot.stdout).toBe(without.stdout);
  });
});
