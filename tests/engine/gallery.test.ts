import { describe, expect, it } from 'vitest';
import { gallery, nearTagsIn } from '../../src/engine/gallery.js';
import { readCatalogue } from '../../src/engine/catalogue.js';
import { Session } from '../../src/engine/session.js';
import { emptyProfile } from '../../src/engine/profile.js';
import { playRuns, saga } from './replay-helpers.js';

const catalogue = () => new Session(saga(), { seed: 1 }).catalogue;

describe('the endings gallery', () => {
  it('finds the endings a story marks with # near: tags', () => {
    expect([...nearTagsIn(saga())].sort()).toEqual(['dusk', 'night']);
    expect(nearTagsIn('{"#":"near: old-style"}').has('old-style')).toBe(true);
  });

  it('shows every ending as ??? with no hint before the player is close to any', () => {
    const g = gallery(emptyProfile('v'), catalogue(), nearTagsIn(saga()));
    expect(g).toMatchObject({ found: 0, total: 4 });
    expect(g.entries.map((e) => [e.id, e.title, e.hint])).toEqual([
      ['dawn', null, null],
      ['storm', null, null],
      ['dusk', null, null],
      ['night', null, null],
    ]);
  });

  it('names found endings and hints at those a # near: tag or a finished run brings close', () => {
    // Saw the option marked near night, never the one marked near dusk: only night is hinted.
    const { profile } = playRuns([[0, 0, 0, 0]]);
    const partway = gallery(profile, catalogue(), nearTagsIn(saga()));
    expect(partway.entries.find((e) => e.id === 'night')?.hint).toBe('Remember the orchard and the book at once.');
    expect(partway.entries.find((e) => e.id === 'dusk')?.hint).toBeNull();
    // storm carries no near tag anywhere: its hint shows once any run is finished.
    expect(partway.entries.find((e) => e.id === 'storm')?.hint).toBeNull();
    const done = gallery(playRuns([[0, 0, 0, 0, 1, 0]]).profile, catalogue(), nearTagsIn(saga()));
    expect(done.found).toBe(1);
    expect(done.entries[0]).toMatchObject({ id: 'dawn', title: 'Dawn', found: { times: 1, shortest: 6 } });
    expect(done.entries.find((e) => e.id === 'storm')?.hint).toBe('Go home the hard way.');
    expect(done.entries.find((e) => e.id === 'dusk')?.hint).toBe('Stay where the fruit is sweet.');
  });

  it('counts endings a story without a catalogue reached, with no total', () => {
    const profile = { ...emptyProfile('v'), endings: { 'the-end': { first: 'x', times: 1, shortest: 2 } } };
    const g = gallery(profile, readCatalogue([]), new Set());
    expect(g).toMatchObject({ found: 1, total: null });
    expect(g.entries[0]?.title).toBe('The End');
  });
});
