// Ctrl-C, SIGTERM and the plain mode in a real pseudo-terminal: the bytes the player's
// terminal receives, the mode it is left in, the exit code and the autosave on disk.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileInkFile } from '../../src/story-files.js';
import { repoPath } from '../helpers.js';
import { hasScript, PtyGame, SHOW_CURSOR } from './pty.js';
import { tempDataDir } from './run-cli.js';

const CTRL_C = '\u0003';
const saga = ['--story', 'dist/fixtures/saga.json', '--seed', '5'];
let prose: string[];

beforeAll(() => {
  // Compiled here, not in the global setup: only these tests read it.
  const out = repoPath('dist/fixtures/prose.json');
  mkdirSync(repoPath('dist/fixtures'), { recursive: true });
  writeFileSync(out, compileInkFile(repoPath('tests/fixtures/prose.ink')).json ?? '');
  prose = ['--story', out, '--seed', '1'];
});

/** The autosave's count of choices made, in the one story folder of `dir`. */
function autosaveChoices(dir: string): number | null {
  const stories = join(dir, 'stories');
  const folder = readdirSync(stories).find((n) => n.startsWith('story-'));
  if (!folder) return null;
  try {
    const save = JSON.parse(readFileSync(join(stories, folder, 'saves', 'autosave.json'), 'utf8')) as { summary: { choices: number } };
    return save.summary.choices;
  } catch {
    return null;
  }
}

/** The terminal was given back whole: cursor shown last, cooked mode, exit code. */
function expectRestored(end: { code: number; output: string; cooked: boolean }, code = 130): void {
  expect(end.code).toBe(code);
  expect(end.cooked).toBe(true);
  const lastShow = end.output.lastIndexOf(SHOW_CURSOR);
  expect(lastShow).toBeGreaterThanOrEqual(0);
  expect(end.output.lastIndexOf('\u001b[?25l')).toBeLessThan(lastShow);
  expect(end.output).not.toMatch(/Error|at .*\.js:\d+/);
}

describe.skipIf(!hasScript)('Ctrl-C and SIGTERM in a terminal', () => {
  it('Ctrl-C on the title screen', async () => {
    const game = new PtyGame([...saga, '--data-dir', tempDataDir()]);
    await game.waitFor('New game');
    game.send(CTRL_C);
    expectRestored(await game.end());
  });

  it('Ctrl-C at a choice keeps the autosave at that choice', async () => {
    const dir = tempDataDir();
    const game = new PtyGame([...saga, '--data-dir', dir, '--fast']);
    await game.waitFor('New game');
    game.send('\r');
    let at = await game.waitFor('Climb the wall');
    game.send('1');
    at = await game.waitFor('Go right, to the library', at);
    game.send('1');
    await game.waitFor('Keep walking', at);
    game.send(CTRL_C);
    expectRestored(await game.end());
    expect(autosaveChoices(dir)).toBe(2);
  });

  it('Ctrl-C in the menu and in the save-name question', async () => {
    for (const deeper of [false, true]) {
      const game = new PtyGame([...saga, '--data-dir', tempDataDir(), '--fast']);
      await game.waitFor('New game');
      game.send('\r');
      let at = await game.waitFor('Climb the wall');
      game.send('\t');
      at = await game.waitFor('Restore a save', at);
      if (deeper) {
        game.send('\r');
        await game.waitFor('Save as:', at);
      }
      game.send(CTRL_C);
      expectRestored(await game.end());
    }
  });

  it('Ctrl-C while text is still appearing', async () => {
    const dir = tempDataDir();
    const game = new PtyGame([...prose, '--data-dir', dir]);
    await game.waitFor('New game');
    game.send('\r');
    const at = await game.waitFor('Read on');
    game.send('1');
    await game.waitFor('Page 1:', at);
    game.send(CTRL_C);
    const end = await game.end();
    expectRestored(end);
    expect(end.output).not.toContain('Page 20:');
    expect(autosaveChoices(dir)).toBe(1);
  });

  it('SIGTERM at a prompt and while text is appearing', async () => {
    for (const during of ['prompt', 'text'] as const) {
      const dir = tempDataDir();
      const game = new PtyGame([...prose, '--data-dir', dir]);
      const pid = await game.pid();
      await game.waitFor('New game');
      game.send('\r');
      const at = await game.waitFor('Read on');
      if (during === 'text') {
        game.send('1');
        await game.waitFor('Page 1:', at);
      }
      process.kill(pid, 'SIGTERM');
      const end = await game.end();
      expectRestored(end);
      if (during === 'text') expect(autosaveChoices(dir)).toBe(1);
    }
  });
});

describe.skipIf(!hasScript)('plain and dumb terminals', () => {
  it('--plain writes only text: no escape codes, numbered choices typed as lines, speakers named', async () => {
    for (const env of [{}, { TERM: 'dumb' }] as Record<string, string>[]) {
      const args = 'TERM' in env ? ['--story', 'dist/fixtures/mini.json'] : ['--story', 'dist/fixtures/mini.json', '--plain'];
      const game = new PtyGame([...args, '--data-dir', tempDataDir()], { env });
      // Each answer is typed once its prompt is on screen, as a person would.
      let at = await game.waitFor('2. Ignore Worf\r\n> ');
      game.send('1\r');
      at = await game.waitFor('2. Tell the truth\r\n> ', at);
      game.send('status\r');
      at = await game.waitFor('Prime Directive', at);
      at = await game.waitFor('2. Tell the truth\r\n> ', at);
      game.send('2\r');
      await game.waitFor('6. Quit\r\n> ', at);
      game.send('6\r');
      const end = await game.end();
      expect(end.code).toBe(0);
      expect(end.output).not.toContain('\u001b');
      expect(end.output).toContain('Chapter 1: The Test');
      expect(end.output).toContain('Worf: "Captain."');
      expect(end.output).toContain('1. Thank Worf\r\n2. Ignore Worf\r\n> 1');
      expect(end.output).toContain('+ Worf will remember that. Worf is devoted now.');
      expect(end.output).toContain('Worf: 75, devoted');
      expect(end.output).toContain('Ending: The Good Ending');
      expect(end.cooked).toBe(true);
    }
  });

  it('NO_COLOR and FORCE_COLOR=0 keep the arrow-key prompt but drop every colour', async () => {
    for (const env of [{ NO_COLOR: '1' }, { FORCE_COLOR: '0' }] as Record<string, string>[]) {
      const game = new PtyGame(['--story', 'dist/fixtures/mini.json', '--data-dir', tempDataDir(), '--fast'], { env });
      await game.waitFor('New game');
      game.send('\r');
      await game.waitFor('Ignore Worf');
      game.send('q');
      const end = await game.end();
      expect(end.code).toBe(0);
      // Cursor movement is allowed (the prompt redraws); colour and style codes are not.
      expect(end.output).not.toMatch(/\u001b\[[0-9;]*m/);
      expect(end.output).toContain('❯');
    }
  });
});
