// Terminal widths and kinds through the real command: 40 and 200 columns, TERM=dumb and
// the colour switches in piped play. (Ctrl-C, --plain and NO_COLOR on a real terminal
// are in terminal.test.ts; re-wrapping after a resize is in tests/tui/screen.test.ts.)
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const width = (line: string): number => [...line].length;
// The real story, through its first choices, the status view, the map, the endings and help.
// The follow-up questions (rewind, load) are answered on their own line, echoed.
const TOUR = '1\n1\nstatus\nmap\nmap all\nendings\nhelp\nnonsense words typed here\n2\n1\n2\nrewind\n2\nsave mine\nload\n1\n';

describe('terminal widths', () => {
  it('keeps every line of the real story within 40 columns', () => {
    const run = runCli(['--seed', '3'], TOUR, { COLUMNS: '40' });
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines.length).toBeGreaterThan(100);
    expect(lines.filter((l) => width(l) > 40)).toEqual([]);
  });

  it('keeps lines to a readable measure on a 200-column terminal', () => {
    const run = runCli(['--seed', '3'], TOUR, { COLUMNS: '200' });
    const lines = run.stdout.split('\n');
    expect(lines.filter((l) => width(l) > 78)).toEqual([]);
    // Long paragraphs do fill the measure rather than wrap at 40.
    expect(Math.max(...lines.map(width))).toBeGreaterThan(70);
  });
});

describe('terminal kinds in piped play', () => {
  it('TERM=dumb gets ASCII stand-ins for every glyph, and names the speakers', () => {
    const run = runCli(['--story', 'dist/fixtures/mini.json'], '1\nstatus\n', { TERM: 'dumb' });
    expect(run.stdout).not.toMatch(/[─█░▲▼◆◇❯·●○◉▶★▸✓✦]/u);
    expect(run.stdout).toContain('+ Worf will remember that.');
    expect(run.stdout).toContain('Worf: "Captain."');
    expect(run.stdout).toContain('Prime Directive * upheld');
  });

  it('NO_COLOR, FORCE_COLOR=0 and --no-color write no escape codes, even if FORCE_COLOR asks for colour elsewhere', () => {
    for (const [args, env] of [
      [[], { NO_COLOR: '1', FORCE_COLOR: '3' }],
      [[], { FORCE_COLOR: '0' }],
      [['--no-color'], { FORCE_COLOR: '3' }],
    ] as [string[], Record<string, string>][]) {
      const run = runCli(['--story', 'dist/fixtures/mini.json', ...args], '1\nstatus\nmap\n', env);
      expect(run.stdout).not.toContain('\u001b');
      expect(run.stdout).toContain('▲ Worf will remember that.');
    }
  });
});
