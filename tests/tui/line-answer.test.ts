import { describe, expect, it } from 'vitest';
import { parseLineAnswer } from '../../src/tui/commands.js';

describe('typed answers in piped play', () => {
  it('takes a number in range', () => {
    expect(parseLineAnswer(' 2 ', 3)).toEqual({ kind: 'choice', index: 1 });
  });
  it.each([
    ['0', 'There is no choice 0. Type a number from 1 to 3.'],
    ['99', 'There is no choice 99. Type a number from 1 to 3.'],
    ['', 'Type a number from 1 to 3, or "help".'],
    ['abc', '"abc" is not a choice or a command. Type a number from 1 to 3, or "help".'],
  ])('explains %j in one line', (input, message) => {
    expect(parseLineAnswer(input, 3)).toEqual({ kind: 'invalid', message });
  });
  it('keeps the hint short for a very long line', () => {
    const answer = parseLineAnswer('x'.repeat(100_000), 2);
    expect(answer.kind).toBe('invalid');
    expect(answer.kind === 'invalid' && answer.message.length).toBeLessThan(100);
  });
  it('knows the commands and their short forms', () => {
    expect(parseLineAnswer('STATUS', 2)).toEqual({ kind: 'command', command: { name: 'status' } });
    expect(parseLineAnswer('q', 2)).toEqual({ kind: 'command', command: { name: 'quit' } });
    expect(parseLineAnswer('?', 2)).toEqual({ kind: 'command', command: { name: 'help' } });
  });
});
