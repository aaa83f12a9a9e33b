// The verify report as plain text: what `insurrection verify` prints. Paths are written
// the way a player would type them in piped play, one choice number per step from 1.
import type { StoryPath } from '../engine/explorer/findings.js';
import { MAX_DEPTH } from '../engine/explorer/search.js';
import type { PassReport, VerifyReport } from '../engine/explorer/verify.js';

const PASS_TITLES: Record<PassReport['name'], string> = {
  story: 'the story',
  fresh: 'fresh profile (every echo_* false)',
  echoes: 'returning player (every echo_* true)',
};

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/** "2.1.3 (3 choices)", then the last few option texts, so an author can find the spot. */
export function formatPath(path: StoryPath, indent = '    '): string[] {
  if (path.unknown) return [`${indent}path: not recorded (found after the state limit)`];
  if (path.choices.length === 0) return [`${indent}path: none, before the first choice`];
  const numbers = path.choices.map((c) => c + 1).join('.');
  const lines = [`${indent}path: ${numbers}  (${plural(path.choices.length, 'choice')})`];
  const tail = path.labels.slice(-3).map((l) => `"${l}"`);
  if (tail.length > 0) lines.push(`${indent}  …then ${tail.join(' > ')}`);
  return lines;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function passLine(p: PassReport, index: number, count: number): string {
  const rate = p.elapsedMs > 0 ? Math.round((p.states / p.elapsedMs) * 1000) : 0;
  const head = count > 1 ? `Pass ${index + 1} of ${count}, ${PASS_TITLES[p.name]}` : 'Search';
  const limit = { states: 'state limit', transitions: 'work limit', depth: `depth limit of ${MAX_DEPTH} choices`, time: 'time limit' } as const;
  const how = p.complete ? 'complete' : `INCOMPLETE (stopped by the ${limit[p.stoppedBy ?? 'time']})`;
  return `${head}: ${plural(p.states, 'state')} in ${seconds(p.elapsedMs)} (${rate.toLocaleString('en-US')} states/s), ${how}.`;
}

export function renderVerifyReport(report: VerifyReport, storyName: string): string {
  const out: string[] = [];
  const title = report.title || storyName;
  out.push(`Verifying ${title} (seed ${report.seed})`);
  report.passes.forEach((p, i) => out.push(passLine(p, i, report.passes.length)));
  out.push('');

  const tagged = report.endingIds.length;
  out.push(`Endings reached (${report.endings.length} of ${tagged}):`);
  for (const e of report.endings) {
    out.push(`  ${e.name}${e.title && e.title !== e.name ? ` (${e.title})` : ''}${report.passes.length > 1 ? `, in the ${e.pass} pass` : ''}`);
    out.push(...formatPath(e.path));
  }
  if (report.endings.length === 0) out.push('  none');
  section(out, 'Endings no path reaches', report.unreachableEndings, (id) => [`  ${id}`]);

  if (report.locks.length > 0) {
    out.push('', 'Locked endings (reachable only with replay echoes):');
    for (const l of report.locks) {
      const fresh = l.fresh === 'unreachable' ? 'unreachable (proven)' : l.fresh === 'reached' ? 'REACHED: the lock is broken' : 'not reached (not proven: the search was partial)';
      const echoes = l.echoes === 'reached' ? 'reached' : 'NOT REACHED';
      out.push(`  ${l.id}: without echoes ${fresh}; with every echo ${echoes}  ${l.ok ? 'ok' : 'FAIL'}`);
    }
  }

  const routes = report.passes[0]?.routes ?? [];
  if (routes.length > 0) {
    out.push('', 'Known routes (# verify-route):');
    routes.forEach((r, i) => {
      const played = report.passes.map((p) => p.routes[i]).filter((x) => x?.played);
      const reached = played.some((x) => x?.reached);
      const echoes = report.passes.some((p) => p.name === 'echoes' && p.routes[i]?.played);
      out.push(`  to ${r.ending}${echoes ? ' (echoes)' : ''}: ${reached ? 'reaches it' : 'BROKEN'}`);
    });
  }

  section(out, 'Dead ends', report.deadEnds, (d) => [`  in ${d.name}${report.passes.length > 1 ? ` (${d.pass} pass)` : ''}`, ...formatPath(d.path)]);
  section(out, 'Loops with no way out', report.traps, (t) => [`  from ${t.name}`, ...formatPath(t.path)]);
  const ink = report.issues.filter((i) => i.kind !== 'loyalty');
  section(out, 'Ink errors and warnings', ink, (i) => [`  ${i.kind}: ${i.name}`, ...formatPath(i.path)]);
  const loyalty = report.issues.filter((i) => i.kind === 'loyalty');
  section(out, 'Loyalty outside 0-100', loyalty, (i) => [`  ${i.name}`, ...formatPath(i.path)]);

  const u = report.unreached;
  const partial = report.complete ? '' : ' (by this partial search)';
  section(out, `Knots never visited${partial}`, u.knots, (k) => [`  ${k}`]);
  section(out, `Stitches never visited${partial}`, u.stitches, (s) => [`  ${s}`]);
  section(out, `Options never taken${partial}`, u.options, (o) => [`  ${o.where}: ${o.label ? `"${o.label}"` : o.path}`]);
  if (u.functions.length > 0) out.push('', `Functions never called (not a defect): ${u.functions.join(', ')}`);

  out.push('');
  const rate = report.elapsedMs > 0 ? Math.round((report.states / report.elapsedMs) * 1000) : 0;
  out.push(`${plural(report.states, 'distinct state')} in ${seconds(report.elapsedMs)} (${rate.toLocaleString('en-US')} states/s); search ${report.complete ? 'complete' : 'NOT complete'}.`);
  if (!report.ok) out.push(`FAIL: ${plural(report.defects.length, 'defect')}.`);
  else if (report.complete) out.push('All clear: every state explored, no defects.');
  else out.push('No defects found, and everything was reached at least once, but the search was partial: this is not an all-clear for the states it did not explore.');
  return `${out.join('\n')}\n`;
}

function section<T>(out: string[], heading: string, items: readonly T[], render: (t: T) => string[]): void {
  out.push('', `${heading} (${items.length})${items.length === 0 ? ': none' : ':'}`);
  for (const item of items) out.push(...render(item));
}
