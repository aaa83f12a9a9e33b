// The insurrection command: parses arguments, loads the story, wires the terminal UI,
// and turns every outcome into an exit code. No story logic lives here.
import { readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { homedir } from 'node:os';
import { Story } from './engine/ink.js';
import { BadRunCode, decodeRunCode } from './engine/run-code.js';
import { freshSeed, Session } from './engine/session.js';
import { takePrimedSession } from './engine/primed-session.js';
import { declares } from './engine/story-state.js';
import { dataDir, storyIdentity } from './store/data-dir.js';
import { Logbook } from './store/logbook.js';
import { GameStore, writePlayerFile } from './store/store.js';
import { Game, type GameExit } from './tui/game.js';
import { makeTheme } from './tui/theme.js';

declare const __VERSION__: string | undefined;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';

export const EXIT = { ok: 0, failure: 1, usage: 2, interrupted: 130 } as const;

export class UsageError extends Error {}

const HELP = `Usage: insurrection [options]
       insurrection verify [options]   check every path of the story (see --help there)

Insurrection is a terminal interactive fiction: you are Captain Picard in the Ba'ku affair.

Options:
  --seed N        seed the story's randomness: the same seed and choices replay exactly
  --replay CODE   replay a run code (printed at every ending), then play on from there
  --story FILE    play another ink story (.ink source or compiled .json)
  --data-dir DIR  keep saves and the endings profile in DIR (or INSURRECTION_DATA_DIR)
  --fast          show text at once, without the reading pace
  --no-color      plain text without colours (NO_COLOR=1 does the same)
  --plain         for screen readers: no colour, no redraws, numbered choices
                  typed as lines, speakers named (TERM=dumb does the same)
  -v, --version   print the version
  -h, --help      print this help

Keys: arrows and Enter, or a number key, choose; r rewind, u undo, f skip, m map,
e endings, s crew, Tab menu (save, load, transcript...), ? help, q quit.
Piped: type a choice number per line, or a command: save NAME, load NAME, continue,
rewind [N], undo, skip, replay, map [all|N], endings, chapter [N], transcript FILE,
code, status, new, help, quit.`;

export interface PlayFlags {
  seed?: number;
  story?: string;
  replay?: string;
  dataDir?: string;
  fast: boolean;
  noColor: boolean;
  plain: boolean;
}

export type Command = { kind: 'help' } | { kind: 'version' } | { kind: 'play'; flags: PlayFlags } | { kind: 'sub'; name: string; args: string[] };

/** A subcommand gets its own arguments and the streams; it returns the exit code. */
export type Subcommand = (args: string[], io: { stdout: NodeJS.WriteStream; stderr: NodeJS.WriteStream; isTTY: boolean }) => Promise<number>;

const SUBCOMMANDS: Record<string, () => Promise<Subcommand>> = {};

export function registerSubcommand(name: string, load: () => Promise<Subcommand>): void {
  SUBCOMMANDS[name] = load;
}

// The explorer and the ink compiler load only when asked for.
registerSubcommand('verify', async () => (await import('./verify-command.js')).verifyCommand(new URL('./story.json', import.meta.url)));

function parseSeed(raw: string): number {
  if (!/^\d{1,10}$/.test(raw) || Number(raw) > 0x7fffffff) {
    throw new UsageError(`--seed takes a whole number from 0 to 2147483647, not "${raw.slice(0, 20)}".`);
  }
  return Number(raw);
}

export function parseCommand(argv: string[]): Command {
  const first = argv[0];
  if (first !== undefined && !first.startsWith('-')) {
    if (first in SUBCOMMANDS) return { kind: 'sub', name: first, args: argv.slice(1) };
    throw new UsageError(`unknown command "${first.slice(0, 30)}". Try 'insurrection --help'.`);
  }
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        seed: { type: 'string' },
        story: { type: 'string' },
        replay: { type: 'string' },
        'data-dir': { type: 'string' },
        fast: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        plain: { type: 'boolean' },
      },
    }));
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const unknown = /Unknown option '([^']+)'/.exec(message);
    if (unknown) throw new UsageError(`unknown option ${unknown[1]}. Try 'insurrection --help'.`);
    const flag = /Option '(?:-\w, )?(--[\w-]+)' does not take an argument/.exec(message);
    if (flag) throw new UsageError(`${flag[1]} does not take a value. Try 'insurrection --help'.`);
    const missing = /Option '([^']+?)(?: <value>)?' argument missing/.exec(message);
    if (missing) throw new UsageError(`${missing[1]?.replace(/^-\w, /, '')} needs a value. Try 'insurrection --help'.`);
    throw new UsageError(`${message.split('\n')[0]} Try 'insurrection --help'.`);
  }
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  if (values.replay !== undefined && values.seed !== undefined) throw new UsageError('--replay carries its own seed; leave out --seed.');
  if (values['data-dir'] === '') throw new UsageError('--data-dir needs a folder.');
  return {
    kind: 'play',
    flags: {
      ...(values.seed !== undefined ? { seed: parseSeed(values.seed) } : {}),
      ...(values.story !== undefined ? { story: values.story } : {}),
      ...(values.replay !== undefined ? { replay: values.replay } : {}),
      ...(values['data-dir'] !== undefined ? { dataDir: values['data-dir'] } : {}),
      fast: values.fast ?? false,
      noColor: values['no-color'] ?? false,
      plain: values.plain ?? false,
    },
  };
}

