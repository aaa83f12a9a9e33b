// What the engine tells a front end, in story order. A front end switches on `kind`.
import type { CrewId } from './crew.js';
import type { PrimeDirective } from './prime-directive.js';

export interface ChoiceOption {
  /** Position in the current list, from 0: what `Session.choose` takes. */
  index: number;
  /** Where the option is written in the compiled story: the same in every run. */
  id: string;
  text: string;
  tags: string[];
  /** Opened by an earlier run (tagged `# echo`). */
  echo: boolean;
}

export type StoryEvent =
  | { kind: 'chapter'; number: number; title: string }
  | { kind: 'checkpoint'; id: string }
  | { kind: 'line'; text: string; speaker?: string; crew?: CrewId; interlude?: string; tags: string[] }
  | { kind: 'loyalty'; officer: CrewId; from: number; to: number }
  | { kind: 'prime-directive'; from: PrimeDirective; to: PrimeDirective }
  | { kind: 'choices'; options: ChoiceOption[] }
  | { kind: 'ending'; id: string; title: string }
  | { kind: 'story-error'; message: string }
  | { kind: 'end'; ending: string | null };

export type StoryEventKind = StoryEvent['kind'];
