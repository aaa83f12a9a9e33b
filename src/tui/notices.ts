// The words for state changes: short, in the game's voice, never a number alone.
import { officer, tierOf, type CrewId } from '../engine/crew.js';
import type { PrimeDirective } from '../engine/prime-directive.js';

export interface Notice {
  direction: 'up' | 'down' | 'directive';
  text: string;
}

export function loyaltyNotice(id: CrewId, from: number, to: number): Notice {
  const name = officer(id).name;
  const before = tierOf(from);
  const after = tierOf(to);
  const shift = before === after ? '' : ` ${name} is ${after} now.`;
  const strong = Math.abs(to - from) >= 15;
  if (to > from) {
    return { direction: 'up', text: `${name} will remember that${strong ? ' for a long time' : ''}.${shift}` };
  }
  return { direction: 'down', text: `${name} will remember that${strong ? ', and not kindly' : ''}.${shift}` };
}

const STANCE_WORDS: Record<PrimeDirective['stance'], string> = {
  unspoken: 'You have not said where you stand.',
  letter: 'You have taken your stand on the letter of the Prime Directive.',
  spirit: 'You have taken your stand on the spirit of the Prime Directive.',
};

export function primeDirectiveNotices(from: PrimeDirective, to: PrimeDirective): Notice[] {
  const notices: Notice[] = [];
  if (from.state !== to.state) {
    const text =
      to.state === 'breached'
        ? 'The Prime Directive is breached. That cannot be undone.'
        : to.state === 'strained'
          ? 'The Prime Directive is strained.'
          : 'The Prime Directive holds again.';
    notices.push({ direction: 'directive', text });
  } else if (to.state === 'strained' && to.strain > from.strain) {
    notices.push({ direction: 'directive', text: 'The Prime Directive is strained further.' });
  }
  if (from.stance !== to.stance) {
    notices.push({ direction: 'directive', text: STANCE_WORDS[to.stance] });
  }
  return notices;
}
