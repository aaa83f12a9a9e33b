import { describe, expect, it } from 'vitest';
import { auditChoices } from '../../src/engine/choice-audit.js';
import { compileInkFile } from '../../src/story-files.js';
import { repoPath } from '../helpers.js';

describe('the false-choice audit', () => {
  const json = compileInkFile(repoPath('tests/fixtures/false-choices.ink')).json as string;

  it('finds the point whose options lead to the same text and state, and only that one', () => {
    const audit = auditChoices(json, { runs: 5 });
    expect(audit.points).toBe(3);
    expect(audit.meaningful).toBe(2);
    expect(audit.falseChoices).toHaveLength(1);
    expect(audit.falseChoices[0]?.options).toEqual(['Go left', 'Go right']);
    expect(audit.falseChoices[0]?.path).toEqual([]);
  });
});
