import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { verifyCommand } from '../../src/verify-command.js';
import { repoPath } from '../helpers.js';
import { ANSI, runCli } from './run-cli.js';

const fixture = (name: string) => `tests/fixtures/verify/${name}`;
// Compiled by the global setup, so those spawns skip the ink compiler.
const compiledFixture = (name: string) => `dist/fixtures/verify/${name}.json`;

describe('insurrection verify', () => {
  it('passes a clean story with exit code 0 and no progress line when piped', () => {
    const run = runCli(['verify', '--story', compiledFixture('clean')]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).not.toMatch(ANSI);
    expect(run.stdout).not.toContain('\r');
    expect(run.stdout).toContain('Search: 66 states');
    expect(run.stdout).toContain('complete.');
    expect(run.stdout).toContain('Endings reached (2 of 2):\n  welcome (A Welcome)\n    path: 1.1.1.2.1  (5 choices)');
    expect(run.stdout).toMatch(/All clear: every state explored, no defects.\n$/);
  });

  it.each([
    ['dead-end.ink', ['Dead ends (1):\n  in cellar\n    path: 2.2  (2 choices)\n      …then "Open the blue door" > "Feel along the wall"']],
    ['unreachable-ending.ink', ['Endings no path reaches (1):\n  rich', 'Knots never visited (1):\n  vault', 'corridor: "Open the vault"']],
    ['runtime-error.ink', ['RANDOM was called with minimum as 6 and maximum as 1', 'path: 2  (1 choice)']],
    ['trap.ink', ['Loops with no way out (1):\n  from left\n    path: 1  (1 choice)']],
    ['broken-lock.ink', ['whole: without echoes REACHED: the lock is broken; with every echo reached  FAIL']],
    ['loyalty.ink', ['loyalty_troi is 105, outside 0-100']],
  ])('fails %s, naming the problem and a path to it', (file, expected) => {
    const run = runCli(['verify', '--story', fixture(file)]);
    expect(run.status).toBe(1);
    for (const text of expected) expect(run.stdout).toContain(text);
    expect(run.stdout).toMatch(/FAIL: \d+ defects?\.\n$/);
  });

  it('compiles ink source with its INCLUDEs', () => {
    const run = runCli(['verify', '--story', fixture('clean.ink')]);
    expect(run.status).toBe(0);
    // The harbour knot and its stitch live in parts/harbour.ink; the way to Worf runs through it.
    expect(run.stdout).toContain('  welcome (A Welcome)\n    path: 1.1.1.2.1  (5 choices)\n      …then "Feed them" > "Board the ferry" > "Look back"');
    expect(run.stdout).toContain('Stitches never visited (0): none');
  });

  it('finishes a story whose choices loop forever', () => {
    const run = runCli(['verify', '--story', fixture('loop.ink')]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('search complete.');
  });

  it('shows both echo passes and the locked endings', () => {
    const run = runCli(['verify', '--story', compiledFixture('echo-lock')]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Pass 1 of 2, fresh profile (every echo_* false): 3 states');
    expect(run.stdout).toContain('Pass 2 of 2, returning player (every echo_* true): 3 states');
    expect(run.stdout).toContain('whole: without echoes unreachable (proven); with every echo reached  ok');
  });

  it('gives the same report as JSON', () => {
    const run = runCli(['verify', '--json', '--story', compiledFixture('dead-end')]);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as { ok: boolean; complete: boolean; defects: Array<{ kind: string; path: { choices: number[] } }> };
    expect(report.ok).toBe(false);
    expect(report.complete).toBe(true);
    expect(report.defects.map((d) => [d.kind, d.path.choices])).toEqual([['dead-end', [1, 1]]]);
  });

  it.each([
    [['--story', 'no/such.ink'], 'insurrection verify: no/such.ink: no such file.'],
    [['--story', 'tests'], 'insurrection verify: tests is a folder; give an .ink or .json story file.'],
    [['--story', 'package.json'], 'insurrection verify: package.json is not an ink story (neither ink source nor compiled ink JSON).'],
    [['--story', fixture('broken.ink')], /^insurrection verify: tests\/fixtures\/verify\/broken.ink does not compile: \S*broken.ink:3: error: Unresolved variable: nobody$/],
    [['--bogus'], "insurrection verify: unknown option --bogus. Try 'insurrection verify --help'."],
    [['--time', 'soon'], 'insurrection verify: --time takes a number above 0, not "soon".'],
  ] as Array<[string[], string | RegExp]>)('refuses %j with one line and exit code 2', (args, message) => {
    const run = runCli(['verify', ...args]);
    expect(run.status).toBe(2);
    expect(run.stderr.endsWith('\n') && run.stderr.split('\n')).toHaveLength(2);
    if (typeof message === 'string') expect(run.stderr).toBe(`${message}\n`);
    else expect(run.stderr.trim()).toMatch(message);
    expect(run.stdout).toBe('');
  });

  it('prints its help', () => {
    const run = runCli(['verify', '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: insurrection verify/);
  });
});

describe('the progress line', () => {
  const sink = () => {
    let text = '';
    const stream = new Writable({
      write(chunk: Buffer, _enc, done) {
        text += chunk.toString();
        done();
      },
    }) as unknown as NodeJS.WriteStream;
    return { stream, text: () => text };
  };
  const run = async (args: string[], isTTY: boolean) => {
    const out = sink();
    const err = sink();
    const code = await verifyCommand(new URL(`file://${repoPath('dist/story.json')}`))(args, { stdout: out.stream, stderr: err.stream, isTTY });
    return { code, out: out.text() };
  };

  it('shows states, frontier and rate on a terminal, then clears itself', async () => {
    const { code, out } = await run(['--story', repoPath(compiledFixture('clean'))], true);
    expect(code).toBe(0);
    expect(out).toMatch(/^\r\u001b\[2K\w+: \d+ states, frontier \d+, [\d,]+ states\/s, \d+ s/);
    expect(out).toContain('\r\u001b[2KVerifying Clean');
  });

  it('prints none when piped or with --json', async () => {
    expect((await run(['--story', repoPath(compiledFixture('clean'))], false)).out).not.toContain('\r');
    const json = await run(['--json', '--story', repoPath(compiledFixture('clean'))], true);
    expect(json.out).not.toContain('\r');
    expect(JSON.parse(json.out)).toMatchObject({ ok: true, complete: true });
  });
});
