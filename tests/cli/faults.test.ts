// Faults around the real command: a kill in the middle of a save, two games on one data
// directory, a data directory that cannot be written, a reader that goes away, and a
// signal in piped play. Progress already on disk must survive every one of them.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProfile, parseSave } from '../../src/engine/save-file.js';
import { repoPath } from '../helpers.js';
import { LineGame } from './line-game.js';
import { runCli, tempDataDir } from './run-cli.js';

const saga = ['--story', 'dist/fixtures/saga.json', '--seed', '5'];
const DAWN = '1\n1\n1\n1\n1\n1\n';
const STORM = '2\n2\n2\n2\n2\n1\n';
const crashHook = ['--import', repoPath('tests/fixtures/crash-on-rename.mjs')];

/** Output with every run of whitespace made one space: messages wrap at the terminal's width. */
const flat = (text: string): string => text.replace(/\s+/g, ' ');

const storyDir = (dir: string): string => {
  const name = readdirSync(join(dir, 'stories')).find((n) => n.startsWith('story-saga-'));
  if (!name) throw new Error('no story folder');
  return join(dir, 'stories', name);
};

/** Every save and profile file in the data dir, each checked as the game checks it. */
function checkAll(dir: string): { saves: number; profiles: number } {
  const folder = storyDir(dir);
  let saves = 0;
  let profiles = 0;
  for (const name of readdirSync(folder)) if (/^profile\.json(\.bak)?$/.test(name)) (parseProfile(readFileSync(join(folder, name), 'utf8')), profiles++);
  for (const name of readdirSync(join(folder, 'saves'))) if (/\.json(\.bak)?$/.test(name)) (parseSave(readFileSync(join(folder, 'saves', name), 'utf8')), saves++);
  return { saves, profiles };
}

describe('a kill in the middle of a save', () => {
  it('SIGKILL between writing the autosave and renaming it leaves the previous autosave loadable', () => {
    const dir = tempDataDir();
    expect(runCli([...saga, '--data-dir', dir], '1\n1\n').stdout).toContain('Input ended; progress saved.');
    // A new game: its first choice writes the autosave, and the hook kills the game at the rename.
    const killed = spawnSync(process.execPath, [...crashHook, repoPath('bin/insurrection.js'), ...saga, '--data-dir', dir], {
      input: '2\n1\n',
      encoding: 'utf8',
      env: { ...process.env, CRASH_ON: 'autosave.json' },
    });
    expect(killed.signal).toBe('SIGKILL');
    const saves = join(storyDir(dir), 'saves');
    expect(readdirSync(saves).some((n) => n.endsWith('.tmp'))).toBe(true);
    const again = runCli([...saga, '--data-dir', dir], 'continue\n');
    expect(again.stdout).toContain('Continuing where you left off (2 choices in).\n\nThe orchard is quiet.');
    // The next game cleared the dead game's temporary file.
    expect(readdirSync(saves).some((n) => n.endsWith('.tmp'))).toBe(false);
  });

  it('SIGKILL while the profile is being written keeps every ending found before', () => {
    const dir = tempDataDir();
    runCli([...saga, '--data-dir', dir], `${DAWN}6\n`);
    const killed = spawnSync(process.execPath, [...crashHook, repoPath('bin/insurrection.js'), ...saga, '--data-dir', dir], {
      input: '1\n',
      encoding: 'utf8',
      env: { ...process.env, CRASH_ON: 'profile.json' },
    });
    expect(killed.signal).toBe('SIGKILL');
    const again = runCli([...saga, '--data-dir', dir], '');
    expect(again.stdout).toContain('1 of 4 endings found.');
    expect(again.stdout).not.toContain('profile');
  });

  it('a game killed at random moments never leaves a save or profile that does not load', async () => {
    const input = `${DAWN}1\n`.repeat(40) + `save slot\n${STORM}`;
    for (let i = 0; i < 6; i++) {
      const dir = tempDataDir();
      runCli([...saga, '--data-dir', dir], '1\n');
      const game = new LineGame([...saga, '--data-dir', dir]);
      game.child.stdin?.write(input);
      await new Promise((r) => setTimeout(r, 60 + i * 70));
      game.child.kill('SIGKILL');
      expect((await game.exited()).signal).toBe('SIGKILL');
      expect(checkAll(dir).saves).toBeGreaterThan(0);
      expect(runCli([...saga, '--data-dir', dir], 'continue\n').stdout).toContain('Continuing where you left off');
    }
  });
});

