// What the player has not explored yet, read from the profile: marks for the options
// at a choice, the option "skip" takes, and where a run first meets an untried option.
import { lineKey, type ChoicePointId } from './choice-point.js';
import type { ChoiceOption, StoryEvent } from './events.js';
import type { Step } from './history.js';
import { untakenOptions, type Profile } from './profile.js';

/** `seen`: taken in an earlier run; `fresh`: taking it now shows text never read. */
export type OptionMark = 'seen' | 'fresh' | null;

/** A point counts as met once an earlier visit left it by one of its options. */
export function metBefore(profile: Profile, point: ChoicePointId): boolean {
  const rec = profile.points[point];
  return rec !== undefined && Object.values(rec.options).some((o) => o.taken > 0);
}

/**
 * Marks for the options at a point met before (on a first visit everything is new, and
 * marking it all would say nothing). `peek(i)` plays option i and returns what it shows.
 */
export function optionMarks(
  profile: Profile,
  point: ChoicePointId,
  options: readonly ChoiceOption[],
  seen: ReadonlySet<string>,
  peek: (index: number) => readonly StoryEvent[],
): OptionMark[] {
  if (!metBefore(profile, point)) return options.map(() => null);
  const rec = profile.points[point];
  return options.map((o) => {
    const unread = peek(o.index).some((e) => e.kind === 'line' && !seen.has(lineKey(e.text)));
    if (unread) return 'fresh';
    return (rec?.options[o.id]?.taken ?? 0) > 0 ? 'seen' : null;
  });
}

/**
 * The option "skip" takes here: the one taken here last time, when every option here
 * has been taken in some run. Null means this is a new choice, and skipping stops.
 */
export function skipChoice(profile: Profile, point: ChoicePointId, options: readonly ChoiceOption[]): number | null {
  const rec = profile.points[point];
  if (!rec || !rec.last) return null;
  if (options.some((o) => (rec.options[o.id]?.taken ?? 0) === 0)) return null;
  return options.find((o) => o.id === rec.last)?.index ?? null;
}

/** The first choice point of a run that still has an option never taken in any run. */
export function divergence(profile: Profile, steps: readonly Step[]): number | null {
  const i = steps.findIndex((s) => untakenOptions(profile, s.point).length > 0);
  return i < 0 ? null : i;
}
