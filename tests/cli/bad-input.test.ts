// The bad-input battery: flags, story files, typed answers, save names, damaged saves and
// a damaged profile, all through the real command. Each gets a short, plain answer (no
// stack trace), and nothing the player had on disk is lost or written outside its place.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoPath } from '../helpers.js';
import { runCli, tempDataDir } from './run-cli.js';

const STACK = /\bat .+:\d+:\d+|Error:|TypeError|node:internal/;
const flat = (text: string): string => text.replace(/\s+/g, ' ');

const scratch = mkdtempSync(join(tmpdir(), 'insurrection-bad-'));
const file = (name: string, content: string | Buffer): string => {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
};

describe('bad flags and values: one line on stderr, nothing on stdout, exit code 2', () => {
  it.each([
    [['--bogus'], "unknown option --bogus. Try 'insurrection --help'."],
    [['-x'], "unknown option -x. Try 'insurrection --help'."],
    [['--seed', 'abc'], '--seed takes a whole number from 0 to 2147483647, not "abc".'],
    [['--seed=-1'], '--seed takes a whole number from 0 to 2147483647, not "-1".'],
    [['--seed', '1e3'], '--seed takes a whole number from 0 to 2147483647, not "1e3".'],
    [['--seed', '99999999999'], '--seed takes a whole number from 0 to 2147483647, not "99999999999".'],
    [['--seed'], "--seed needs a value. Try 'insurrection --help'."],
    [['--help=yes'], "--help does not take a value. Try 'insurrection --help'."],
    [['--data-dir='], '--data-dir needs a folder.'],
    [['frobnicate'], 'unknown command "frobnicate". Try \'insurrection --help\'.'],
    [['--replay', 'ZZZ'], 'That is not a run code: it looks like 1A2B3-0-0-XYZ, as printed at an ending.'],
    [['--replay', 'X', '--seed', '1'], '--replay carries its own seed; leave out --seed.'],
  ])('%j', (args, message) => {
    const run = runCli(args);
    expect(run.stderr).toBe(`insurrection: ${message}\n`);
    expect(run.stdout).toBe('');
    expect(run.status).toBe(2);
  });
});

describe('bad story files: one line naming the file, exit code 1', () => {
  it.each([
    ['a missing file', () => 'no/such/story.ink', 'no/such/story.ink: no such file.'],
    ['a folder', () => 'tests', 'tests is a folder; give an .ink or .json story file.'],
    ['a JSON file that is not ink', () => 'package.json', 'package.json is not an ink story (neither ink source nor compiled ink JSON).'],
    ['an empty .json', () => file('empty.json', ''), 'empty.json is not an ink story'],
    ['a binary file', () => file('noise.json', Buffer.from([0, 1, 2, 255, 254, 0])), 'noise.json is not an ink story'],
    ['ink with an error', () => 'tests/fixtures/broken.ink', `tests/fixtures/broken.ink does not compile: ${repoPath('tests/fixtures/broken.ink')}:5: error: Variable could not be found to assign to: 'y'`],
    ['ink that includes a missing file', () => file('include.ink', 'INCLUDE missing.ink\nHello.\n-> END\n'), "include.ink:1: error: Failed to load: 'missing.ink'."],
    ['compiled by a newer ink', () => file('newer.json', readFileSync(repoPath('dist/fixtures/mini.json'), 'utf8').replace(/"inkVersion":\d+/, '"inkVersion":99')), 'newer.json was compiled by a newer ink than this game can run.'],
  ])('%s', (_name, path, message) => {
    const run = runCli(['--story', path()]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).not.toMatch(STACK);
  });
});

describe('bad answers in piped play', () => {
  // [typed, the hint] — each is answered, then the same choices are offered again.
  const ANSWERS: [string, string][] = [
    ['0', 'There is no choice 0. Type a number from 1 to 2.'],
    ['99', 'There is no choice 99. Type a number from 1 to 2.'],
    ['-1', '"-1" is not a choice or a command. Type a number from 1 to 2, or "help".'],
    ['1.5', '"1.5" is not a choice or a command. Type a number from 1 to 2, or "help".'],
    ['abc', '"abc" is not a choice or a command. Type a number from 1 to 2, or "help".'],
    ['', 'Type a number from 1 to 2, or "help".'],
    ['   ', 'Type a number from 1 to 2, or "help".'],
    ['9'.repeat(400), 'There is no choice 999999…. Type a number from 1 to 2.'],
    ['x'.repeat(200_000), `"${'x'.repeat(20)}…" is not a choice or a command. Type a number from 1 to 2, or "help".`],
    ['\u001b[2J\u001b[31mred', '"?[2J?[31mred" is not a choice or a command. Type a number from 1 to 2, or "help".'],
    ['rewind abc', '"rewind" takes the number of a choice from the list, not "abc".'],
    ['map banana', '"map" takes "all" or a chapter number, not "banana".'],
  ];

  it('answers each with one hint and asks the same question again', () => {
    const input = `${ANSWERS.map(([typed]) => typed).join('\n')}\n1\n`;
    const run = runCli(['--story', 'dist/fixtures/saga.json', '--seed', '5'], input);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const question = '1. Open the gate\n2. Climb the wall\n> ';
    const answers = run.stdout.split(question).slice(1, -1);
    expect(answers).toHaveLength(ANSWERS.length);
    // One hint each (wrapped to the terminal like any text), then the question again.
    ANSWERS.forEach(([, hint], i) => expect(answers[i]?.replace(/\n/g, ' ').trim()).toBe(hint));
    expect(run.stdout).not.toContain('\u001b');
    expect(run.stdout).toContain('> 1. Open the gate\n\nIt swings open.');
  });
});

