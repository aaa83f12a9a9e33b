// Line-at-a-time input for piped and plain play: one answer per line, null at end of input.
import { createInterface, type Interface } from 'node:readline';

/** C0 and C1 control characters except tab: a typed escape sequence must not drive the terminal. */
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g;

export class LineInput {
  private readonly lines: string[] = [];
  private closed = false;
  private waiting: ((line: string | null) => void) | null = null;
  private readonly rl: Interface;

  constructor(input: NodeJS.ReadableStream) {
    this.rl = createInterface({ input, terminal: false, crlfDelay: Infinity });
    this.rl.on('line', (raw) => {
      // Control characters never reach the screen again when an answer is echoed.
      const line = raw.replace(CONTROL, '?');
      if (this.waiting) {
        const w = this.waiting;
        this.waiting = null;
        w(line);
      } else {
        this.lines.push(line);
      }
    });
    this.rl.on('close', () => {
      this.closed = true;
      if (this.waiting) {
        const w = this.waiting;
        this.waiting = null;
        w(null);
      }
    });
  }

  /** The next line, without its line ending; null once input has ended. */
  next(): Promise<string | null> {
    const line = this.lines.shift();
    // Handed over on the next turn of the event loop, not at once: with a whole script of
    // answers already buffered, a signal or a closed output must still be heard between them.
    if (line !== undefined) return new Promise((resolve) => setImmediate(() => resolve(line)));
    if (this.closed) return Promise.resolve(null);
    return new Promise((resolve) => {
      this.waiting = resolve;
    });
  }

  close(): void {
    this.rl.close();
  }
}
