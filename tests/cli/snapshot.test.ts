// The startup snapshot (scripts/build.mjs, src/snapshot.ts): bin/insurrection starts the game
// from a V8 heap with the modules loaded and the story parsed. It must be the same game as the
// plain bundle, byte for byte, in everything a player sees.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

  describe('bin/insurrection picks the start', () => {
    /** Runs the launcher traced (sh -x) with `dir` first on PATH; returns what it ran and printed. */
    const traced = (dir: string | null) => {
      const PATH = dir ? `${dir}:${process.env.PATH ?? ''}` : (process.env.PATH ?? '');
      const r = spawnSync('sh', ['-x', repoPath('bin/insurrection'), '--version'], { encoding: 'utf8', env: { ...process.env, PATH } });
      const ran = r.stderr.split('\n').filter((l) => l.startsWith('+ '));
      return { stdout: r.stdout, ran: ran.join('\n'), asked: ran.some((l) => / node --version/.test(l)) };
    };
    const fakeNodeDir = (script: string | null) => {
      const dir = mkdtempSync(join(tmpdir(), 'insurrection-node-'));
      if (script === null) symlinkSync(process.execPath, join(dir, 'node'));
      else {
        writeFileSync(join(dir, 'node'), `#!/bin/sh\n${script}\n`);
        chmodSync(join(dir, 'node'), 0o755);
      }
      return dir;
    };

    it('starts from the snapshot using shell built-ins only, when the node on PATH made it', () => {
      const viaLink = traced(fakeNodeDir(null));
      expect(viaLink.stdout).toMatch(/^insurrection /);
      expect(viaLink.ran).toContain('--snapshot-blob');
      expect(viaLink.asked).toBe(false);
      expect(viaLink.ran).not.toMatch(/\+ (readlink|dirname|basename|cat)\b/);
    });

    it('asks node --version when the node on PATH is another binary, and still finds its snapshot', () => {
      const wrapper = traced(fakeNodeDir(`exec "${process.execPath}" "$@"`));
      expect(wrapper.asked).toBe(true);
      expect(wrapper.ran).toContain('--snapshot-blob');
      expect(wrapper.stdout).toMatch(/^insurrection /);
    });

    it('falls back to the bundle for a Node with no snapshot', () => {
      const other = traced(fakeNodeDir(`if [ "$1" = --version ]; then echo v0.0.1; exit 0; fi\nexec "${process.execPath}" "$@"`));
      expect(other.asked).toBe(true);
      expect(other.ran).not.toContain('--snapshot-blob');
      expect(other.ran).toContain('insurrection.js');
      expect(other.stdout).toMatch(/^insurrection /);
    });
  });
});
