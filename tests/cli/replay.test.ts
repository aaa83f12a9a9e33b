// The replay features through the real command in piped play, each with a temporary
// data directory: what a player types, what they see, and what lands on disk.
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ANSI, runCli, tempDataDir } from './run-cli.js';

// Compiled by the global setup: spawning on the .ink would load the ink compiler every time.
const saga = ['--story', 'dist/fixtures/saga.json', '--seed', '5'];

/** Runs the saga with its own data dir (shared across calls when given). */
function play(input: string, dir = tempDataDir(), extra: string[] = []) {
  const run = runCli([...saga, '--data-dir', dir, ...extra], input);
  return { ...run, dir };
}

const storyDir = (dir: string): string => {
  const stories = join(dir, 'stories');
  const name = readdirSync(stories).find((n) => n.startsWith('story-saga-'));
  if (!name) throw new Error('no story folder');
  return join(stories, name);
};

const DAWN = '1\n1\n1\n1\n1\n1\n';

/** Output with every run of whitespace made one space: messages wrap at the terminal's width. */
const flat = (text: string): string => text.replace(/\s+/g, ' ');

// One finished run (to Dawn), then the gallery and the map from the final question: many
// tests start from a copy of this data dir, so the suite spawns the game fewer times.
let veteran: { stdout: string; dir: string };
beforeAll(() => {
  veteran = play(`${DAWN}4\n5\n`);
});
const afterOneRun = (): string => {
  const dir = tempDataDir();
  cpSync(veteran.dir, dir, { recursive: true });
  return dir;
};

