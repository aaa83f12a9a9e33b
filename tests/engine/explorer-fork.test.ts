import { describe, expect, it } from 'vitest';
import { Story } from '../../src/engine/ink.js';
import { seededRandom } from '../../src/engine/random-play.js';
import { capture, choose, detach, restore, runToChoices, visibleChoices } from '../../src/engine/explorer/stepper.js';
import { compiled } from '../helpers.js';

// The explorer moves one story around with in-memory snapshots and runs it with Step()
// rather than Continue(). On the real story, that must land in exactly the state ink's own
// Continue() reaches, as ink itself would save it (its output aside).
const withoutOutput = (story: Story): string => {
  // The explorer writes through a patch on shared maps; ink's save format wants them merged.
  detach(story);
  const state = JSON.parse(story.state.ToJson()) as { flows: Record<string, { outputStream: unknown[]; currentChoices?: { index?: number }[] }> };
  for (const flow of Object.values(state.flows)) {
    flow.outputStream = [];
    // A choice's index is a cache ink fills in whenever currentChoices is read, not state.
    for (const c of flow.currentChoices ?? []) delete c.index;
  }
  return JSON.stringify(state);
};

describe('stepping and snapshots', () => {
  const json = compiled('story/main.ink');

  it('reach the same states as Continue(), even after detours and restores', () => {
    const reference = new Story(json);
    const stepped = new Story(json);
    const pick = seededRandom(7);
    let transitions = 0;
    for (let run = 0; run < 6; run++) {
      for (const s of [reference, stepped]) {
        s.ResetState();
        s.state.storySeed = run;
        s.state.previousRandom = 0;
      }
      while (reference.canContinue) reference.Continue();
      runToChoices(stepped, 1e6);
      expect(withoutOutput(stepped)).toBe(withoutOutput(reference));
      while (reference.currentChoices.length > 0) {
        const n = reference.currentChoices.length;
        const i = Math.floor(pick() * n);
        // A detour down another option first, then back to the snapshot.
        const snap = capture(stepped);
        choose(stepped, (i + 1) % n);
        runToChoices(stepped, 1e6);
        restore(stepped, snap);
        reference.ChooseChoiceIndex(i);
        while (reference.canContinue) reference.Continue();
        choose(stepped, i);
        runToChoices(stepped, 1e6);
        expect(withoutOutput(stepped)).toBe(withoutOutput(reference));
        transitions++;
      }
    }
    expect(transitions).toBeGreaterThan(200);
  });

  it('restore a snapshot exactly, however far the story has moved on', () => {
    const story = new Story(json);
    story.state.storySeed = 3;
    runToChoices(story, 1e6);
    for (let i = 0; i < 10; i++) {
      choose(story, 0);
      runToChoices(story, 1e6);
    }
    const saved = withoutOutput(story);
    const snap = capture(story);
    const options = visibleChoices(story).map((c) => c.sourcePath);
    for (let i = 0; i < 30 && visibleChoices(story).length > 0; i++) {
      choose(story, visibleChoices(story).length - 1);
      runToChoices(story, 1e6);
    }
    restore(story, snap);
    expect(withoutOutput(story)).toBe(saved);
    expect(visibleChoices(story).map((c) => c.sourcePath)).toEqual(options);
  });
});
