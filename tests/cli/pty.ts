// Runs the built command in a pseudo-terminal (util-linux `script`), the way a player's
// terminal would: keys go in as bytes, and the test reads every byte that comes out,
// escape codes included. After the game exits, the same terminal reports its mode
// (`stty -a`), so a test can see whether raw mode was left on.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { repoPath } from '../helpers.js';

export const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

export interface PtyEnd {
  /** The game's exit code (128 + n if a signal n ended it). */
  code: number;
  /** Everything the game wrote, before the terminal report. */
  output: string;
  /** The terminal was left in canonical (cooked) mode with echo on. */
  cooked: boolean;
}

const quote = (s: string): string => `'${s.replace(/'/g, "'\\''")}'`;

export class PtyGame {
  private readonly child: ChildProcess;
  private text = '';
  private readonly done: Promise<void>;
  private waiters: (() => void)[] = [];

  constructor(args: string[], options: { env?: Record<string, string>; columns?: number } = {}) {
    const game = [process.execPath, repoPath('bin/insurrection.js'), ...args].map(quote).join(' ');
    // `exec` makes the game the inner shell itself, so PID= names the game's process.
    const inner = `echo PID=$$; exec ${game}`;
    const command = `stty cols ${options.columns ?? 80} rows 30; sh -c ${quote(inner)}; code=$?; printf '\\n@@END code=%s ' "$code"; stty -a | tr '\\n' ' '; echo @@`;
    this.child = spawn('script', ['-qfec', command, '/dev/null'], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, TERM: 'xterm-256color', NO_COLOR: '', FORCE_COLOR: '', INSURRECTION_FAST: '', ...options.env },
    });
    this.child.stdout?.on('data', (d: Buffer) => {
      this.text += d.toString('utf8');
      for (const w of this.waiters) w();
    });
    this.done = new Promise((resolve) => this.child.on('exit', () => resolve()));
  }

  get output(): string {
    return this.text;
  }

  /** The game's process id, once its shell has printed it. */
  async pid(): Promise<number> {
    await this.waitFor(/PID=(\d+)/);
    return Number(/PID=(\d+)/.exec(this.text)?.[1]);
  }

  /** Waits until the output (after `from` characters) matches; fails after `ms`. */
  waitFor(pattern: string | RegExp, from = 0, ms = 10_000): Promise<number> {
    const found = (): number => {
      const rest = this.text.slice(from);
      const at = typeof pattern === 'string' ? rest.indexOf(pattern) : (pattern.exec(rest)?.index ?? -1);
      return at < 0 ? -1 : from + at;
    };
    return new Promise((resolve, reject) => {
      const check = () => {
        const at = found();
        if (at < 0) return;
        clearTimeout(timer);
        this.waiters = this.waiters.filter((w) => w !== check);
        resolve(at);
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== check);
        reject(new Error(`timed out waiting for ${String(pattern)}; output so far: ${JSON.stringify(this.text.slice(-600))}`));
      }, ms);
      this.waiters.push(check);
      check();
    });
  }

  send(keys: string): void {
    this.child.stdin?.write(keys);
  }

  async end(ms = 15_000): Promise<PtyEnd> {
    const timer = setTimeout(() => this.child.kill('SIGKILL'), ms);
    await this.waitFor('@@END', 0, ms).catch(() => undefined);
    await this.waitFor(/@@END[^@]*@@/, 0, 2000).catch(() => undefined);
    this.child.stdin?.end();
    await this.done;
    clearTimeout(timer);
    const at = this.text.indexOf('\r\n@@END');
    const report = /@@END code=(\d+) ([^@]*)@@/.exec(this.text);
    const stty = report?.[2] ?? '';
    const start = this.text.indexOf('\n', this.text.indexOf('PID=')) + 1;
    return {
      code: Number(report?.[1] ?? -1),
      output: this.text.slice(start, at < 0 ? undefined : at),
      cooked: /(^|\s)icanon(\s|$)/.test(stty) && /(^|\s)echo(\s|$)/.test(stty),
    };
  }
}

/** Cursor made visible again. */
export const SHOW_CURSOR = '\u001b[?25h';