/** The built-in story's JSON when it is already in memory (the startup snapshot puts it there). */
let builtInStory: string | null = null;

export function useBuiltInStory(json: string): void {
  builtInStory = json;
}

/** Loads the story to play: the built-in one, or any .ink or compiled .json file. */
export async function loadStory(path: string | undefined): Promise<{ json: string; title: string }> {
  if (path === undefined && builtInStory !== null) return { json: builtInStory, title: 'Insurrection' };
  if (path === undefined) {
    const builtIn = new URL('./story.json', import.meta.url);
    let json: string;
    try {
      json = readFileSync(builtIn, 'utf8');
    } catch {
      throw new LoadError("The story is not built yet: run 'npm run build' first.");
    }
    return { json: json.replace(/^\uFEFF/, ''), title: 'Insurrection' };
  }
  let isDir = false;
  try {
    isDir = statSync(path).isDirectory();
  } catch {
    throw new LoadError(`${path}: no such file.`);
  }
  if (isDir) throw new LoadError(`${path} is a folder; give an .ink or .json story file.`);
  let json: string;
  if (/\.ink$/i.test(path)) {
    // The compiler is twice the size of the runtime: load it only for ink source.
    const { compileInkFile } = await import('./story-files.js');
    const { formatDiagnostic } = await import('./engine/compile.js');
    const result = compileInkFile(path);
    if (result.json === null || result.diagnostics.some((d) => d.severity === 'error')) {
      const first = result.diagnostics.find((d) => d.severity === 'error') ?? result.diagnostics[0];
      const count = result.diagnostics.filter((d) => d.severity === 'error').length;
      const where = first ? formatDiagnostic(first).split('\n')[0] : 'unknown error';
      throw new LoadError(`${path} does not compile: ${where}${count > 1 ? ` (and ${count - 1} more)` : ''}`);
    }
    json = result.json;
  } else {
    try {
      json = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
    } catch (err) {
      throw new LoadError(`${path}: cannot read (${err instanceof Error ? err.message : String(err)}).`);
    }
  }
  try {
    const story = new Story(json);
    const titleTag = (story.globalTags ?? []).find((t) => /^title:/i.test(t));
    const title = titleTag ? titleTag.slice(titleTag.indexOf(':') + 1).trim() : path.replace(/^.*[\\/]/, '').replace(/\.(ink|json)$/i, '');
    return { json, title };
  } catch (err) {
    if (err instanceof Error && /newer than the current version/i.test(err.message)) throw new LoadError(`${path} was compiled by a newer ink than this game can run.`);
    throw new LoadError(`${path} is not an ink story (neither ink source nor compiled ink JSON).`);
  }
}

export class LoadError extends Error {}

function colourWanted(flags: PlayFlags, interactive: boolean): boolean {
  const env = process.env;
  if (flags.noColor) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR === '0') return false;
  return interactive;
}

/** Set once arrow-key mode is in use: only then may the cursor have been hidden. */
let cursorMayBeHidden = false;

function restoreTerminal(): void {
  const stdin = process.stdin as NodeJS.ReadStream;
  if (stdin.isTTY && typeof stdin.setRawMode === 'function') {
    try {
      stdin.setRawMode(false);
    } catch {
      // the terminal may already be gone
    }
  }
  if (process.stdout.isTTY && cursorMayBeHidden) process.stdout.write('\u001b[?25h');
}

