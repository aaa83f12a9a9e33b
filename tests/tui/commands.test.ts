import { describe, expect, it } from 'vitest';
import { parseCommand, parseLineAnswer } from '../../src/tui/commands.js';

describe('typed replay commands', () => {
  it.each([
    ['save', { name: 'save' }],
    ['save Before The Lake', { name: 'save', slot: 'Before The Lake' }],
    ['load bridge', { name: 'load', slot: 'bridge' }],
    ['restore', { name: 'load' }],
    ['continue', { name: 'load', slot: 'autosave' }],
    ['rewind', { name: 'rewind' }],
    ['rewind 12', { name: 'rewind', to: 12 }],
    ['back', { name: 'rewind', to: -1 }],
    ['undo', { name: 'undo' }],
    ['map', { name: 'map' }],
    ['MAP ALL', { name: 'map', scope: 'all' }],
    ['map 3', { name: 'map', scope: 3 }],
    ['endings', { name: 'endings' }],
    ['transcript my run.md', { name: 'transcript', file: 'my run.md' }],
    ['chapter 2', { name: 'chapter', which: '2' }],
    ['chapters', { name: 'chapter' }],
    ['restart', { name: 'new' }],
    ['skip', { name: 'skip' }],
    ['replay', { name: 'replay' }],
    ['code', { name: 'code' }],
  ])('reads %j', (text, command) => {
    expect(parseCommand(text)).toEqual(command);
  });

  it('explains a bad argument in one line', () => {
    expect(parseLineAnswer('rewind two', 2)).toEqual({ kind: 'invalid', message: '"rewind" takes the number of a choice from the list, not "two".' });
    expect(parseLineAnswer('map everything', 2)).toEqual({ kind: 'invalid', message: '"map" takes "all" or a chapter number, not "everything".' });
    expect(parseCommand('xyzzy')).toBeNull();
  });
});
