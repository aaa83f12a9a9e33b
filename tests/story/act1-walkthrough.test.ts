// Act I, played through the engine along three routes, checking the state the rest of the
// game reads: loyalty, the Prime Directive and the flags each key choice sets.
import { describe, expect, it } from 'vitest';
import { Session } from '../../src/engine/session.js';
import type { StoryEvent } from '../../src/engine/events.js';
import { readVariable } from '../../src/engine/story-state.js';
import { compiled } from '../helpers.js';

const story = () => compiled('story/main.ink');

/** Plays `route` (option numbers from 1), then option 1, until Act II begins. */
function playAct1(route: number[]): { session: Session; events: StoryEvent[]; at: (step: number) => Record<string, unknown> } {
  const session = new Session(story(), { seed: 3 });
  const events: StoryEvent[] = [...session.advance()];
  const snapshots: Record<string, unknown>[] = [];
  const vars = ['standing', 'data_state', 'worf_sang', 'sona_gunships', 'baku_trust', 'anij_bond', 'hours', 'secrets', 'shuttle_partner'];
  const snap = () => {
    const s: Record<string, unknown> = { ...session.crew, pd: session.primeDirective };
    for (const v of vars) s[v] = readVariable(session.story, v);
    snapshots.push(s);
  };
  snap();
  for (let step = 0; step < 200; step++) {
    if (events.some((e) => e.kind === 'chapter' && e.number === 2)) break;
    const choice = step < route.length ? route[step]! - 1 : 0;
    session.choose(choice);
    events.push(...session.advance());
    snap();
  }
  return { session, events, at: (step) => snapshots[step]! };
}

describe('Act I walkthroughs', () => {
  it('the duet: Picard goes himself, takes Worf, and sings Data home', () => {
    const { events, at } = playAct1([4, 1, 1, 1, 4, 2, 2, 1, 1, 2, 1, 1, 2, 2, 1, 1]);
    // A2: insist on going personally costs standing and warms Geordi.
    expect(at(6)).toMatchObject({ standing: 75, laforge: 75, sona_gunships: false });
    // B: Worf flies with you, and is glad of it.
    expect(at(11)).toMatchObject({ shuttle_partner: ['Worf'], worf: 75 });
    // C1: the duet reaches Data, intact and grateful.
    expect(at(17)).toMatchObject({ worf_sang: true, data_state: ['malfunctioning'], data: 75, hours: 1 });
    expect(events).toContainEqual({ kind: 'loyalty', officer: 'data', from: 60, to: 75 });
    // Listening to the whole briefing planted the metreon secret.
    expect(at(17).secrets).toContain('metreon');
    expect(events.filter((e) => e.kind === 'chapter').map((e) => e.kind === 'chapter' && e.number)).toEqual([1, 2]);
  });

  it('a joke at Worf costs nothing; only open hostility costs the duet', () => {
    // Teasing him on arrival, then the duet route: he still sings.
    const teased = playAct1([4, 1, 1, 1, 4, 2, 2, 3, 1, 2, 1, 1, 2, 2, 1, 1, 1]);
    expect(teased.at(8)).toMatchObject({ worf: 65 });
    expect(teased.at(17)).toMatchObject({ worf_sang: true, worf: 70 });
    // Schematics handed over, no welcome, and a sharp rebuke at the briefing: he refuses, and says why.
    const hostile = playAct1([4, 1, 1, 1, 4, 1, 2, 2, 1, 1, 1, 1, 2, 2, 2, 1]);
    expect(hostile.at(16)).toMatchObject({ worf: 55, worf_sang: false });
    const refusal = hostile.events.filter((e) => e.kind === 'line' && e.speaker === 'Worf').map((e) => e.kind === 'line' && e.text);
    expect(refusal.some((t) => typeof t === 'string' && t.includes('my judgement was not wanted'))).toBe(true);
  });

  it('the gunships: send the schematics and let the Son\'a fire', () => {
    const { session, events, at } = playAct1(Array(30).fill(1));
    expect(at(9)).toMatchObject({ standing: 85, laforge: 60, sona_gunships: true });
    expect(at(17)).toMatchObject({ data_state: ['destroyed'], standing: 90, riker: 70, laforge: 50, worf: 50, troi: 60, crusher: 60 });
    // A destroyed Data is frozen and never announced.
    expect(events.some((e) => e.kind === 'loyalty' && e.officer === 'data')).toBe(false);
    expect(session.lost).toEqual(['data']);
    // Act II opens at the debris field instead of the diagnostic.
    const act2 = events.findIndex((e) => e.kind === 'chapter' && e.number === 2);
    const after = events.slice(act2).find((e) => e.kind === 'choices');
    expect(after?.kind === 'choices' && after.options.map((o) => o.text)).toEqual(['Set down beside the wreck', 'Circle once, low, and look']);
  });

  it('the cover story strains the Prime Directive and costs the Ba\'ku\'s trust', () => {
    const honest = playAct1([...Array(25).fill(1), 1]).at(26);
    const cover = playAct1([...Array(25).fill(1), 2]).at(26);
    expect(honest.pd).toEqual({ state: 'upheld', strain: 0, stance: 'unspoken' });
    expect(cover.pd).toEqual({ state: 'strained', strain: 1, stance: 'unspoken' });
    expect(honest.baku_trust).toBe(35);
    expect(Number(cover.baku_trust)).toBeLessThan(20);
    expect(honest.anij_bond).toBe(1);
    expect(Number(cover.troi)).toBeLessThan(Number(honest.troi));
  });
});
