// The Prime Directive as the story tracks it: what Picard does (a state machine) and what he says (a stance).

export const PD_STATES = ['upheld', 'strained', 'breached'] as const;
export type PrimeDirectiveState = (typeof PD_STATES)[number];

export const PD_STANCES = ['unspoken', 'letter', 'spirit'] as const;
export type PrimeDirectiveStance = (typeof PD_STANCES)[number];

export interface PrimeDirective {
  state: PrimeDirectiveState;
  /** Strains so far; three make a breach. */
  strain: number;
  stance: PrimeDirectiveStance;
}

/** The ink variables that make up the Prime Directive. */
export const PD_VARIABLES = { state: 'prime_directive', strain: 'pd_strain', stance: 'pd_stance' } as const;

export function samePrimeDirective(a: PrimeDirective, b: PrimeDirective): boolean {
  return a.state === b.state && a.strain === b.strain && a.stance === b.stance;
}

export function isPrimeDirectiveState(value: string): value is PrimeDirectiveState {
  return (PD_STATES as readonly string[]).includes(value);
}

export function isPrimeDirectiveStance(value: string): value is PrimeDirectiveStance {
  return (PD_STANCES as readonly string[]).includes(value);
}
