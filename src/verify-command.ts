// `insurrection verify`: parses its options, loads the story, runs the explorer with a
// progress line on a terminal, and prints the report (text or --json). Exit codes: 0 no
// defects, 1 defects, 2 bad usage or a story that cannot be loaded.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import type { Progress } from './engine/explorer/search.js';
import { verifyStory, type PassName } from './engine/explorer/verify.js';
import { readStoryFile, StoryFileError } from './story-files.js';
import { renderVerifyReport } from './tui/verify-view.js';

export const VERIFY_HELP = `Usage: insurrection verify [options]

Walks every path of the story and reports every ending with the shortest choice path to
it, endings no path reaches, dead ends, ink errors and warnings, loyalty outside 0-100,
knots, stitches and options never reached, and whether the search was complete. Stories
with echo_* variables are explored twice: every echo false, then every echo true.

Options:
  --story FILE        verify another ink story (.ink source with INCLUDEs, or compiled .json)
  --json              print the report as JSON
  --seed N            seed for ink's RANDOM and shuffles (default 0)
  --time SECONDS      time for the whole search (default 50)
  --max-states N      distinct states per pass, the memory bound (default 4000000)
  --require-complete  count a search that could not finish as a failure
  -h, --help          print this help

Exit codes: 0 no defects, 1 defects found, 2 bad options or a story that cannot be loaded.`;

interface Io {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  isTTY: boolean;
}

class Usage extends Error {}

function positiveNumber(raw: string, flag: string, whole: boolean): number {
  const n = Number(raw);
  if (!/^\d+(\.\d+)?$/.test(raw) || !Number.isFinite(n) || n <= 0 || (whole && !Number.isInteger(n))) {
    throw new Usage(`${flag} takes a ${whole ? 'whole ' : ''}number above 0, not "${raw.slice(0, 20)}".`);
  }
  return n;
}

function parse(args: string[]) {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        story: { type: 'string' },
        json: { type: 'boolean' },
        seed: { type: 'string' },
        time: { type: 'string' },
        'max-states': { type: 'string' },
        'require-complete': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const unknown = /Unknown option '([^']+)'/.exec(message);
    if (unknown) throw new Usage(`unknown option ${unknown[1]}. Try 'insurrection verify --help'.`);
    const missing = /Option '([^']+?)(?: <value>)?' argument missing/.exec(message);
    if (missing) throw new Usage(`${missing[1]?.replace(/^-\w, /, '')} needs a value.`);
    throw new Usage(message.split('\n')[0] ?? 'bad options');
  }
  const seed = values.seed === undefined ? 0 : values.seed === '0' ? 0 : positiveNumber(values.seed, '--seed', true);
  return {
    help: values.help ?? false,
    story: values.story,
    json: values.json ?? false,
    seed,
    timeMs: values.time === undefined ? 50_000 : positiveNumber(values.time, '--time', false) * 1000,
    maxStates: values['max-states'] === undefined ? undefined : positiveNumber(values['max-states'], '--max-states', true),
    requireComplete: values['require-complete'] ?? false,
  };
}

/** The subcommand, given where the built-in story is. */
export function verifyCommand(builtInStory: URL) {
  return async (args: string[], io: Io): Promise<number> => {
    let options: ReturnType<typeof parse>;
    try {
      options = parse(args);
    } catch (err) {
      if (!(err instanceof Usage)) throw err;
      io.stderr.write(`insurrection verify: ${err.message}\n`);
      return 2;
    }
    if (options.help) {
      io.stdout.write(`${VERIFY_HELP}\n`);
      return 0;
    }
    let json: string;
    let name: string;
    try {
      if (options.story === undefined) {
        name = 'Insurrection';
        try {
          json = readFileSync(fileURLToPath(builtInStory), 'utf8').replace(/^\uFEFF/, '');
        } catch {
          throw new StoryFileError("the story is not built yet: run 'npm run build' first.");
        }
      } else {
        name = options.story.replace(/^.*[\\/]/, '').replace(/\.(ink|json)$/i, '');
        json = readStoryFile(options.story);
      }
    } catch (err) {
      if (!(err instanceof StoryFileError)) throw err;
      io.stderr.write(`insurrection verify: ${err.message}\n`);
      return 2;
    }

    const progress = options.json || !io.isTTY ? null : progressLine(io.stdout);
    let report;
    try {
      report = verifyStory(json, {
        seed: options.seed,
        timeMs: options.timeMs,
        ...(options.maxStates !== undefined ? { maxStates: options.maxStates } : {}),
        clock: () => performance.now(),
        ...(progress ? { onProgress: progress.update } : {}),
      });
    } catch (err) {
      progress?.clear();
      // inkjs refuses some files that parse as JSON (an unsupported ink version, say).
      io.stderr.write(`insurrection verify: ${options.story ?? 'the story'} cannot be run: ${(err instanceof Error ? err.message : String(err)).split('\n')[0]}\n`);
      return 2;
    }
    progress?.clear();
    io.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : renderVerifyReport(report, name));
    if (!report.ok) return 1;
    return options.requireComplete && !report.complete ? 1 : 0;
  };
}

/** One self-overwriting line: states, frontier, rate. At most four updates a second. */
function progressLine(out: NodeJS.WriteStream) {
  let last = -Infinity;
  let shown = false;
  return {
    update: (pass: PassName, p: Progress) => {
      const now = performance.now();
      if (now - last < 250) return;
      last = now;
      const rate = p.elapsedMs > 0 ? Math.round((p.states / p.elapsedMs) * 1000) : 0;
      const label = pass === 'story' ? '' : `${pass} pass, `;
      out.write(`\r\u001b[2K${label}${p.phase}: ${p.states.toLocaleString('en-US')} states, frontier ${p.frontier.toLocaleString('en-US')}, ${rate.toLocaleString('en-US')} states/s, ${(p.elapsedMs / 1000).toFixed(0)} s`);
      shown = true;
    },
    clear: () => {
      if (shown) out.write('\r\u001b[2K');
    },
  };
}
