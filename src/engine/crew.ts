// The six officers whose trust the story tracks: ids, ink names, display names and tiers.

export const CREW_IDS = ['data', 'riker', 'laforge', 'worf', 'troi', 'crusher'] as const;
export type CrewId = (typeof CREW_IDS)[number];

export interface Officer {
  id: CrewId;
  /** The ink variable holding this officer's loyalty. */
  variable: string;
  /** The item in ink's `Crew` list. */
  listItem: string;
  /** How the UI names them. */
  name: string;
  /** Rank and name, for the status view. */
  fullName: string;
}

export const ROSTER: readonly Officer[] = [
  { id: 'data', variable: 'loyalty_data', listItem: 'Data', name: 'Data', fullName: 'Lt. Cmdr. Data' },
  { id: 'riker', variable: 'loyalty_riker', listItem: 'Riker', name: 'Riker', fullName: 'Cmdr. William Riker' },
  { id: 'laforge', variable: 'loyalty_laforge', listItem: 'LaForge', name: 'La Forge', fullName: 'Lt. Cmdr. Geordi La Forge' },
  { id: 'worf', variable: 'loyalty_worf', listItem: 'Worf', name: 'Worf', fullName: 'Lt. Cmdr. Worf' },
  { id: 'troi', variable: 'loyalty_troi', listItem: 'Troi', name: 'Troi', fullName: 'Counselor Deanna Troi' },
  { id: 'crusher', variable: 'loyalty_crusher', listItem: 'Crusher', name: 'Crusher', fullName: 'Dr. Beverly Crusher' },
];

export const LOYALTY_MIN = 0;
export const LOYALTY_MAX = 100;

export type CrewLoyalty = Record<CrewId, number>;

export type LoyaltyTier = 'estranged' | 'wavering' | 'loyal' | 'devoted';

/** Bible §4.1: estranged 0–24, wavering 25–49, loyal 50–74, devoted 75–100. */
export function tierOf(value: number): LoyaltyTier {
  if (value < 25) return 'estranged';
  if (value < 50) return 'wavering';
  if (value < 75) return 'loyal';
  return 'devoted';
}

export function officer(id: CrewId): Officer {
  const found = ROSTER.find((o) => o.id === id);
  if (!found) throw new Error(`unknown officer ${id}`);
  return found;
}

/** Matches a `# speaker:` name ("La Forge", "Geordi", "worf") to an officer, if it is one. */
export function crewIdForSpeaker(speaker: string): CrewId | undefined {
  const key = speaker.toLowerCase().replace(/[^a-z]/g, '');
  const aliases: Record<string, CrewId> = {
    data: 'data',
    riker: 'riker',
    will: 'riker',
    laforge: 'laforge',
    geordi: 'laforge',
    worf: 'worf',
    troi: 'troi',
    deanna: 'troi',
    crusher: 'crusher',
    beverly: 'crusher',
  };
  return aliases[key];
}
