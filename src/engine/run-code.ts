// Run codes: a route written short enough to share. Seed, the echoes the run began
// with, and the choices, packed into one number whose digits each have the base of
// the options offered at that choice point (plus one, for "the route ends here").
import type { RouteStep } from './history.js';
import type { InkValue } from './story-state.js';

export interface RunCode {
  seed: number;
  variables: Record<string, InkValue>;
  /** The choices, decoded one at a time as the story offers them. */
  route: RouteReader;
}

export class BadRunCode extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BadRunCode';
  }
}

/** Hands out the choices of a decoded route; it needs to know how many options each point has. */
export class RouteReader {
  constructor(private rest: bigint) {}

  get done(): boolean {
    return this.rest === 0n;
  }

  /** The option (from 0) to take among `count`, or null when the route ends here. */
  next(count: number): number | null {
    const base = BigInt(count + 1);
    const digit = this.rest % base;
    if (digit === 0n) {
      // The route ends only if nothing is left; a zero digit mid-route means the code
      // was made for a story that offers different options here.
      if (this.rest !== 0n) throw new BadRunCode('This run code does not fit this story: it may be from another version.');
      return null;
    }
    this.rest /= base;
    return Number(digit) - 1;
  }
}

function checksum(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum = (sum * 31 + body.charCodeAt(i)) % 36;
  return sum.toString(36);
}

function toBase36(n: bigint): string {
  return n.toString(36);
}

function fromBase36(text: string): bigint {
  let n = 0n;
  for (const ch of text) n = n * 36n + BigInt(parseInt(ch, 36));
  return n;
}

/**
 * `echoes` names the story's echo variables in a fixed order (sorted): bit i of the
 * mask is the i-th. `runs_completed` travels with them, so the route plays the same.
 */
export function encodeRunCode(seed: number, variables: Record<string, InkValue>, route: readonly RouteStep[], echoes: readonly string[]): string {
  let mask = 0n;
  echoes.forEach((name, i) => {
    if (variables[name] === true) mask |= 1n << BigInt(i);
  });
  const runs = typeof variables.runs_completed === 'number' ? variables.runs_completed : 0;
  let path = 0n;
  for (let i = route.length - 1; i >= 0; i--) {
    const step = route[i] as RouteStep;
    path = path * BigInt(step.count + 1) + BigInt(step.index + 1);
  }
  const body = [seed.toString(36), toBase36(mask), runs.toString(36), toBase36(path)].join('-');
  return `${body}${checksum(body)}`.toUpperCase();
}

export function decodeRunCode(code: string, echoes: readonly string[], declaresRuns: boolean): RunCode {
  const text = code.trim().toLowerCase();
  const m = /^([0-9a-z]{1,7})-([0-9a-z]{1,14})-([0-9a-z]{1,4})-([0-9a-z]+)$/.exec(text);
  if (!m || text.length > 4000) throw new BadRunCode('That is not a run code: it looks like 1A2B3-0-0-XYZ, as printed at an ending.');
  const body = text.slice(0, -1);
  if (checksum(body) !== text.slice(-1) || (m[4] ?? '').length < 2) throw new BadRunCode('That run code has a typo in it: its last letter does not match.');
  const seed = parseInt(m[1] ?? '', 36);
  if (seed > 0x7fffffff) throw new BadRunCode('That run code has a seed out of range.');
  const mask = fromBase36(m[2] ?? '');
  const variables: Record<string, InkValue> = {};
  echoes.forEach((name, i) => {
    variables[name] = (mask & (1n << BigInt(i))) !== 0n;
  });
  if (mask >> BigInt(echoes.length) !== 0n) throw new BadRunCode('This run code does not fit this story: it opens echoes the story does not have.');
  const runs = parseInt(m[3] ?? '', 36);
  if (declaresRuns) variables.runs_completed = runs;
  return { seed, variables, route: new RouteReader(fromBase36((m[4] ?? '').slice(0, -1))) };
}
