import { describe, expect, it } from 'vitest';
import { compileInk } from '../../src/engine/compile.js';
import { compactSnapshots } from '../../src/engine/history.js';
import { emptyProfile } from '../../src/engine/profile.js';
import { Run } from '../../src/engine/run.js';
import { BadFile, parseProfile, parseSave, serializeProfile, serializeSave, type SaveFile } from '../../src/engine/save-file.js';
import { Session } from '../../src/engine/session.js';
import { playRuns, saga } from './replay-helpers.js';

function saveOf(run: Run): SaveFile {
  const record = run.record;
  return {
    story: 'saga',
    storyVersion: 'v1',
    slot: 'test',
    savedAt: '2026-01-01T00:00:00.000Z',
    summary: { chapter: '2 The Hill', choices: record.steps.length, ending: record.ending },
    run: { ...record, snapshots: compactSnapshots(record) },
  };
}

/** A story that offers `n` choices in a row, each moving a variable: a long run, quick to compile. */
function longStory(n: number): string {
  const src = [
    'VAR n = 0',
    'VAR score = 0',
    '-> loop',
    '=== loop ===',
    '~ n++',
    `{ n > ${n}: -> done }`,
    'Step {n}, score {score}.',
    '+ [Go on] -> loop',
    '+ [Take {n}]',
    '  ~ score += n',
    '  -> loop',
    '+ [Leave] -> loop',
    '=== done ===',
    'The end. # ending: end',
    '-> END',
  ].join('\n');
  const result = compileInk('long.ink', { resolve: (x) => x, read: () => src });
  if (!result.json) throw new Error(JSON.stringify(result.diagnostics));
  return result.json;
}

describe('save files', () => {
  it('round-trip a run: steps, origin, snapshots and ending', () => {
    const { run } = playRuns([[1, 0, 1, 1, 0]]);
    const save = saveOf(run);
    const back = parseSave(serializeSave(save));
    expect(back.run.steps).toEqual(run.record.steps);
    expect(back.run.origin).toEqual({ ...run.origin, preludeChapter: null });
    expect(back.run.snapshots).toEqual(save.run.snapshots);
    expect(back.summary).toEqual(save.summary);
    const resumed = Run.resume(new Session(saga(), { seed: 5 }), back.run);
    expect(resumed.events).toEqual(run.passage);
  });

  it('stay under 64 KB after a 200-choice run, rewind history included', () => {
    const json = longStory(200);
    const session = new Session(json, { seed: 3 });
    const run = Run.begin(session, { seed: 3, variables: {}, prelude: [] });
    run.advance();
    for (let i = 0; i < 200; i++) {
      run.choose(i % 3);
      run.advance();
    }
    expect(run.ending).toBe('end');
    const text = serializeSave(saveOf(run));
    expect(text.length).toBeLessThan(64 * 1024);
    const back = parseSave(text);
    const resumed = Run.resume(new Session(json, { seed: 1 }), back.run);
    expect(resumed.run.ending).toBe('end');
    // The earliest choice is still reachable: replayed from the origin.
    const first = resumed.run.rewindTo(0);
    expect(first.some((e) => e.kind === 'line' && e.text === 'Step 1, score 0.')).toBe(true);
    expect(resumed.run.history).toHaveLength(1);
  });

  it.each([
    ['not json', 'it is damaged (not readable JSON)'],
    ['{"format":"something-else"}', 'it is not an Insurrection save'],
    ['{"format":"insurrection-save","version":7}', 'newer version of the game'],
    ['{"format":"insurrection-save","version":1,"story":"s"}', 'it is damaged (storyVersion should be present)'],
  ])('refuse %j with a one-line reason', (text, message) => {
    expect(() => parseSave(text)).toThrow(BadFile);
    expect(() => parseSave(text)).toThrow(message);
  });

  it('refuse a save whose steps or snapshots are out of shape', () => {
    const { run } = playRuns([[1, 0]]);
    const good = JSON.parse(serializeSave(saveOf(run))) as { run: { steps: unknown[]; snapshots: Record<string, string> } };
    const badStep = structuredClone(good);
    badStep.run.steps[0] = ['x', 1];
    expect(() => parseSave(JSON.stringify(badStep))).toThrow('run.steps[0] should be a step');
    const badSnapshot = structuredClone(good);
    badSnapshot.run.snapshots['99'] = '{}';
    expect(() => parseSave(JSON.stringify(badSnapshot))).toThrow('a snapshot is out of place');
  });
});

describe('profile files', () => {
  it('round-trip, and name the first wrong field when damaged', () => {
    const { profile } = playRuns([[0, 0, 0, 0, 0, 0]]);
    const text = serializeProfile('saga', profile);
    expect(parseProfile(text)).toEqual({ story: 'saga', profile });
    const broken = JSON.parse(text) as { profile: { endings: Record<string, { times: unknown }> } };
    (broken.profile.endings.dawn as { times: unknown }).times = 'many';
    expect(() => parseProfile(JSON.stringify(broken))).toThrow('it is damaged (profile.endings.dawn.times should be a whole number)');
    expect(() => parseProfile(serializeProfile('x', emptyProfile('v')).replace('"version":1', '"version":2'))).toThrow('newer version');
  });
});
