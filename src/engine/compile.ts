// Compiles ink source (with INCLUDEs) to story JSON with inkjs's own compiler.
// File access comes in as a callback so the engine itself never touches the disk.
import * as inkFull from 'inkjs/full';
import type { Compiler as CompilerClass, CompilerOptions as CompilerOptionsClass } from 'inkjs/compiler/Compiler';

// See ink.ts: the ESM type entry of inkjs cannot be followed, so borrow the CommonJS declarations.
const Compiler = inkFull.Compiler as unknown as typeof CompilerClass;
const CompilerOptions = inkFull.CompilerOptions as unknown as typeof CompilerOptionsClass;

export interface InkDiagnostic {
  severity: 'error' | 'warning';
  /** Source file as the compiler names it, relative to the entry's folder. */
  file: string | null;
  line: number | null;
  message: string;
}

export interface StoryStats {
  words: number;
  knots: number;
  stitches: number;
  functions: number;
  choices: number;
  gathers: number;
  diverts: number;
}

export interface CompileResult {
  /** Compiled story JSON, or null when there were errors. */
  json: string | null;
  diagnostics: InkDiagnostic[];
  stats: StoryStats | null;
}

export interface InkSources {
  /** Resolves an INCLUDE name (relative to the entry's folder) to a full path. */
  resolve(name: string): string;
  /** Reads a resolved file; throws if it cannot. */
  read(fullPath: string): string;
}

const DIAGNOSTIC = /^(ERROR|WARNING|TODO|RUNTIME ERROR|RUNTIME WARNING):\s*(?:'([^']*)'\s*)?(?:line (\d+):\s*)?(.*)$/s;

/** Splits an inkjs message such as "ERROR: 'act1.ink' line 12: Unresolved variable: y". */
export function parseDiagnostic(raw: string, fallback: 'error' | 'warning'): InkDiagnostic {
  const m = DIAGNOSTIC.exec(raw.trim());
  if (!m) return { severity: fallback, file: null, line: null, message: raw.trim() };
  const kind = m[1] ?? '';
  return {
    severity: kind.includes('ERROR') ? 'error' : 'warning',
    file: m[2] ?? null,
    line: m[3] === undefined ? null : Number(m[3]),
    message: (m[4] ?? '').trim(),
  };
}

export function formatDiagnostic(d: InkDiagnostic): string {
  const where = d.file === null ? '' : d.line === null ? `${d.file}: ` : `${d.file}:${d.line}: `;
  return `${where}${d.severity}: ${d.message}`;
}

/**
 * Compiles `entryName`. Ink's TODO notes count as warnings: a story with either
 * must not ship, so callers treat any diagnostic as a failure.
 */
export function compileInk(entryName: string, sources: InkSources): CompileResult {
  const diagnostics: InkDiagnostic[] = [];
  const fileHandler = {
    ResolveInkFilename: (name: string) => sources.resolve(name),
    LoadInkFileContents: (full: string) => sources.read(full),
  };
  let text: string;
  try {
    text = sources.read(sources.resolve(entryName));
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return { json: null, diagnostics: [{ severity: 'error', file: entryName, line: null, message: `cannot read: ${reason}` }], stats: null };
  }
  // inkjs reports every problem through this handler; its own arrays would repeat them.
  const onMessage = (message: string) => {
    diagnostics.push(parseDiagnostic(message, 'warning'));
  };
  const compiler = new Compiler(text, new CompilerOptions(entryName, [], false, onMessage, fileHandler));
  let json: string | null = null;
  try {
    const story = compiler.Compile();
    const out = story.ToJson();
    json = typeof out === 'string' ? out : null;
  } catch (err) {
    // "Compilation failed." follows reported errors; anything else is a read or parse failure.
    const reason = err instanceof Error ? err.message : String(err);
    if (!diagnostics.some((d) => d.severity === 'error')) {
      diagnostics.push({ severity: 'error', file: null, line: null, message: reason });
    }
    json = null;
  }
  if (diagnostics.some((d) => d.severity === 'error')) json = null;
  let stats: StoryStats | null = null;
  try {
    stats = (compiler.GenerateStats() as StoryStats | null) ?? null;
  } catch {
    stats = null;
  }
  return { json, diagnostics, stats };
}
