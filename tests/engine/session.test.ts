import { describe, expect, it } from 'vitest';
import { ChoiceOutOfRange, Session } from '../../src/engine/session.js';
import { compiled, lines, playThrough } from '../helpers.js';

const mini = () => compiled('tests/fixtures/mini.ink');

describe('Session', () => {
  it('opens with the chapter, then the lines, then the choices, and no line for global tags', () => {
    const events = new Session(mini(), { seed: 1 }).advance();
    expect(events.map((e) => e.kind)).toEqual(['chapter', 'checkpoint', 'line', 'line', 'choices']);
    expect(events[0]).toEqual({ kind: 'chapter', number: 1, title: 'The Test' });
    expect(events[1]).toEqual({ kind: 'checkpoint', id: 'chapter-1' });
    expect(events[2]).toMatchObject({ kind: 'line', text: 'The bridge is quiet.' });
    expect(events[2]).not.toHaveProperty('speaker');
  });

  it('marks dialogue with its speaker and maps crew names to officer ids', () => {
    const events = new Session(mini(), { seed: 1 }).advance();
    expect(events[3]).toMatchObject({ kind: 'line', text: '"Captain."', speaker: 'Worf', crew: 'worf' });
  });

  it('reports a loyalty change after the reaction that shows it', () => {
    const { events } = playThrough(mini(), [0]);
    const kinds = events.map((e) => (e.kind === 'line' ? e.text : e.kind));
    const notice = kinds.indexOf('loyalty');
    expect(kinds[notice - 1]).toBe('Worf inclines his head.');
    expect(kinds[notice + 1]).toBe('He almost smiles.');
    expect(events[notice]).toEqual({ kind: 'loyalty', officer: 'worf', from: 65, to: 75 });
  });

  it('reads loyalty from ink, the single source of truth', () => {
    const { session } = playThrough(mini(), [1]);
    expect(session.crew?.worf).toBe(35);
    expect(session.story.variablesState.$('loyalty_worf')).toBe(35);
  });

  it('reports Prime Directive changes as typed values', () => {
    const { events, session } = playThrough(mini(), [1, 0]);
    const pd = events.find((e) => e.kind === 'prime-directive');
    expect(pd).toEqual({
      kind: 'prime-directive',
      from: { state: 'upheld', strain: 0, stance: 'unspoken' },
      to: { state: 'strained', strain: 1, stance: 'letter' },
    });
    expect(session.primeDirective).toEqual({ state: 'strained', strain: 1, stance: 'letter' });
  });

  it('ends with a typed ending from the catalogue and an end event', () => {
    const { events, session } = playThrough(mini(), [1, 1]);
    expect(lines(events).at(-1)).toBe('All is lost.');
    expect(events.at(-2)).toEqual({ kind: 'ending', id: 'bad', title: 'The Bad Ending' });
    expect(events.at(-1)).toEqual({ kind: 'end', ending: 'bad' });
    expect(session.finished).toBe(true);
    expect(session.ending).toBe('bad');
  });

  it('reads the endings catalogue from global tags', () => {
    const session = new Session(mini(), { seed: 1 });
    expect(session.catalogue.map((e) => e.id)).toEqual(['good', 'bad', 'never']);
    expect(session.catalogue[0]).toEqual({ id: 'good', title: 'The Good Ending', hint: 'Be kind to Worf.' });
  });

  it('refuses a choice that is not on the list, and the story goes on', () => {
    const session = new Session(mini(), { seed: 1 });
    session.advance();
    expect(() => session.choose(2)).toThrow(ChoiceOutOfRange);
    expect(() => session.choose(-1)).toThrow('pick 1 to 2');
    session.choose(0);
    expect(session.advance().at(-1)?.kind).toBe('choices');
  });

  it('opens echo options only when the echo variable is set, and marks them', () => {
    const plain = new Session(mini(), { seed: 1 }).advance().at(-1);
    expect(plain?.kind === 'choices' && plain.options.map((o) => o.echo)).toEqual([false, false]);
    const echoed = new Session(mini(), { seed: 1, variables: { echo_secret: true } }).advance().at(-1);
    expect(echoed?.kind === 'choices' && echoed.options.map((o) => [o.text, o.echo])).toEqual([
      ['Thank Worf', false],
      ['Ignore Worf', false],
      ['Remember the secret', true],
    ]);
  });

  it('replays ink randomness exactly for the same seed', () => {
    const roll = (seed: number) => lines(playThrough(mini(), [0], { seed }).events).find((l) => l.startsWith('The dice'));
    expect(roll(42)).toBe(roll(42));
    const rolls = new Set([1, 2, 3, 4, 5, 6].map(roll));
    expect(rolls.size).toBeGreaterThan(1);
  });

  it('knows whether a story tracks the crew', () => {
    expect(new Session(mini(), { seed: 1 }).tracksCrew).toBe(true);
    const other = compiled('tests/fixtures/plain.ink');
    const session = new Session(other, { seed: 1 });
    expect(session.tracksCrew).toBe(false);
    expect(session.crew).toBeNull();
    expect(session.primeDirective).toBeNull();
  });

  it('turns an ink runtime error into a story-error event instead of a crash', () => {
    const json = compiled('tests/fixtures/runtime-error.ink');
    const events = new Session(json, { seed: 1 }).advance();
    expect(events.some((e) => e.kind === 'story-error')).toBe(true);
  });

  it('starts again on the same parsed story, and still announces changes', () => {
    const { session } = playThrough(mini(), [0, 0]);
    session.restart({ seed: 3 });
    expect(session.seed).toBe(3);
    expect(session.crew?.worf).toBe(65);
    session.advance();
    session.choose(0);
    expect(session.advance().find((e) => e.kind === 'loyalty')).toEqual({ kind: 'loyalty', officer: 'worf', from: 65, to: 75 });
  });

  it('restores a snapshot without announcing what changed, and names the choice point', () => {
    const session = new Session(mini(), { seed: 1 });
    session.advance();
    const start = session.snapshot();
    expect(session.pointId).toBe('start.0');
    session.choose(1);
    session.advance();
    session.restore(start, { chapter: { number: 1, title: 'The Test' } });
    expect(session.crew?.worf).toBe(65);
    expect(session.chapter).toEqual({ number: 1, title: 'The Test' });
    session.choose(0);
    expect(session.advance().filter((e) => e.kind === 'loyalty')).toHaveLength(1);
  });

  it('lists the echo variables and the secrets a story keeps', () => {
    const session = new Session(mini(), { seed: 1 });
    expect(session.echoVariables).toEqual(['echo_secret']);
    expect(session.secrets).toEqual([]);
    const saga = new Session(compiled('tests/fixtures/saga.ink'), { seed: 1 });
    saga.advance();
    saga.choose(0);
    saga.advance();
    saga.choose(1);
    saga.advance();
    expect(saga.secrets).toEqual(['book']);
  });

  it('gives no notice for an officer the story has lost, and reports them as lost', () => {
    const json = compiled('tests/fixtures/lost.ink');
    const session = new Session(json, { seed: 1 });
    const events = session.advance();
    const notices = events.filter((e) => e.kind === 'loyalty');
    expect(notices).toEqual([{ kind: 'loyalty', officer: 'worf', from: 65, to: 55 }]);
    expect(session.lost).toEqual(['data']);
  });
});
