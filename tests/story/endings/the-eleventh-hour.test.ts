// The Eleventh Hour: obey, then turn. Picard accepts Dougherty's reading of the law, carries out
// the relocation order in Act III (command obeying) and runs the transfer slowly. On launch day
// he refuses the collector's last order and goes down to the hills (late_turn), then flies at
// the collector and sabotages its regulator, so it is destroyed rather than fired.
import { expect, it } from 'vitest';
import { playRoute } from './play-route.js';

// 100 choices.
const route = [
  // Chapter 1: The Duck Blind
  'Let Crusher steer you to the window',
  'Tell her the Evora need you more',
  'Leave the ambassador to Riker and go',
  'Ask to see the recording',
  'Ask what he needs from you',
  "Send the schematics; let the Son'a stop him",
  'Watch the Briar Patch fill the viewports',
  'Put him straight to work',
  'Let him go on',
  'Tell him sharply that Data is not a target',
  'Take Riker: he is the best pilot aboard',
  'Hail Data',
  'Ask him what he saw down there',
  'Tell Gallatin to fire',
  'Close the channel without answering',
  'Ask Troi quietly what she senses from him',
  'Ask what the treatment is for',
  'Keep to formalities and take your leave',
  'Tell him you will handle it in your own way',
  'Beam straight to the observers and straight out',
  'Apologise to him for the intrusion',
  'Ask what Data did when nobody answered',
  'Go up to the bridge',
  "Sit for a moment at Data's console",
  // Chapter 2: The Lake
  'Set down beside the wreck',
  "Leave the wreck to the Son'a recovery team",
  'Tell him to keep the hood for now',
  'Ask Sojef how old he is',
  "Offer to have Hollin's chair replaced",
  'Ask whether anyone ever wanted the machines back',
  'Ask what he would have you do',
  'Survey the shoreline and hills with Worf',
  'Start up into the hills',
  'Mark the safe entrances on the survey map',
  'Scan the lakebed closely',
  'Suggest he see Dr. Crusher',
  'Look in on Geordi in engineering',
  'Ask what he is seeing',
  'Look in on Ten Forward',
  'Leave them to it',
  'Look at the two scans again',
  'Leave the log, and go down with Geordi at dawn',
  'Tell him plainly, colour by colour',
  'Leave the lake to the survey teams',
  'Set it aside',
  'Look round the table',
  "Ask Geordi to read the collector's specifications",
  'Ask whether it could be done another way',
  'Go alone',
  'Take the chair he offers',
  'Ask what will become of the planet',
  'Tell him you have heard enough of the plan',
  'Accept his reading of the law',
  'Let the silence sit',
  'Ask him which of his officers shot Data',
  // Chapter 3: The Uniform
  'Take the call',
  'Ask him to come down and walk through the village',
  'Read the names',
  'Strike your own name off the list',
  'Find Deanna in her office',
  'Tell her what you feel when you stand in that village',
  'Promise to ask her yourself',
  'Stop asking, and decide',
  'Go back to the ready room',
  'Tell him he should have asked you first',
  'Carry out the order, as you told him you would', // command: obeying
  'Tell him you will obey, and leave the law out of it',
  'Give it to them as an order, without discussion',
  'Let Geordi go to the collector project',
  'Let her go',
  // Chapter 4: The Hills
  'Turn back to the consoles',
  'Ask him for the count and the timetable',
  'Slowly: find technical delays, and keep finding them',
  "Blame the Son'a drones",
  'Go down to the lake',
  'Watch from the control gallery',
  'Tell him it is a dream, and to go back to sleep',
  'Return to the observation post',
  'Go back aboard the holoship',
  'Keep up the fiction',
  // Chapter 5: The Collector
  'Sign it as written',
  'Go down to the shore to see it go',
  'Refuse it, and go down to the hills', // the late turn
  'Count who is left, with the eldest of them',
  'Keep them together where they are',
  'Keep it for the admiral',
  'Ask him why he came to you',
  'Watch him go',
  'Go straight for the collector',
  'Go',
  'Come in dark, under his guns',
  'Go for the regulator behind the third vane', // the sabotage
  "Call to Ru'afo to come with you",
  'Walk down into the village',
  'Wait for the ship that will take you home',
  'Write one sentence',
  'Count what is left undone',
  'Go down to the village at dusk',
  'Sleep by the embers in the square',
  'Sleep',
];

it('the-eleventh-hour: obeying through Act IV, then the late turn stops the collector', () => {
  const run = playRoute(route, {
    checks: [
      { chapter: 4, check: (s) => expect(s.item('command')).toBe('obeying') },
      { after: 'Refuse it, and go down to the hills', check: (s) => expect(s.get('late_turn')).toBe(true) },
    ],
  });
  expect(run.ending).toBe('the-eleventh-hour');
  expect(run.get('late_turn')).toBe(true);
  expect(run.item('collector')).toBe('collector_destroyed');
});
