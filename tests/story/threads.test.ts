// Every thread the story sets is picked up again: a variable declared in story/state.ink that
// the ink assigns must also be read somewhere, by a condition, an inline conditional or any
// other expression. A flag that nothing reads is a choice nobody remembers.
//
// The check reads the compiled story rather than the ink text, because the compiler already
// tells a read (`VAR?`) from an assignment (`VAR=`), so a prose word such as "hours" is never
// mistaken for one. Updating a variable from itself (`~ x = x + 1`, `~ x++`, `~ x += a`) is not
// a read: it only keeps the thread going.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileInk } from '../../src/engine/compile.js';
import { compiled, repoPath } from '../helpers.js';

// The only exceptions: variables the engine reads from TypeScript (the crew panel, the Prime
// Directive meter, the Son'a clock, the secrets the profile keeps, Data's fate in the gallery),
// so the ink may set them without reading them. The last test checks each is really named in src/.
const READ_BY_ENGINE = [
  'loyalty_data', 'loyalty_riker', 'loyalty_laforge', 'loyalty_worf', 'loyalty_troi', 'loyalty_crusher', // src/engine/crew.ts
  'prime_directive', 'pd_strain', 'pd_stance', // src/engine/prime-directive.ts
  'hours', 'secrets', // src/engine/session.ts
  'data_state', // src/engine/story-state.ts
];

interface VariableUse {
  reads: Map<string, number>;
  writes: Map<string, number>;
}

type Node = unknown;
const isObject = (n: Node): n is Record<string, Node> => n !== null && typeof n === 'object' && !Array.isArray(n);
const count = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

/** Reads and assignments of global variables in compiled ink JSON (initial values not counted). */
function variableUse(storyJson: string): VariableUse {
  const use: VariableUse = { reads: new Map(), writes: new Map() };
  const visit = (node: Node, inDeclarations: boolean): void => {
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        if (node[i] !== 'ev') {
          visit(node[i], inDeclarations);
          continue;
        }
        // An evaluation block, with the assignment that may follow it: a variable read here and
        // assigned here is only being updated from itself.
        let end = i + 1;
        while (end < node.length && node[end] !== '/ev') end++;
        const block = node.slice(i + 1, end + 2);
        const assigned = new Set(block.filter((n) => isObject(n) && typeof n['VAR='] === 'string').map((n) => (n as Record<string, string>)['VAR=']));
        for (const n of block) {
          if (isObject(n) && typeof n['VAR?'] === 'string') {
            if (!assigned.has(n['VAR?'])) count(use.reads, n['VAR?']);
          } else if (isObject(n) && typeof n['VAR='] === 'string') {
            if (!inDeclarations) count(use.writes, n['VAR=']);
          } else visit(n, inDeclarations);
        }
        i = end + 1;
      }
    } else if (isObject(node)) {
      if (typeof node['VAR?'] === 'string') count(use.reads, node['VAR?']);
      else if (typeof node['VAR='] === 'string') {
        if (!inDeclarations) count(use.writes, node['VAR=']);
      } else for (const [key, child] of Object.entries(node)) visit(child, inDeclarations || key === 'global decl');
    }
  };
  visit((JSON.parse(storyJson) as { root: Node }).root, false);
  return use;
}

function declaredIn(inkFile: string): string[] {
  return [...readFileSync(inkFile, 'utf8').matchAll(/^\s*VAR\s+(\w+)/gm)].map((m) => m[1] as string);
}

/** Declared variables the ink assigns and nothing reads. */
function setButNeverRead(storyJson: string, declared: string[], exceptions: readonly string[] = []): string[] {
  const { reads, writes } = variableUse(storyJson);
  return declared.filter((v) => (writes.get(v) ?? 0) > 0 && !reads.has(v) && !exceptions.includes(v));
}

function compileSnippet(source: string): string {
  const result = compileInk('snippet.ink', { resolve: (name) => name, read: () => source });
  if (result.json === null) throw new Error(JSON.stringify(result.diagnostics));
  return result.json;
}

describe('threads the story sets', () => {
  it('the check tells a read from an assignment or a self-update', () => {
    const json = compileSnippet(
      [
        'VAR kept = false',
        'VAR dropped = false',
        'VAR tally = 0',
        'VAR spoken = 0',
        '~ kept = true',
        '~ dropped = true',
        '~ tally++',
        '~ tally = tally + 2',
        '~ spoken = tally',
        'The hours pass, and kept and dropped are only words here.',
        '{ kept: You remember. }',
        '{spoken}',
        '-> END',
      ].join('\n'),
    );
    expect(setButNeverRead(json, ['kept', 'dropped', 'tally', 'spoken'])).toEqual(['dropped']);
  });

  it('every variable the story sets is read somewhere', () => {
    const unread = setButNeverRead(compiled('story/main.ink'), declaredIn(repoPath('story/state.ink')), READ_BY_ENGINE);
    expect(unread, `set in the ink but never read: ${unread.join(', ')}`).toEqual([]);
  });

  it('each exception is a variable the engine names in src/', () => {
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
    const src = sources(repoPath('src'))
      .filter((f) => !f.endsWith('story-audit.ts'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const declared = declaredIn(repoPath('story/state.ink'));
    for (const v of READ_BY_ENGINE) {
      expect(declared, `${v} is declared in state.ink`).toContain(v);
      expect(src, `${v} is read by the engine`).toContain(`'${v}'`);
    }
  });
});
