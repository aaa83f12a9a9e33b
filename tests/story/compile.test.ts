import { describe, expect, it } from 'vitest';
import { compileInkFile } from '../../src/story-files.js';
import { repoPath } from '../helpers.js';

describe('the real story', () => {
  it('compiles with zero errors and zero warnings', () => {
    const result = compileInkFile(repoPath('story/main.ink'));
    expect(result.diagnostics).toEqual([]);
    expect(result.json).not.toBeNull();
  });
});
