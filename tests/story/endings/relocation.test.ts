// Relocation: the loyal officer. Picard lets the Son'a fire on Data in Act I and leaves the wreck
// to them; he argues the spirit of the Directive to Dougherty, but in Act III obeys the relocation
// order (command obeying), tells Riker the Council's word is enough, and runs the transfer
// humanely. Each chance to turn late is let pass: he keeps up the fiction with Sojef aboard the
// holoship and, on launch day, asks only for one more hour before standing by. choose_ending()
// takes its first branch: obeying, and no late turn.
import { expect, it } from 'vitest';
import { playRoute } from './play-route.js';

// 104 choices.
const route = [
  // Chapter 1: The Duck Blind
  'Rescue Riker from the Evora dance',
  'Remind him quietly this is a diplomatic function',
  'Make your apologies to the ambassador in Evora',
  'Ask what the favour is before you watch',
  'Replay the moment before Data turns',
  'Tell him you have seen enough',
  "Send the schematics; let the Son'a stop him",
  'Watch the Briar Patch fill the viewports',
  'Tease him about inviting himself',
  'Ask him for the flight hazards only',
  'Tell him sharply that Data is not a target',
  'Take Riker: he is the best pilot aboard',
  'Hail Data',
  'Order him to stand down',
  'Tell Gallatin to fire',
  "Tell him the debris is Starfleet's, and to leave it",
  'Ask Troi quietly what she senses from him',
  'Ask what the treatment is for',
  'Accept his dinner and play the gracious guest',
  'Toast his hospitality',
  'Ask what he has signed and not finished reading',
  'Beam straight to the observers and straight out',
  'Tell the observers to prepare for transport',
  'Ask what Data did when nobody answered',
  'Go up to the bridge',
  "Sit for a moment at Data's console",
  // Chapter 2: The Lake
  'Circle once, low, and look',
  "Leave the wreck to the Son'a recovery team",
  'Tell him to keep the hood for now',
  'Say nothing, and look at the tree',
  "Offer to have Hollin's chair replaced",
  'Show Sojef your tricorder',
  'Promise him the blind will not be rebuilt',
  'Survey the shoreline and hills with Worf',
  'Start along the shoreline',
  'Scan the lakebed closely',
  'Call the ship for a transporter lock inside',
  'Suggest he see Dr. Crusher',
  'Look in on Worf at tactical',
  'Remind him quietly that the ensign is young',
  'Look in on Geordi in engineering',
  'Ask what he is seeing',
  'Look at the two scans again',
  'Send the symptoms to Dougherty',
  'Dive the lake with Worf',
  'Swim straight for the warm water',
  'Go through the hatch',
  'Step through the arch',
  'Walk up to the orchard',
  'Walk to the square',
  'Step closer to the figure in uniform',
  'Download the program and its orders',
  'Start back up through the water',
  'Look round the table',
  "Have Worf scan the Son'a ships, and risk being seen",
  'Have Worf log it under seal, for your eyes only',
  'Go alone',
  'Take the chair he offers',
  'Ask what will become of the planet',
  'Tell him you have heard enough of the plan',
  'Argue the spirit of the Directive',
  'Let the silence sit',
  'Greet him with perfect courtesy',
  // Chapter 3: The Uniform
  'Take the call',
  'Acknowledge the order, and nothing more',
  'Read the names',
  'Turn it face down, and look at the planet',
  'Go down to engineering and Geordi',
  'Name it plainly: his own eyes, for good',
  'Find Deanna in her office',
  'Tell her what you feel when you stand in that village',
  'Promise to ask her yourself',
  'Go down to sickbay and Beverly',
  'Tell her plainly what you are weighing, and what you fear',
  'Ask her to write the question down, for the Council',
  'Tell her it cannot be allowed to count',
  'Find Worf in the armoury',
  'Speak of what is owed to those who cannot fight',
  "Tell Will that Worf's post is at your side",
  'Go back to the ready room',
  'Let it go',
  'Obey the order', // command: obeying
  "Tell him the Council's word is enough for you",
  'Give it to them as an order, without discussion',
  'Let Geordi go to the collector project',
  'Let her go',
  // Chapter 4: The Hills
  'Turn back to the consoles',
  'Ask him to come down and watch it with you',
  'Humanely: each family told plainly what is happening', // the transfer
  'Tell them the whole truth about the holoship',
  'Go down to the lake',
  'Walk the replica street',
  'Ask him what he noticed',
  'Return to the observation post',
  'Go back aboard the holoship',
  'Keep up the fiction', // not "Tell him the truth, and turn"
  // Chapter 5: The Collector
  'Sign it as written',
  'Go down to the shore to see it go',
  'Ask for one more hour to search the hills',
  'Stand by for the launch', // not "Refuse it, and go down to the hills"
  'Let the applause run its course',
  'Go in to dinner',
  'Leave your glass on the table',
  'Take the leave, and go to see them',
];

it('relocation: Picard obeys in Act III and never turns', () => {
  const run = playRoute(route, {
    checks: [
      { chapter: 4, check: (s) => expect(s.item('command')).toBe('obeying') },
      { after: 'Keep up the fiction', check: (s) => expect(s.get('late_turn')).toBe(false) },
    ],
  });
  expect(run.ending).toBe('relocation');
  expect(run.item('command')).toBe('obeying');
  expect(run.get('late_turn')).toBe(false);
  // The collector goes up as planned; nobody stops it.
  expect(run.item('collector')).toBe('deployed');
});
