// A game in piped play that stays running while the test types into it line by line,
// so two games can be interleaved, or one killed at a chosen moment.
import { spawn, type ChildProcess } from 'node:child_process';
import { repoPath } from '../helpers.js';

export class LineGame {
  readonly child: ChildProcess;
  private text = '';
  private readonly exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  constructor(args: string[], options: { env?: Record<string, string>; node?: string[] } = {}) {
    this.child = spawn(process.execPath, [...(options.node ?? []), repoPath('bin/insurrection.js'), ...args], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...options.env },
    });
    this.child.stdout?.on('data', (d: Buffer) => {
      this.text += d.toString('utf8');
    });
    this.child.stderr?.on('data', (d: Buffer) => {
      this.text += d.toString('utf8');
    });
    this.exit = new Promise((resolve) => this.child.on('exit', (code, signal) => resolve({ code, signal })));
  }

  get output(): string {
    return this.text;
  }

  /** Waits until `text` has appeared `times` times in the output. */
  async waitFor(text: string, times = 1, ms = 10_000): Promise<void> {
    const start = Date.now();
    while (this.text.split(text).length - 1 < times) {
      if (Date.now() - start > ms) throw new Error(`timed out waiting for ${JSON.stringify(text)}; output: ${JSON.stringify(this.text.slice(-500))}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  send(line: string): void {
    this.child.stdin?.write(`${line}\n`);
  }

  /** Closes input and waits for the game to leave. */
  async close(): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    this.child.stdin?.end();
    return this.exit;
  }

  exited(): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    return this.exit;
  }
}