describe('two games on one data directory', () => {
  it('loses no ending: each game\'s write merges what the other recorded', async () => {
    const dir = tempDataDir();
    const a = new LineGame([...saga, '--data-dir', dir]);
    const b = new LineGame([...saga, '--data-dir', dir]);
    // Both have read the (empty) profile before either finds an ending.
    await a.waitFor('Climb the wall');
    await b.waitFor('Climb the wall');
    for (const line of DAWN.trim().split('\n')) a.send(line);
    await a.waitFor('Ending: Dawn');
    for (const line of STORM.trim().split('\n')) b.send(line);
    await b.waitFor('Ending: Storm');
    expect(b.output).toContain('2 of 4 endings found.');
    a.send('1');
    await a.waitFor('Climb the wall', 2);
    a.send('6');
    await a.close();
    await b.close();
    const profile = parseProfile(readFileSync(join(storyDir(dir), 'profile.json'), 'utf8')).profile;
    expect(Object.keys(profile.endings).sort()).toEqual(['dawn', 'storm']);
    expect(profile.runsStarted).toBe(3);
    expect(profile.runsCompleted).toBe(2);
    expect(runCli([...saga, '--data-dir', dir], '').stdout).toContain('2 of 4 endings found.');
  });
});

describe('a data directory that cannot be written', () => {
  it('says once that progress cannot be saved, and plays to the end', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'insurrection-file-')), 'not-a-folder');
    writeFileSync(file, 'x');
    const run = runCli([...saga, '--data-dir', file], `1\nsave mine\n${DAWN.slice(2)}6\n`);
    expect(run.status).toBe(0);
    expect(run.stdout.match(/Progress cannot be saved/g)).toHaveLength(1);
    expect(flat(run.stdout)).toContain(`Progress cannot be saved in ${join(file, 'stories')}`);
    expect(run.stdout).toContain('Could not save to');
    expect(run.stdout).toContain('Ending: Dawn');
    expect(run.stdout).toContain('You leave the story here. Your progress could not be saved.');
    expect(readFileSync(file, 'utf8')).toBe('x');
  });

  // Root writes through any mode, so as root the game runs as nobody (where the system allows it).
  const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  // ...and that user must be able to read the game (a checkout in a 0700 folder, such as one
  // from mktemp -d, is closed to nobody).
  const canDrop =
    spawnSync('true', asUser).error === undefined &&
    spawnSync(process.execPath, ['-e', 'require("fs").accessSync(process.argv[1], require("fs").constants.R_OK)', repoPath('bin/insurrection.js')], asUser).status === 0;

  it.skipIf(!canDrop)('a read-only data directory: the same, and input ending says the progress was not saved (exit 1)', () => {
    const dir = tempDataDir();
    runCli([...saga, '--data-dir', dir], '1\n');
    const before = readFileSync(join(storyDir(dir), 'saves', 'autosave.json'), 'utf8');
    chmodSync(dir, 0o555);
    chmodSync(join(dir, 'stories'), 0o555);
    chmodSync(storyDir(dir), 0o555);
    chmodSync(join(storyDir(dir), 'saves'), 0o555);
    const run = spawnSync(process.execPath, [repoPath('bin/insurrection.js'), ...saga, '--data-dir', dir], { input: '2\n1\n', encoding: 'utf8', ...asUser });
    expect(run.stderr).toBe('');
    expect(run.stdout.match(/Progress cannot be saved/g)).toHaveLength(1);
    expect(flat(run.stdout)).toContain('(permission denied); the game plays on without saving.');
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('Input ended; progress could not be saved.');
    expect(run.status).toBe(1);
    expect(readFileSync(join(storyDir(dir), 'saves', 'autosave.json'), 'utf8')).toBe(before);
  });
});

describe('streams that close', () => {
  it('exits quietly, with code 0, when the reader of its output goes away (insurrection | head -5)', () => {
    const dir = tempDataDir();
    const input = join(dir, 'input');
    // Forty runs to the end: a game that kept playing into a closed pipe would finish them all.
    writeFileSync(input, `${DAWN}1\n`.repeat(40));
    const script = `"${process.execPath}" "${repoPath('bin/insurrection.js')}" ${saga.join(' ')} --data-dir "${dir}" < "${input}" | head -5 > /dev/null; echo "game=\${PIPESTATUS[0]}"`;
    const run = spawnSync('bash', ['-c', script], { encoding: 'utf8', cwd: repoPath('.') });
    expect(run.stdout.trim()).toBe('game=0');
    expect(run.stderr).toBe('');
    const profile = parseProfile(readFileSync(join(storyDir(dir), 'profile.json'), 'utf8')).profile;
    expect(profile.runsCompleted).toBeLessThan(40);
  });

  it('SIGINT in piped play exits with 130 and keeps the autosave', async () => {
    const dir = tempDataDir();
    const game = new LineGame([...saga, '--data-dir', dir]);
    game.send('1');
    await game.waitFor('Go right, to the library');
    game.child.kill('SIGINT');
    const { code } = await game.exited();
    expect(code).toBe(130);
    expect(parseSave(readFileSync(join(storyDir(dir), 'saves', 'autosave.json'), 'utf8')).summary.choices).toBe(1);
  });
});