describe('save names that are paths', () => {
  it('refuses them, and writes nothing outside the data directory', () => {
    const parent = mkdtempSync(join(tmpdir(), 'insurrection-jail-'));
    const dir = join(parent, 'data');
    const cwd = join(parent, 'cwd');
    mkdirSync(cwd);
    const names = ['../x', '../../../../tmp/evil', '/etc/passwd', 'a/b', '..', '.hidden', 'nul\u0000byte', 'bell\u0007', 'x'.repeat(300), 'con', 'spa ce'];
    const input = `1\n${names.map((n) => `save ${n}`).join('\n')}\n${names.map((n) => `load ${n}`).join('\n')}\nsave fine\n`;
    const run = spawnSync(process.execPath, [repoPath('bin/insurrection.js'), '--story', repoPath('dist/fixtures/saga.json'), '--data-dir', dir], { input, encoding: 'utf8', cwd });
    expect(run.stderr).toBe('');
    expect(flat(run.stdout).split('A save name is 1 to 32 letters, digits, - or _, starting with a letter or digit.')).toHaveLength(names.length * 2 + 1);
    expect(run.stdout).toContain('Saved as "fine".');
    expect(readdirSync(parent).sort()).toEqual(['cwd', 'data']);
    expect(readdirSync(cwd)).toEqual([]);
    const saves = join(dir, 'stories', readdirSync(join(dir, 'stories'))[0] ?? '', 'saves');
    expect(readdirSync(saves).sort()).toEqual(['autosave.json', 'fine.json']);
  });
});

describe('damaged saves and a damaged profile in play', () => {
  it('refuses each damaged save in one line naming it, leaves it as it was, and plays on', () => {
    const dir = tempDataDir();
    const first = runCli(['--story', 'dist/fixtures/saga.json', '--seed', '5', '--data-dir', dir], '1\nsave good\n');
    expect(first.stdout).toContain('Saved as "good".');
    const stories = join(dir, 'stories');
    const saves = join(stories, readdirSync(stories)[0] ?? '', 'saves');
    const good = readFileSync(join(saves, 'good.json'), 'utf8');
    const bad: Record<string, string> = {
      cut: good.slice(0, 100),
      empty: '',
      junk: 'not a save',
      shape: good.replace('"choices":1', '"choices":"one"'),
      newer: good.replace('"version":1', '"version":9'),
      proto: good.replace('"summary":{', '"summary":{"__proto__":{"x":1},'),
      other: good.replace(/"storyVersion":"[0-9a-f]+"/, '"storyVersion":"000000000000"'),
      alien: good.replace(/"snapshots":\{"0":".*?[^\\]"/, `"snapshots":{"0":${JSON.stringify(JSON.stringify({ inkSaveVersion: 10, flows: {} }))}`),
    };
    for (const [name, text] of Object.entries(bad)) writeFileSync(join(saves, `${name}.json`), text);
    const stamps = () => Object.keys(bad).map((n) => [readFileSync(join(saves, `${n}.json`), 'utf8'), statSync(join(saves, `${n}.json`)).mtimeMs]);
    const before = stamps();
    const run = runCli(['--story', 'dist/fixtures/saga.json', '--seed', '5', '--data-dir', dir], `${Object.keys(bad).map((n) => `load ${n}`).join('\n')}\nload\n\n1\n1\n`);
    expect(run.stderr).toBe('');
    const out = flat(run.stdout);
    for (const name of Object.keys(bad)) expect(out).toContain(`The save "${name}" cannot be restored: `);
    expect(out).toContain(`(${join(saves, 'cut.json')} was left as it is.)`);
    expect(out).toContain('"empty" cannot be restored: it is empty.');
    expect(out).toContain('"newer" cannot be restored: it was made by a newer version of the game.');
    expect(out).toContain('"proto" cannot be restored: it is damaged (it holds the key "__proto__", which no game writes).');
    expect(out).toContain('"other" cannot be restored: it was made with another version of the story.');
    expect(out).toContain('"alien" cannot be restored: its story state does not fit this story');
    expect(out).toContain('junk: cannot be restored (is damaged (not readable JSON))');
    expect(out).toContain('It swings open. The path forks.');
    expect(out).not.toMatch(STACK);
    expect(stamps()).toEqual(before);
  });

  it('moves a damaged profile aside, starts a fresh one, tells the player, and records the run', () => {
    const dir = tempDataDir();
    runCli(['--story', 'dist/fixtures/saga.json', '--data-dir', dir], '1\n');
    const stories = join(dir, 'stories');
    const folder = join(stories, readdirSync(stories)[0] ?? '');
    writeFileSync(join(folder, 'profile.json'), '{"format":"insurrection-profile","version":1,"story":');
    writeFileSync(join(folder, 'profile.json.bak'), 'also damaged');
    const run = runCli(['--story', 'dist/fixtures/saga.json', '--seed', '5', '--data-dir', dir], '1\n1\n1\n1\n1\n1\n6\n');
    expect(flat(run.stdout)).toMatch(/Your profile is cut short \(damaged: the text stops partway\); it was moved to .+ and a fresh one started\./);
    expect(run.stdout).toContain('Ending: Dawn');
    const aside = readdirSync(folder).find((n) => n.startsWith('profile.json.damaged-')) ?? '';
    expect(readFileSync(join(folder, aside), 'utf8')).toBe('{"format":"insurrection-profile","version":1,"story":');
    expect(runCli(['--story', 'dist/fixtures/saga.json', '--data-dir', dir], '').stdout).toContain('1 of 4 endings found.');
  });
});
