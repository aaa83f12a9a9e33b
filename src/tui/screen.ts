// Where text meets the terminal: writing, the reading pace between paragraphs, and
// the key that skips it. Knows columns at the moment of writing, so a resize re-wraps.
import type { Layout } from './render.js';

export interface ScreenOptions {
  out: NodeJS.WriteStream | NodeJS.WritableStream;
  input: NodeJS.ReadStream | NodeJS.ReadableStream;
  /** Arrow-key mode on a real terminal; false for piped and plain play. */
  interactive: boolean;
  /** Pause between paragraphs (interactive only). */
  pacing: boolean;
  /** Called when Ctrl-C arrives while the screen is listening for the skip key. */
  onInterrupt: () => void;
}

const FALLBACK_COLUMNS = 80;

export class Screen {
  private skipping = false;
  private listening = false;
  private readonly onData = (data: Buffer | string) => {
    const s = data.toString();
    if (s.includes('\u0003')) {
      this.stopListening();
      this.options.onInterrupt();
      return;
    }
    this.skipping = true;
    this.wake?.();
  };
  private wake: (() => void) | null = null;

  constructor(private readonly options: ScreenOptions) {}

  get interactive(): boolean {
    return this.options.interactive;
  }

  layout(): Layout {
    const out = this.options.out as NodeJS.WriteStream;
    const envColumns = Number(process.env.COLUMNS);
    const columns = out.isTTY && out.columns ? out.columns : Number.isFinite(envColumns) && envColumns > 0 ? envColumns : FALLBACK_COLUMNS;
    return { columns: Math.max(20, columns), indent: this.options.interactive ? 2 : 0 };
  }

  write(text: string): void {
    this.options.out.write(text);
  }

  print(text = ''): void {
    this.options.out.write(`${text}\n`);
  }

  /** A pause sized to what was just shown; any key skips to the next choice. */
  async pace(words: number): Promise<void> {
    if (!this.options.interactive || !this.options.pacing || this.skipping) return;
    const ms = Math.min(1400, 180 + words * 28);
    this.startListening();
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        this.wake = null;
        resolve();
      }, ms);
      this.wake = () => {
        clearTimeout(timer);
        this.wake = null;
        resolve();
      };
    });
  }

  /** Called before a prompt takes the keyboard: stop listening, and pace again after it. */
  settle(): void {
    this.stopListening();
    this.skipping = false;
  }

  private startListening(): void {
    if (this.listening) return;
    const input = this.options.input as NodeJS.ReadStream;
    if (!input.isTTY || typeof input.setRawMode !== 'function') return;
    input.setRawMode(true);
    input.on('data', this.onData);
    input.resume();
    this.listening = true;
  }

  private stopListening(): void {
    if (!this.listening) return;
    const input = this.options.input as NodeJS.ReadStream;
    input.off('data', this.onData);
    if (input.isTTY && typeof input.setRawMode === 'function') input.setRawMode(false);
    input.pause();
    this.listening = false;
  }
}