describe('saves', () => {
  it('saves to a named slot and restores it, text on screen included, in a later session', () => {
    const first = play('1\n2\nsave Library\nquit\n');
    expect(first.stdout).toContain('Saved as "library". (load library restores it)');
    expect(existsSync(join(storyDir(first.dir), 'saves', 'library.json'))).toBe(true);
    const again = play('load library\n', first.dir);
    expect(again.stdout).toContain('Restored "library" (2 choices in).\n\nA book lies open.\n\n1. Read the book\n2. Close it\n> ');
  });

  it('autosaves after every choice, and "continue" picks the run up where it was left', () => {
    const first = play('2\nsave ../../etc\nload nothing\n1\n1\n');
    expect(first.stdout.trimEnd().endsWith('Input ended; progress saved.')).toBe(true);
    expect(flat(first.stdout)).toContain('A save name is 1 to 32 letters, digits, - or _, starting with a letter or digit.');
    expect(first.stdout).toContain('There is no save called "nothing".');
    const again = play('continue\n1\n', first.dir);
    expect(again.stdout).toContain('Continuing where you left off (3 choices in).\n\nIt is sweet.');
    expect(again.stdout).toMatch(/You climb the hill\. The die shows \d+\.\n\n1\. Rest/);
  });

  it('keeps the previous version of a slot, and honours INSURRECTION_DATA_DIR', () => {
    const dir = tempDataDir();
    const run = runCli(saga, '1\nsave a\n1\nsave a\n', { INSURRECTION_DATA_DIR: dir });
    expect(run.stdout.match(/Saved as "a"/g)).toHaveLength(2);
    const saves = readdirSync(join(storyDir(dir), 'saves')).sort();
    expect(saves).toEqual(['a.json', 'a.json.bak', 'autosave.json', 'autosave.json.bak']);
  });

  it('refuses a save from another version of the story in one line, and plays on', () => {
    const first = play('1\nsave old\n');
    const file = join(storyDir(first.dir), 'saves', 'old.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/"storyVersion":"[0-9a-f]+"/, '"storyVersion":"000000000000"'));
    const again = play('load old\n1\n', first.dir);
    expect(flat(again.stdout)).toContain(`The save "old" cannot be restored: it was made with another version of the story. (${file} was left as it is.)`);
    expect(again.stdout).toContain('It swings open.');
    expect(again.stderr).toBe('');
  });

});

describe('rewind', () => {
  it('lists the choices made, goes back to one, shows that moment again, and plays another branch', () => {
    const run = play('1\n1\n1\nrewind\n2\n2\n1\n');
    expect(run.stdout).toContain('Choices in this run (rewind N goes back to choice N)\n1. ch. 1 · Open the gate\n2. ch. 1 · Go left, to the orchard\n3. ch. 1 · Eat a fruit\n4. ch. 2 · (you are here)\nRewind to which choice? (Enter to stay) 2\n\n');
    expect(flat(run.stdout)).toContain('Rewound to choice 2. (undo puts back what you rewound, until your next choice.) It swings open. The path forks.');
    expect(run.stdout).toContain('2. Go right, to the library ✦\n> 2. Go right, to the library\n\nA book lies open.');
  });

  it('undoes a rewind, and keeps the rewind history in a save', () => {
    const first = play('1\n1\n1\nrewind 1\nundo\nsave deep\n');
    expect(first.stdout).toContain('The rewind is undone.\n\nIt is sweet.');
    const again = play('load deep\nrewind 1\n2\n', first.dir);
    expect(again.stdout).toContain('Rewound to choice 1.');
    expect(again.stdout).toContain('2. Climb the wall\n\nYou climb, and scrape a knee.');
  });
});

describe('the end of a run, the gallery and echoes', () => {
  it('shows the ending, the count, the run code and the final question', () => {
    expect(veteran.stdout).toMatch(/Ending: Dawn\n─+\n\n1 of 4 endings found\.\nRun code: [0-9A-Z-]+ \(insurrection --replay CODE plays this route again\)\n\nWhat would you like to do\?\n1\. Play again\n2\. Rewind to a choice\n3\. Restore a save\n4\. See the endings\n5\. See the map\n6\. Quit\n> 4\n\nEndings:/);
  });

  it('lists found endings by title and unfound ones as ??? with hints, and counts them on the title', () => {
    expect(veteran.stdout).toContain('Endings: 1 of 4 endings found\n1. ★ Dawn (first ');
    expect(veteran.stdout).toContain('2. ○ ???\n     Hint: Go home the hard way.');
    const again = play('', afterOneRun());
    expect(again.stdout).toContain('S A G A\n1 of 4 endings found.');
  });

  it('opens echo options in the next run and marks them, plus choices taken and new', () => {
    const again = play('1\n2\n', afterOneRun());
    expect(again.stdout).toContain('You have been here before.');
    expect(again.stdout).toContain('1. Open the gate ✓\n2. Climb the wall ✦');
    expect(again.stdout).toContain("2. Look for the keeper's name ◇");
  });

  it('plays again after an ending, rewinds from it, and reaches a second ending', () => {
    const run = play(`${DAWN}2\n6\n2\n`);
    expect(run.stdout).toContain('Rewound to choice 6.');
    expect(run.stdout).toContain('Ending: Dusk');
    expect(run.stdout).toContain('2 of 4 endings found.');
  });
});

describe('the branch map', () => {
  it('draws the choice points met, chapter by chapter, with glyphs and no colour codes', () => {
    expect(veteran.stdout).toContain('├─◉ Go home → ★ Dawn');
    const again = play('1\nmap\nmap all\n', afterOneRun(), ['--no-color']);
    expect(again.stdout).not.toMatch(ANSI);
    expect(again.stdout).toContain('── Chapter 1: The Gate');
    expect(again.stdout).toMatch(/2 The path forks\. ▶ you are here\n {2}├─● Go left, to the orchard → 3\n {2}└─○ Go right, to the library/);
    expect(again.stdout).toContain('▸ Chapter 2: The Hill · 2 choice points · 50%');
    expect(again.stdout).toContain('├─● Go home → ★ Dawn');
  });
});

describe('skip, replay and chapter select', () => {
  it('skips what has been read, along the choices made before, to the next new choice', () => {
    const dir = afterOneRun();
    play('2\n1\n1\n1\n1\n', dir);
    const third = play('skip\n', dir);
    expect(third.stdout).toContain('Skipped 1 choice you had made before: Climb the wall');
  });

  it('"replay" goes back to this run\'s first choice with an untried option', () => {
    const second = play('2\n1\n1\n1\nreplay\n', afterOneRun());
    expect(flat(second.stdout)).toContain('Replayed 1 choice: Climb the wall. Choice 2 has an option you have never taken. You climb, and scrape a knee. The path forks.');
  });

  it('begins a new game at a chapter start reached in an earlier run, in that run\'s state', () => {
    const first = play('1\n1\n1\n1\n');
    const again = play('chapter\nchapter 2\nstatus\n', first.dir);
    expect(again.stdout).toContain('Chapter select (chapter N begins a new game there)\n1. Chapter 1: The Gate (0 choices in)\n2. Chapter 2: The Hill (3 choices in)');
    expect(again.stdout).toMatch(/A new game from Chapter 2: The Hill, as an earlier run reached it\.\n\n── Chapter 2 ─+\nTHE HILL\n\nYou climb the hill\./);
    // The status view has no crew or Prime Directive panels for a story that declares neither.
    expect(again.stdout).toMatch(/> \nChapter 2: The Hill\n\n1\. Rest/);
    expect(again.stdout).not.toContain('Prime Directive');
  });
});

describe('transcripts and run codes', () => {
  it('writes the run so far as Markdown', () => {
    const dir = tempDataDir();
    const file = join(dir, 'route.md');
    const run = play(`1\n2\ntranscript ${file}\n`, dir);
    expect(run.stdout).toContain(`Wrote the transcript to ${file}.`);
    const md = readFileSync(file, 'utf8');
    expect(md).toContain('## Chapter 1: The Gate');
    expect(md).toContain('> **You chose:** Go right, to the library');
    expect(md).toContain('**Where the run stands:**');
  });

  it('--replay plays a printed run code again exactly, then hands over', () => {
    const first = play('2\n2\n2\n2\n2\n1\n');
    const code = /Run code: ([0-9A-Z-]+)/.exec(first.stdout)?.[1] ?? '';
    const replayed = runCli(['--story', 'dist/fixtures/saga.json', '--replay', code, '--data-dir', tempDataDir()], '');
    const story = (s: string) => s.slice(s.indexOf('── Chapter 1'), s.indexOf('Run code'));
    expect(replayed.status).toBe(0);
    expect(story(replayed.stdout)).toBe(story(first.stdout));
    expect(replayed.stdout).toContain('Ending: Storm');
  });

  it('refuses a mistyped code in one line with exit code 2', () => {
    const run = runCli(['--story', 'tests/fixtures/saga.ink', '--replay', '5-0-0-ABCD']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('insurrection: That run code has a typo in it: its last letter does not match.\n');
    expect(runCli(['--replay', 'X', '--seed', '1']).stderr).toContain('--replay carries its own seed');
  });
});

describe('any ink story', () => {
  it('keeps a story file\'s profile apart from the built-in story\'s', () => {
    const dir = afterOneRun();
    const builtIn = runCli(['--data-dir', dir], '');
    expect(builtIn.stdout).toContain('0 of 13 endings found.');
    expect(readdirSync(join(dir, 'stories')).sort()).toEqual(['insurrection', expect.stringMatching(/^story-saga-/)]);
  });

  it('plays a story with no chapters, endings catalogue or crew, with every command', () => {
    const run = runCli(['--story', 'tests/fixtures/plain.ink'], 'map\nendings\nrewind\n\n1\n');
    expect(run.stdout).toContain('Endings: 0 endings found');
    expect(run.stdout).toContain('Branch map:');
    expect(run.stdout).toContain('You wave.');
    expect(run.stderr).toBe('');
  });
});
