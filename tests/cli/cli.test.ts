import { describe, expect, it } from 'vitest';
import { ANSI, runCli } from './run-cli.js';

// Compiled by the global setup, so each spawn skips the ink compiler; one test plays the .ink itself.
const mini = ['--story', 'dist/fixtures/mini.json'];

describe('command line', () => {
  it('prints help and the version', () => {
    const help = runCli(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: insurrection/);
    expect(help.stdout).toContain('--seed N');
    const version = runCli(['--version']);
    expect(version.stdout).toMatch(/^insurrection \d+\.\d+\.\d+/);
  });

  it.each([
    [['--bogus'], 'insurrection: unknown option --bogus. Try \'insurrection --help\'.'],
    [['--seed', 'abc'], 'insurrection: --seed takes a whole number from 0 to 2147483647, not "abc".'],
    [['--seed'], "insurrection: --seed needs a value. Try 'insurrection --help'."],
    [['frobnicate'], 'insurrection: unknown command "frobnicate". Try \'insurrection --help\'.'],
  ])('refuses %j with one line and exit code 2', (args, message) => {
    const run = runCli(args);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`${message}\n`);
    expect(run.stdout).toBe('');
  });

  it('refuses a story file that is missing, a folder, or not ink, in one line', () => {
    for (const [path, text] of [
      ['no/such.ink', 'no such file'],
      ['tests', 'is a folder'],
      ['package.json', 'is not an ink story'],
    ] as const) {
      const run = runCli(['--story', path]);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(text);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});

describe('piped play', () => {
  it('plays to an ending with numbered choices, notices and no escape codes', () => {
    const run = runCli(['--story', 'tests/fixtures/mini.ink'], '1\n2\n');
    expect(run.status).toBe(0);
    expect(run.stdout).not.toMatch(ANSI);
    expect(run.stdout).toContain('THE TEST');
    expect(run.stdout).toContain('1. Thank Worf\n2. Ignore Worf\n> 1. Thank Worf');
    expect(run.stdout).toContain('▲ Worf will remember that. Worf is devoted now.');
    expect(run.stdout).toContain('All is well.');
    expect(run.stdout).toContain('Ending: The Good Ending');
  });

  it('answers bad input with a one-line hint and asks again', () => {
    const run = runCli(mini, 'abc\n0\n\n9\n2\n2\n');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('"abc" is not a choice or a command. Type a number from 1 to 2, or "help".');
    expect(run.stdout).toContain('There is no choice 0. Type a number from 1 to 2.');
    expect(run.stdout).toContain('There is no choice 9.');
    expect(run.stdout).toContain('Ending: The Bad Ending');
  });

  it('ends cleanly with one line when input runs out', () => {
    const run = runCli(mini, '1\n');
    expect(run.status).toBe(0);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('Input ended; progress saved.');
    const early = runCli(mini, '');
    expect(early.status).toBe(0);
    expect(early.stdout.trimEnd().split('\n').at(-1)).toBe('Input ended.');
    expect(run.stderr).toBe('');
  });

  it('shows the crew and the Prime Directive on "status"', () => {
    const run = runCli(mini, 'status\n');
    expect(run.stdout).toMatch(/Worf\s+█+░+\s+65 loyal/);
    expect(run.stdout).toContain('Prime Directive ◆ upheld');
  });

  it('replays a seeded run exactly', () => {
    const a = runCli([...mini, '--seed', '7'], '1\n1\n');
    const b = runCli([...mini, '--seed', '7'], '1\n1\n');
    expect(a.stdout).toBe(b.stdout);
    const dice = (s: string) => /The dice say (\d+)/.exec(s)?.[1];
    const others = [8, 9, 10, 11].map((seed) => dice(runCli([...mini, '--seed', String(seed)], '1\n1\n').stdout));
    expect(new Set([dice(a.stdout), ...others]).size).toBeGreaterThan(1);
  });

  it('plays the real story from the first chapter', () => {
    const run = runCli([], '1\n');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('I N S U R R E C T I O N');
    expect(run.stdout).toContain('THE DUCK BLIND');
    expect(run.stdout).toContain('Star Trek belongs to its owners');
  });
});
