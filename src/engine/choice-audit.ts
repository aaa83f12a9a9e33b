// The "no false choices" audit (story bible §7, issue 4): at each choice point met on seeded
// random playthroughs, take every option in turn from the same saved state and compare what
// follows up to the next choice point: the text shown and the story's variables. A point whose
// options all lead to the same text and the same variables is a false choice. Pure: takes the
// story JSON, returns the counts and the false points with a route to each.
import { Story } from './ink.js';
import { choicePointId, type ChoicePointId } from './choice-point.js';
import { seededRandom } from './random-play.js';
import { setVariables, type InkValue } from './story-state.js';

export interface FalseChoice {
  point: ChoicePointId;
  options: string[];
  /** Option indices (from 0) from the start of the story to this point. */
  path: number[];
}

export interface ChoiceAudit {
  /** Distinct choice points with two or more options that were met. */
  points: number;
  /** Those whose options lead to different text or state. */
  meaningful: number;
  falseChoices: FalseChoice[];
}

export interface ChoiceAuditOptions {
  runs: number;
  seed?: number;
  variables?: Record<string, InkValue>;
}

/** Everything the story shows up to the next choice point, and its variables there. */
function outcome(story: Story): string {
  let text = '';
  while (story.canContinue) text += story.Continue() ?? '';
  const labels = story.currentChoices.map((c) => c.text).join('\u0001');
  const globals = story.state.variablesState as unknown as { _globalVariables: Map<string, unknown> };
  const vars = [...globals._globalVariables.entries()].map(([k, v]) => `${k}=${String((v as { value?: unknown }).value ?? v)}`).join(';');
  return `${text}\u0002${labels}\u0002${vars}`;
}

export function auditChoices(storyJson: string, options: ChoiceAuditOptions): ChoiceAudit {
  const story = new Story(storyJson);
  const random = seededRandom(options.seed ?? 1);
  const checked = new Set<ChoicePointId>();
  const falseChoices: FalseChoice[] = [];
  let meaningful = 0;
  for (let run = 0; run < options.runs; run++) {
    story.ResetState();
    story.state.storySeed = run + 1;
    story.state.previousRandom = 0;
    setVariables(story, options.variables);
    const path: number[] = [];
    while (story.canContinue) story.Continue();
    for (let guard = 0; guard < 5000 && story.currentChoices.length > 0; guard++) {
      const choices = story.currentChoices;
      const point = choicePointId(choices.map((c) => c.sourcePath));
      if (choices.length >= 2 && !checked.has(point)) {
        checked.add(point);
        const saved = story.state.ToJson();
        const outcomes = new Set<string>();
        for (let i = 0; i < choices.length; i++) {
          story.state.LoadJson(saved);
          story.ChooseChoiceIndex(i);
          outcomes.add(outcome(story));
        }
        story.state.LoadJson(saved);
        if (outcomes.size > 1) meaningful++;
        else falseChoices.push({ point, options: choices.map((c) => c.text), path: [...path] });
      }
      const pick = Math.floor(random() * story.currentChoices.length);
      path.push(pick);
      story.ChooseChoiceIndex(pick);
      while (story.canContinue) story.Continue();
    }
  }
  return { points: checked.size, meaningful, falseChoices };
}
