// A run as Markdown, to share a route: the text, each choice taken (and the ones not
// taken), and the state changes in the game's own words.
import type { StoryEvent } from '../engine/events.js';
import type { Step } from '../engine/history.js';
import { loyaltyNotice, primeDirectiveNotices } from './notices.js';

export interface TranscriptInfo {
  title: string;
  runCode: string;
  endingTitle: string | null;
}

/** Keeps story text from being read as Markdown syntax. */
function escape(text: string): string {
  return text.replace(/([\\`*_[\]<>])/g, '\\$1').replace(/^(\s*)([#>+-]|\d+\.)(\s)/, '$1\\$2$3');
}

export function renderTranscript(events: readonly StoryEvent[], steps: readonly Step[], info: TranscriptInfo): string {
  const taken = steps.filter((s) => s.taken).length;
  const out: string[] = [`# ${escape(info.title)}: a run`, ''];
  out.push(`Run code \`${info.runCode}\` · ${taken} choice${taken === 1 ? '' : 's'}${info.endingTitle ? ` · ending: **${escape(info.endingTitle)}**` : ' · not finished'}`, '');
  let choice = 0;
  for (const e of events) {
    switch (e.kind) {
      case 'chapter':
        out.push(`## ${e.number > 0 ? `Chapter ${e.number}: ` : ''}${escape(e.title)}`, '');
        break;
      case 'line': {
        const text = escape(e.text);
        out.push(e.interlude ? `> *${text}*` : text, '');
        break;
      }
      case 'loyalty':
        out.push(`*${e.to > e.from ? '▲' : '▼'} ${loyaltyNotice(e.officer, e.from, e.to).text} (${e.from} → ${e.to})*`, '');
        break;
      case 'prime-directive':
        for (const n of primeDirectiveNotices(e.from, e.to)) out.push(`*◆ ${n.text}*`, '');
        break;
      case 'choices': {
        const step = steps[choice];
        choice += 1;
        if (!step?.taken) {
          out.push('**Where the run stands:**', '', ...e.options.map((o, i) => `${i + 1}. ${escape(o.text)}`), '');
          break;
        }
        const pick = step.taken.index;
        out.push(`> **You chose:** ${escape(e.options[pick]?.text ?? step.taken.text)}`);
        const others = e.options.filter((_, i) => i !== pick).map((o) => escape(o.text));
        if (others.length > 0) out.push('>', `> *Not taken:* ${others.join(' · ')}`);
        out.push('');
        break;
      }
      case 'ending':
        out.push(`---`, '', `**Ending: ${escape(e.title)}**`, '');
        break;
      case 'story-error':
        out.push(`*(story error: ${escape(e.message)})*`, '');
        break;
      case 'checkpoint':
      case 'end':
        break;
      default: {
        const unhandled: never = e;
        throw new Error(`unhandled event ${JSON.stringify(unhandled)}`);
      }
    }
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