async function play(flags: PlayFlags): Promise<number> {
  const story = await loadStory(flags.story);
  // A dumb terminal cannot redraw: it gets the plain, append-only mode.
  const plain = flags.plain || process.env.TERM === 'dumb';
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY) && !plain;
  cursorMayBeHidden = interactive;
  const theme = makeTheme({ color: colourWanted(flags, interactive), unicode: !plain, plain });
  const interrupt = () => {
    restoreTerminal();
    process.stdout.write('\n');
    process.exit(EXIT.interrupted);
  };
  process.on('SIGINT', interrupt);
  process.on('SIGTERM', interrupt);
  const session = takePrimedSession(story.json, flags.seed ?? 0) ?? new Session(story.json, { seed: flags.seed ?? 0 });
  let replay;
  if (flags.replay !== undefined) {
    try {
      replay = decodeRunCode(flags.replay, session.echoVariables, declares(session.story, 'runs_completed'));
    } catch (err) {
      if (err instanceof BadRunCode) throw new UsageError(err.message);
      throw err;
    }
  }
  const store = new GameStore(dataDir(flags.dataDir, { platform: process.platform, env: process.env, home: homedir() }), storyIdentity(story.json, flags.story));
  const game = new Game({
    session,
    logbook: new Logbook(store, session, story.json, () => new Date()),
    title: story.title,
    ...(flags.seed !== undefined ? { seed: flags.seed } : {}),
    newSeed: () => freshSeed(),
    ...(replay ? { replay } : {}),
    writeFile: writePlayerFile,
    theme,
    interactive,
    pacing: !flags.fast && process.env.INSURRECTION_FAST !== '1',
    input: process.stdin,
    output: process.stdout,
    onInterrupt: interrupt,
  });
  const exit: GameExit = await game.run();
  restoreTerminal();
  if (exit === 'interrupted') {
    process.stdout.write('\n');
    return EXIT.interrupted;
  }
  return exit === 'input-ended' && game.progressLost ? EXIT.failure : EXIT.ok;
}

export async function main(argv: string[]): Promise<number> {
  let command: Command;
  try {
    command = parseCommand(argv);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`insurrection: ${err.message}\n`);
      return EXIT.usage;
    }
    throw err;
  }
  switch (command.kind) {
    case 'help':
      process.stdout.write(`${HELP}\n`);
      return EXIT.ok;
    case 'version':
      process.stdout.write(`insurrection ${VERSION}\n`);
      return EXIT.ok;
    case 'sub': {
      const load = SUBCOMMANDS[command.name];
      if (!load) return EXIT.usage;
      const run = await load();
      return run(command.args, { stdout: process.stdout, stderr: process.stderr, isTTY: Boolean(process.stdout.isTTY) });
    }
    case 'play':
      try {
        return await play(command.flags);
      } catch (err) {
        if (err instanceof LoadError) {
          process.stderr.write(`insurrection: ${err.message}\n`);
          return EXIT.failure;
        }
        if (err instanceof UsageError) {
          process.stderr.write(`insurrection: ${err.message}\n`);
          return EXIT.usage;
        }
        throw err;
      }
  }
}

function isMain(): boolean {
  const entry = process.argv[1] ?? '';
  return /(?:^|[\\/])(?:insurrection(?:\.js)?|cli\.js)$/.test(entry);
}

/** Runs the command line and exits the process: what bin/ and the startup snapshot call. */
export function start(argv: string[]): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    // A reader that went away (insurrection | head -5) is not an error worth a word.
    if (err.code === 'EPIPE') process.exit(EXIT.ok);
  });
  main(argv).then(
    (code) => {
      process.exitCode = code;
      // Stdin may still hold the event loop open; leave once output has drained.
      process.stdout.write('', () => process.exit(code));
    },
    (err: unknown) => {
      restoreTerminal();
      const message = err instanceof Error ? err.message : String(err);
      process.stderr.write(`insurrection: unexpected error: ${message.split('\n')[0]}\n`);
      process.exit(EXIT.failure);
    },
  );
}

// The snapshot build bundles this module without running it as the entry point.
declare const __SNAPSHOT__: boolean | undefined;
if (typeof __SNAPSHOT__ === 'undefined' && isMain()) start(process.argv.slice(2));
