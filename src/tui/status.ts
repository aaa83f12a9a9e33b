// The status view: the six officers as bars, the Prime Directive, and the Son'a schedule.
import { ROSTER, tierOf, type CrewId, type CrewLoyalty } from '../engine/crew.js';
import type { PrimeDirective } from '../engine/prime-directive.js';
import { measure, wrap, type Layout } from './render.js';
import type { Theme } from './theme.js';

export interface StatusInput {
  crew: CrewLoyalty | null;
  /** Officers the story has lost: shown as lost, without a bar. */
  lost?: readonly CrewId[];
  primeDirective: PrimeDirective | null;
  /** Hours on the Son'a schedule, shown from chapter 2 on (bible, appendix B). */
  hours: number | null;
  chapter: { number: number; title: string } | null;
}

function bar(value: number, cells: number, theme: Theme): string {
  const filled = Math.round((Math.max(0, Math.min(100, value)) / 100) * cells);
  return theme.accent(theme.glyph.barFull.repeat(filled)) + theme.dim(theme.glyph.barEmpty.repeat(cells - filled));
}

const PD_WORDS: Record<PrimeDirective['state'], string> = {
  upheld: 'upheld',
  strained: 'strained',
  breached: 'breached',
};

export function renderStatus(input: StatusInput, theme: Theme, layout: Layout): string {
  const pad = ' '.repeat(layout.indent);
  const width = measure(layout);
  const lines: string[] = [];
  if (input.chapter) lines.push(wrap(`${theme.dim(`Chapter ${input.chapter.number}:`)} ${input.chapter.title}`, layout));
  if (input.crew) {
    const nameWidth = Math.max(...ROSTER.map((o) => o.name.length));
    // name, space, bar, space, "100", space, tier: fit the bar to what is left.
    const cells = Math.max(5, Math.min(20, width - nameWidth - 1 - 1 - 3 - 1 - 9));
    lines.push(`${pad}${theme.strong('Crew')}`);
    for (const o of ROSTER) {
      const v = input.crew[o.id];
      if (input.lost?.includes(o.id)) {
        lines.push(theme.plain ? `${pad}${o.name}: lost` : `${pad}${o.name.padEnd(nameWidth)} ${theme.dim(`${theme.glyph.rule.repeat(cells)}   lost`)}`);
        continue;
      }
      if (theme.plain) lines.push(`${pad}${o.name}: ${v}, ${tierOf(v)}`);
      else lines.push(`${pad}${o.name.padEnd(nameWidth)} ${bar(v, cells, theme)} ${String(v).padStart(3)} ${theme.dim(tierOf(v))}`);
    }
  }
  if (input.primeDirective) {
    const pd = input.primeDirective;
    const strain = pd.state === 'strained' ? ` (${pd.strain} of 3 strains)` : '';
    lines.push(wrap(`${theme.strong('Prime Directive')} ${theme.glyph.directive} ${PD_WORDS[pd.state]}${strain}`, layout));
    lines.push(wrap(`${theme.dim('What you have said:')} ${pd.stance === 'unspoken' ? 'nothing yet' : `the ${pd.stance}`}`, layout));
  }
  if (input.hours !== null && (input.chapter?.number ?? 0) >= 2) {
    if (theme.plain) {
      lines.push(`${pad}Son'a schedule: ${Math.min(24, Math.max(0, input.hours))} of 24 hours`);
      return lines.join('\n');
    }
    const cells = Math.max(6, Math.min(24, width - 16));
    const filled = Math.round((Math.min(24, Math.max(0, input.hours)) / 24) * cells);
    const sched = theme.error(theme.glyph.barFull.repeat(filled)) + theme.dim(theme.glyph.barEmpty.repeat(cells - filled));
    lines.push(`${pad}${theme.strong("Son'a schedule")} ${sched}`);
  }
  if (lines.length === 0) lines.push(`${pad}${theme.dim('This story keeps no crew or Prime Directive to show.')}`);
  return lines.join('\n');
}
