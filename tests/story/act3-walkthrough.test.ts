// Act III, played through the engine from its checkpoint along the routes the rest of the game
// depends on: obey, resign, mutiny (Riker high, and low enough to relieve you), covert, and the
// lost or impounded Data. Options are picked by a fragment of their label, so the test reads
// like the route and survives small edits to the prose.
import { describe, expect, it } from 'vitest';
import { Session } from '../../src/engine/session.js';
import type { StoryEvent } from '../../src/engine/events.js';
import type { InkValue } from '../../src/engine/story-state.js';
import { readVariable } from '../../src/engine/story-state.js';
import { compiled } from '../helpers.js';

const story = () => compiled('story/main.ink');

interface Run {
  session: Session;
  events: StoryEvent[];
  v: (name: string) => unknown;
  /** Every option offered at every choice point, in order. */
  menus: string[][];
  /** The route ended by entering Act IV. */
  act4: boolean;
}

/**
 * Starts at the act3 knot with `variables` set, then takes the option whose label contains each
 * fragment in turn, and throws if a fragment is not offered. After the last option the story is
 * continued line by line and stopped at Act IV's first line, so the state read is the state
 * Act III hands on (Act IV's own first hour and alerts are not yet applied).
 */
function playAct3(variables: Record<string, InkValue>, route: string[]): Run {
  const session = new Session(story(), { seed: 5, variables });
  session.story.ChoosePathString('act3');
  const events: StoryEvent[] = [...session.advance()];
  const menus: string[][] = [];
  let act4 = false;
  route.forEach((fragment, n) => {
    const last = events.at(-1);
    const options = last?.kind === 'choices' ? last.options.map((o) => o.text) : [];
    menus.push(options);
    const i = options.findIndex((t) => t.includes(fragment));
    if (i < 0) throw new Error(`no option containing "${fragment}" in ${JSON.stringify(options)}`);
    session.choose(i);
    if (n < route.length - 1) {
      events.push(...session.advance());
      return;
    }
    const ink = session.story;
    while (ink.canContinue) {
      const text = ink.Continue() ?? '';
      if (text.trim()) events.push({ kind: 'line', text: text.trim(), tags: [] });
      if ((ink.state.currentPathString ?? '').split('.')[0] === 'act4') {
        act4 = true;
        break;
      }
    }
    expect(ink.currentErrors ?? []).toEqual([]);
  });
  expect(events.some((e) => e.kind === 'story-error')).toBe(false);
  return { session, events, menus, act4, v: (name) => readVariable(session.story, name) };
}

const reachedAct4 = (run: Run) => run.act4;
const lines = (run: Run) => run.events.flatMap((e) => (e.kind === 'line' ? [e.text] : []));

