// Issue 4, "choices carry weight" and "no false choices", measured on the real story.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditChoices } from '../../src/engine/choice-audit.js';
import { auditSources } from '../../src/story-audit.js';
import { repoPath } from '../helpers.js';

describe('the story gives its choices weight', () => {
  it('at least 90% of choice points with two or more options lead to different text or state', () => {
    const json = readFileSync(repoPath('dist/story.json'), 'utf8');
    const audit = auditChoices(json, { runs: 60, seed: 7 });
    // Sixty random runs meet most of the story's branching points; fewer would prove little.
    expect(audit.points).toBeGreaterThan(150);
    const share = audit.meaningful / audit.points;
    expect(share, audit.falseChoices.map((f) => `${f.point}: ${f.options.join(' | ')}`).join('\n')).toBeGreaterThanOrEqual(0.9);
  }, 120_000);

  it("moves each officer's loyalty with at least 8 options and reads it in at least 3 conditions", () => {
    const audit = auditSources(repoPath('story'));
    for (const [officer, n] of Object.entries(audit.moves)) expect(n, `${officer} moved by`).toBeGreaterThanOrEqual(8);
    for (const [officer, n] of Object.entries(audit.reads)) expect(n, `${officer} read by`).toBeGreaterThanOrEqual(3);
  });

  it('reads the Prime Directive in at least 8 places', () => {
    expect(auditSources(repoPath('story')).primeDirectiveReads).toBeGreaterThanOrEqual(8);
  });
});
