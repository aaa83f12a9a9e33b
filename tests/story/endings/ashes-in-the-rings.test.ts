// Ashes in the Rings: a rebellion without allies or time. Picard lets the Son'a fire on Data,
// obeys in Act III and runs the transfer strictly by the book; only aboard the holoship does he
// tell Sojef the truth and turn (late_turn). No message went out and no gambit is tried: he goes
// straight for the collector, fights Ru'afo at the controls, lets go of the override and runs,
// and the collector fires.
import { expect, it } from 'vitest';
import { playRoute } from './play-route.js';

// 101 choices.
const route = [
  // Chapter 1: The Duck Blind
  'Rescue Riker from the Evora dance',
  'Remind him quietly this is a diplomatic function',
  'Make your apologies to the ambassador in Evora',
  'Ask what the favour is before you watch',
  'Ask where Data is now',
  'Ask whether anyone was hurt',
  'Tell him you have seen enough',
  "Send the schematics; let the Son'a stop him",
  'Leaf through the papers left on the table',
  'Welcome him aboard like family',
  'Ask him for the flight hazards only',
  'Agree, but only his drive and his weapons',
  'Take Riker: he is the best pilot aboard',
  'Hail Data',
  'Order him to stand down',
  'Tell Gallatin to fire',
  'Close the channel without answering',
  'Follow Dougherty without a word',
  'Ask what the treatment is for',
  'Keep to formalities and take your leave',
  "Ask what the Ba'ku have been told so far",
  'Beam straight to the observers and straight out',
  'Tell the observers to prepare for transport',
  'Ask who put the lake off limits',
  'Go up to the bridge',
  'Order the station left dark',
  // Chapter 2: The Lake
  'Set down beside the wreck',
  "Leave the wreck to the Son'a recovery team",
  'Tell him to keep the hood for now',
  'Ask Sojef how old he is',
  'Thank him for feeding the observers',
  'Take the heel of bread a baker holds out',
  'Promise him the blind will not be rebuilt',
  'Survey the shoreline and hills with Worf',
  'Start along the shoreline',
  'Ask Worf what he makes of it',
  'Call the ship for a transporter lock inside',
  'Tell him you feel it too',
  'Look in on Geordi in engineering',
  'Ask how long he has known',
  'Look in on Ten Forward',
  'Leave them to it',
  'Look at the two scans again',
  'Send the symptoms to Dougherty',
  'Dive the lake with Worf',
  'Swim straight for the warm water',
  'Go through the hatch',
  'Step through the arch',
  'Walk to the chronicle house',
  'Walk up to the orchard',
  'Walk to the square',
  'Look for the signal that is moving them',
  'Download the program and its orders',
  'Start back up through the water',
  'Look round the table',
  'Go to Dougherty with what you have',
  'Bring Beverly',
  'Stay on your feet',
  "Ask why the Ba'ku are not to be told",
  'Ask who authorised this',
  'Tell him you have heard enough of the plan',
  'Accept his reading of the law',
  'Let the silence sit',
  'Ask him which of his officers shot Data',
  // Chapter 3: The Uniform
  'Take the call',
  'Acknowledge the order, and nothing more',
  'Read the names',
  'Turn it face down, and look at the planet',
  'Stop asking, and decide',
  'Go back to the ready room',
  'Thank him for his foresight',
  'Carry out the order, as you told him you would', // command: obeying
  'Tell him you stand by what you said yesterday',
  'Give it to them as an order, without discussion',
  'Keep Geordi aboard; the ship needs her engineer',
  'Let her go',
  // Chapter 4: The Hills
  'Turn back to the consoles',
  'Ask him to come down and watch it with you',
  'Strictly by the book',
  'Tell her to skip it, for now',
  'Go down to the lake',
  'Watch from the control gallery',
  'Tell him it is a dream, and to go back to sleep',
  'Return to the observation post',
  'Go back aboard the holoship',
  'Tell him the truth, and turn', // the late turn
  // Chapter 5: The Collector
  'Count who is left, with the eldest of them',
  'Take everyone higher, under the rocks',
  'Keep it for the admiral',
  'Tell him to take his name back',
  'Watch him go',
  'Go straight for the collector', // no gambit
  'Go',
  'Come in dark, under his guns',
  "Go for Ru'afo and the controls",
  'Let go of the override and run', // the collector fires
  'Watch it to the end',
  'Count who is left',
  "Answer the inquiry's summons",
  'Begin with the sequence of events',
  'Go to the survivors',
];

it('ashes-in-the-rings: a late rebellion, and the collector fires', () => {
  const run = playRoute(route, {
    checks: [
      { chapter: 4, check: (s) => expect(s.item('command')).toBe('obeying') },
      { after: 'Tell him the truth, and turn', check: (s) => expect([s.get('late_turn'), s.call('rebelled')]).toEqual([true, true]) },
    ],
  });
  expect(run.ending).toBe('ashes-in-the-rings');
  expect(run.item('collector')).toBe('fired');
  expect(run.call('rebelled')).toBe(true);
  // Without allies: Riker never ran the message, and there was no gambit for the flagship.
  expect(run.item('riker_run')).toBe('not_started');
  expect(run.item('act5_gambit')).toBe('gambit_skipped');
});
