// Static counts over the ink source (issue 4, "choices carry weight"): how many choice options
// move each officer's loyalty, and how many conditions read it and the Prime Directive. An
// option's body is everything from its `*`/`+` line to the next option, stitch or knot, so an
// option counts once however many lines of its body move the same officer.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const OFFICER_VARIABLES = {
  Data: 'loyalty_data',
  Riker: 'loyalty_riker',
  LaForge: 'loyalty_laforge',
  Worf: 'loyalty_worf',
  Troi: 'loyalty_troi',
  Crusher: 'loyalty_crusher',
} as const;
export type Officer = keyof typeof OFFICER_VARIABLES;

export interface SourceAudit {
  /** Options whose body moves this officer's loyalty (directly, or through loyalty_all). */
  moves: Record<Officer, number>;
  /** Comparisons that read this officer's loyalty (`loyalty_worf >= 60`, in any file but state.ink). */
  reads: Record<Officer, number>;
  /** Conditions that read the Prime Directive's state, stance or strain (outside state.ink's own functions). */
  primeDirectiveReads: number;
}

const OFFICERS = Object.keys(OFFICER_VARIABLES) as Officer[];
const PD_READ = /\b(?:prime_directive|pd_stance)\s*[=!]=|\bpd_strain\s*[<>=!]|\bis_one_of\(\s*(?:prime_directive|pd_stance)\b|\{\s*(?:prime_directive|pd_stance)\s*:/g;

export function auditSources(storyDir: string): SourceAudit {
  const moves = Object.fromEntries(OFFICERS.map((o) => [o, 0])) as Record<Officer, number>;
  const reads = Object.fromEntries(OFFICERS.map((o) => [o, 0])) as Record<Officer, number>;
  let primeDirectiveReads = 0;
  const files = readdirSync(storyDir).filter((f) => f.endsWith('.ink') && f !== 'state.ink');
  for (const file of files) {
    const lines = readFileSync(join(storyDir, file), 'utf8').split('\n');
    let body: string[] = [];
    let inOption = false;
    const flush = () => {
      if (inOption) {
        const text = body.join('\n');
        for (const o of OFFICERS) if (text.includes(`loyalty(${o},`) || (o !== 'Data' && text.includes('loyalty_all('))) moves[o]++;
      }
      body = [];
    };
    for (const raw of lines) {
      const line = raw.replace(/\/\/.*$/, '');
      const isOption = /^\s*[*+]/.test(line);
      if (isOption || /^\s*={1,}\s*\w/.test(line)) {
        flush();
        inOption = isOption;
      }
      body.push(line);
      for (const o of OFFICERS) reads[o] += (line.match(new RegExp(`\\b${OFFICER_VARIABLES[o]}\\s*[<>=!]`, 'g')) ?? []).length;
      primeDirectiveReads += (line.match(PD_READ) ?? []).length;
    }
    flush();
  }
  return { moves, reads, primeDirectiveReads };
}