describe('Act III walkthroughs', () => {
  it('resign: four visits, the right appeals, a split crew, a signed packet and a council that chooses', () => {
    const run = playAct3(
      { confrontation: 'argued_spirit', pd_stance: 'spirit', data_heard: true, evidence: '(data_wound, holoship, servitude)', data_state: 'restored' },
      [
        'Ask why you stay', 'Strike your own name',
        'Deanna', 'what you feel', 'Promise to ask',
        'Data', 'his own question', 'object whenever',
        'Geordi', 'his own eyes', 'keep his name',
        'Will', 'what he would do in your chair', 'keep them together',
        // Unvisited: Beverly and Worf; Beverly, the more loyal, has packed for the planet.
        'keep both packed',
        'Resign', 'open channel',
        'Give Will the ship', 'Take Worf down', 'come down to the village', 'Take Beverly down', 'Take Data down', 'Keep Geordi in engineering',
        'protect him', 'rank you set down',
        'come back for us', 'Give them a minute',
        'ask what they choose', 'Sit beside Anij',
      ],
    );
    expect(reachedAct4(run)).toBe(true);
    expect(run.v('command')).toEqual(['resigned']);
    expect(run.v('unbidden')).toEqual(['Crusher']);
    expect(run.v('planet_team')).toEqual(['Data', 'Worf', 'Troi', 'Crusher']);
    expect(run.v('ship_team')).toEqual(['Riker', 'LaForge']);
    expect(run.v('riker_order')).toEqual(['come_back']);
    expect(run.v('signature')).toEqual(['signed_captain']);
    expect(run.v('evidence_sent')).toEqual(['data_wound', 'holoship']);
    expect(run.v('eshen_shielded')).toBe(true);
    expect(run.v('baku_warning')).toEqual(['warned_asked']);
    // Four visits cost two hours, the packet one, the council one.
    expect(run.v('hours')).toBe(4);
    // Resignation: standing -20, and the open channel costs nothing more there; signing as captain -5.
    expect(run.v('standing')).toBe(55);
    // Each visit moved its officer: the right appeal, then the follow-up; Deanna was asked as
    // promised and given a minute with Will.
    expect(run.session.crew).toMatchObject({ troi: 95, data: 80, laforge: 90, crusher: 75 });
    // Will: +15 in the lounge, -5 for being parted from Deanna after the promise, +5 for the minute.
    expect(run.v('loyalty_riker')).toBe(90);
    expect(run.v('act3_struck_name')).toBe(true);
  });

  it('a wrong appeal costs ten, a neutral one nothing', () => {
    const base = { confrontation: 'argued_evidence' };
    const wrong = playAct3(base, ['Acknowledge', 'Turn it face down', 'Beverly', 'come out right', 'cannot be allowed']);
    const neutral = playAct3(base, ['Acknowledge', 'Turn it face down', 'Beverly', 'as a doctor', 'cannot be allowed']);
    const right = playAct3(base, ['Acknowledge', 'Turn it face down', 'Beverly', 'what you are weighing', 'cannot be allowed']);
    expect(wrong.session.crew?.crusher).toBe(60);
    expect(neutral.session.crew?.crusher).toBe(70);
    expect(right.session.crew?.crusher).toBe(85);
    // The doctor may only wonder aloud about receiving the renewal in place; nothing is granted.
    expect(lines(neutral).some((l) => l.includes('patients could come here instead'))).toBe(true);
    expect(neutral.v('secrets')).toEqual([]);
  });

  it('mutiny with a first officer pushed too far: Riker relieves you, and only the devoted follow', () => {
    const run = playAct3(
      { loyalty_riker: 60, loyalty_troi: 80, loyalty_worf: 60, confrontation: 'argued_spirit', pd_stance: 'spirit' },
      [
        'Acknowledge', 'Turn it face down',
        'Will', 'whose decision', 'not a discussion',
        'Stop asking',
        // Unvisited, Deanna (the most loyal) went down to the village on her own.
        'Thank her for going',
        'Keep command', 'keep your reasons', 'Make it an order',
        'Take her with you',
        'Tell them everything', 'Answer Artim',
      ],
    );
    expect(reachedAct4(run)).toBe(true);
    expect(run.v('command')).toEqual(['relieved']);
    expect(run.v('planet_team')).toEqual(['Troi']);
    expect(run.v('ship_team')).toEqual([]);
    expect(run.v('riker_order')).toEqual([]);
    expect(Number(run.v('loyalty_riker'))).toBeLessThan(35);
    // Mutiny's cost stands even though it failed.
    expect(run.v('standing')).toBe(45);
  });

  it('mutiny with Riker behind you: the ship runs under him, and the packet goes', () => {
    const run = playAct3(
      { confrontation: 'argued_evidence', evidence: '(holoship, relocation_orders, isolytic_arms, dougherty_admission)' },
      [
        'Acknowledge', 'Turn it face down',
        'Will', 'what he would do in your chair', "Deanna's choice",
        'Worf', 'owed to those who cannot fight', 'at your side',
        'Stop asking',
        'Thank her for going',
        'Keep command', 'Tell the bridge why', 'Ask him, as your first officer',
        'Give Will the ship', 'Take Worf down', 'sail with the ship', 'Keep Beverly aboard', 'Send Data with the ship', 'Take Geordi down',
        'captain of the Enterprise', 'whatever it costs',
        'Offer them phasers', 'Sit beside Anij',
      ],
    );
    expect(run.v('command')).toEqual(['mutinous']);
    expect(run.v('pd_stance')).toEqual(['spirit']);
    expect(run.v('planet_team')).toEqual(['LaForge', 'Worf']);
    expect(run.v('ship_team')).toEqual(['Data', 'Riker', 'Troi', 'Crusher']);
    expect(run.v('riker_order')).toEqual(['at_all_costs']);
    expect(run.v('evidence_sent')).toEqual(['holoship', 'relocation_orders', 'isolytic_arms', 'dougherty_admission']);
    expect(run.v('prime_directive')).toEqual(['breached']);
    // Worf was there to see the phasers offered: +15 in the armoury, +5 at the fire.
    expect(run.session.crew?.worf).toBe(85);
  });

  it('covert after accepting the reading: the cover is free, but every extra name on the planet is counted', () => {
    const run = playAct3(
      { confrontation: 'accepted_reading', pd_stance: 'letter', sona_alert: 20 },
      [
        'Acknowledge', 'Turn it face down', 'Stop asking',
        'Thank him, and keep both',
        'warn the Ba\'ku in secret', 'Tell each only',
        'Take Will down', 'Take Worf down', 'sail with the ship', 'Keep Beverly aboard', 'Take Data down', 'Keep Geordi',
        'unsigned', 'Keep the ship and her crew safe', 'Keep the line moving',
        'only that they must go', 'Answer Artim',
      ],
    );
    expect(run.v('command')).toEqual(['covert']);
    // No visits: no hours there; one for the packet, one for the council.
    expect(run.v('hours')).toBe(2);
    // Riker's second flight plan -5, then Worf and Data beyond the first name +5 each.
    expect(run.v('sona_alert')).toBe(25);
    expect(run.v('covert_discovered')).toBe(false);
    expect(run.v('planet_team')).toEqual(['Data', 'Riker', 'Worf']);
    expect(run.v('riker_order')).toEqual(['spare_the_ship']);
    expect(run.v('prime_directive')).toEqual(['strained']);
  });

  it('obey: the order is carried out, Geordi goes to the collector, and the next chapter is the transfer', () => {
    const run = playAct3(
      { confrontation: 'accepted_reading', pd_stance: 'letter', data_heard: true, data_state: 'restored' },
      [
        'Acknowledge', 'Turn it face down',
        'Data', 'his own question', 'object whenever',
        'Stop asking', 'Thank him, and keep both',
        'Carry out the order', 'stand by what you said',
        'Ask for their objections', 'Let Geordi go', 'Go after her',
      ],
    );
    expect(reachedAct4(run)).toBe(true);
    expect(run.v('command')).toEqual(['obeying']);
    expect(run.v('geordi_stays')).toBe(true);
    expect(run.v('planet_team')).toEqual([]);
    expect(run.v('ship_team')).toEqual([]);
    // With the reading accepted, obeying is the first option offered at the choice.
    expect(run.menus.find((m) => m.some((t) => t.includes('Carry out the order')))?.[0]).toContain('Carry out the order');
    expect(lines(run).some((l) => l.includes('reserve an objection'))).toBe(true);
  });

  it('a destroyed Data leaves five doors and no post to fill', () => {
    const run = playAct3({ data_state: 'destroyed', loyalty_data: 0 }, [
      'Acknowledge', 'Turn it face down', 'Stop asking', 'Thank him, and keep both',
      'Resign', 'no reasons',
      'Give Will the ship', 'Take Worf down', 'come down to the village', 'Take Beverly down', 'Keep Geordi',
      'Jean-Luc Picard, and nothing more', 'come back for us', 'Keep the line moving',
      'Tell them everything', 'Answer Artim',
    ]);
    expect(run.menus[2]).toHaveLength(6);
    expect(run.menus[2]!.some((t) => t.includes('Data'))).toBe(false);
    expect(run.v('planet_team')).not.toContain('Data');
    expect(run.v('ship_team')).not.toContain('Data');
    expect(reachedAct4(run)).toBe(true);
  });

  it('an impounded Data comes home only if demanded, at a cost in standing', () => {
    const demanded = playAct3({ data_state: 'impounded', loyalty_data: 40, promised_data_back: true }, [
      'Acknowledge', 'comes home', 'Turn it face down', 'Data', 'letter and betrayed', 'trust your judgement', 'Stop asking',
    ]);
    expect(demanded.v('data_state')).toEqual(['restored']);
    expect(demanded.v('data_reclaimed')).toBe(true);
    // +5 for acknowledging, -10 for the demand.
    expect(demanded.v('standing')).toBe(75);
    // +10 for the kept promise, +10 for the question.
    expect(demanded.session.crew?.data).toBe(60);
    const left = playAct3({ data_state: 'impounded', loyalty_data: 40 }, ['Acknowledge', 'Let it stand', 'Turn it face down', 'Stop asking']);
    expect(left.menus[3]!.some((t) => t.includes('Stop asking'))).toBe(true);
    expect(left.menus[3]!.some((t) => t.includes('Data'))).toBe(false);
    expect(left.v('data_state')).toEqual(['impounded']);
  });

  it('an estranged La Forge leaves for the collector project, and the ship sails without her engineer', () => {
    const run = playAct3({ loyalty_laforge: 15 }, [
      'Acknowledge', 'Turn it face down', 'Stop asking', 'Thank him, and keep both',
      'Resign', 'no reasons',
      'Give Will the ship', 'Take Worf down', 'come down to the village', 'Take Beverly down', 'Send Data with the ship',
      'Jean-Luc Picard, and nothing more', 'come back for us', 'Keep the line moving',
      'Tell them everything', 'Answer Artim',
    ]);
    expect(run.v('geordi_stays')).toBe(true);
    expect(run.v('planet_team')).not.toContain('LaForge');
    expect(run.v('ship_team')).not.toContain('LaForge');
    expect(reachedAct4(run)).toBe(true);
  });
});
