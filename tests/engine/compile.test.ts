import { describe, expect, it } from 'vitest';
import { compileInk, formatDiagnostic, parseDiagnostic } from '../../src/engine/compile.js';

const sources = (files: Record<string, string>) => ({
  resolve: (name: string) => name,
  read: (name: string) => {
    const text = files[name];
    if (text === undefined) throw new Error(`no file ${name}`);
    return text;
  },
});

describe('compileInk', () => {
  it('compiles a story with INCLUDEs', () => {
    const result = compileInk('main.ink', sources({ 'main.ink': 'INCLUDE part.ink\n-> part\n', 'part.ink': '=== part ===\nHello.\n-> END\n' }));
    expect(result.diagnostics).toEqual([]);
    expect(result.json).toContain('Hello.');
    expect(result.stats?.knots).toBe(1);
  });

  it('names the file and line of an error in an included file', () => {
    const result = compileInk('main.ink', sources({ 'main.ink': 'INCLUDE part.ink\n-> part\n', 'part.ink': '=== part ===\nHello {nobody}.\n-> END\n' }));
    expect(result.json).toBeNull();
    expect(result.diagnostics).toEqual([{ severity: 'error', file: 'part.ink', line: 2, message: 'Unresolved variable: nobody' }]);
    expect(formatDiagnostic(result.diagnostics[0]!)).toBe('part.ink:2: error: Unresolved variable: nobody');
  });

  it('reports warnings and TODO notes, which the build refuses', () => {
    const result = compileInk('main.ink', sources({ 'main.ink': 'Hello.\nTODO: finish this\n-> END\n' }));
    expect(result.diagnostics).toEqual([{ severity: 'warning', file: 'main.ink', line: 2, message: 'finish this' }]);
  });

  it('explains a missing file instead of throwing', () => {
    const result = compileInk('nope.ink', sources({}));
    expect(result.json).toBeNull();
    expect(result.diagnostics[0]?.message).toMatch(/cannot read/);
  });

  it('parses messages it does not recognise as they are', () => {
    expect(parseDiagnostic('something odd', 'warning')).toEqual({ severity: 'warning', file: null, line: null, message: 'something odd' });
  });
});
