// Colours and glyphs. Every colour has a text or glyph twin, so nothing is lost without it.
import { Chalk, type ChalkInstance } from 'chalk';
import type { CrewId } from '../engine/crew.js';

export interface Theme {
  color: boolean;
  /** Unicode glyphs; ASCII stand-ins on TERM=dumb. */
  unicode: boolean;
  /**
   * For screen readers (--plain, TERM=dumb): speakers named in words, numbers instead of
   * bars, no decorative rules. Implies no colour and ASCII glyphs.
   */
  plain: boolean;
  chalk: ChalkInstance;
  speaker(crew: CrewId | undefined, speaker: string | undefined): (text: string) => string;
  chapter: (text: string) => string;
  notice: (text: string) => string;
  dim: (text: string) => string;
  strong: (text: string) => string;
  accent: (text: string) => string;
  error: (text: string) => string;
  interlude: (text: string) => string;
  glyph: {
    up: string;
    down: string;
    directive: string;
    echo: string;
    barFull: string;
    barEmpty: string;
    rule: string;
    pointer: string;
    bullet: string;
    /** Branch map: an option taken in some run, never taken, taken on this run's route. */
    taken: string;
    untaken: string;
    onRoute: string;
    here: string;
    ending: string;
    folded: string;
    /** Choice marks: taken in an earlier run; leads to text not read yet. */
    seen: string;
    fresh: string;
  };
}

export function makeTheme(options: { color: boolean; unicode: boolean; plain?: boolean }): Theme {
  const plain = options.plain ?? false;
  const chalk = new Chalk({ level: options.color && !plain ? 2 : 0 });
  const crewColour: Record<CrewId, ChalkInstance> = {
    data: chalk.hex('#e8c872'),
    riker: chalk.hex('#e07a5f'),
    laforge: chalk.hex('#f2a541'),
    worf: chalk.hex('#c0392b'),
    troi: chalk.hex('#b48ead'),
    crusher: chalk.hex('#81b29a'),
  };
  const others = chalk.hex('#8fb8de');
  const picard = chalk.bold;
  const u = options.unicode && !plain;
  return {
    color: options.color && !plain,
    unicode: u,
    plain,
    chalk,
    speaker(crew, speaker) {
      if (crew) return crewColour[crew];
      if (speaker && /picard|jean-luc/i.test(speaker)) return picard;
      return speaker ? others : (t) => t;
    },
    chapter: chalk.bold.hex('#d4b483'),
    notice: chalk.italic.hex('#9aa5b1'),
    dim: chalk.dim,
    strong: chalk.bold,
    accent: chalk.hex('#d4b483'),
    error: chalk.red,
    interlude: chalk.hex('#a3b8c8'),
    glyph: {
      up: u ? '▲' : '+',
      down: u ? '▼' : '-',
      directive: u ? '◆' : '*',
      echo: u ? '◇' : '<>',
      barFull: u ? '█' : '#',
      barEmpty: u ? '░' : '.',
      rule: u ? '─' : '-',
      pointer: u ? '❯' : '>',
      bullet: u ? '·' : '-',
      taken: u ? '●' : '*',
      untaken: u ? '○' : 'o',
      onRoute: u ? '◉' : '@',
      here: u ? '▶' : '>',
      ending: u ? '★' : '#',
      folded: u ? '▸' : '+',
      seen: u ? '✓' : '(seen)',
      fresh: u ? '✦' : '(new)',
    },
  };
}
