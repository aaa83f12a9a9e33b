// Paradise Preserved: the film's path. Picard restores Data, resigns and goes down as a citizen,
// sends Riker out with the evidence at all costs (he gets the message out and comes back), tells
// the Ba'ku everything and leads them into the hills; at the collector he fights Ru'afo at the
// controls and it is destroyed with Ru'afo in it. No earlier ending applies: fewer than 300 are
// taken, Data lives, the crew holds, and the Council hears a case of 3 or more without any force
// used on Starfleet.
import { expect, it } from 'vitest';
import { playRoute } from './play-route.js';

// 142 choices.
const route = [
  // Chapter 1: The Duck Blind
  'Join Troi in the one quiet corner',
  'Admit that you are tired',
  'Leave the ambassador to Riker and go',
  'Ask what the favour is before you watch',
  'Replay the moment before Data turns',
  'Ask where Data is now',
  'Tell him you have seen enough',
  'Agree to go, and ask why the survey is sealed',
  'Leaf through the papers left on the table',
  'Put him straight to work',
  'Ask him for the flight hazards only',
  'Tell him sharply that Data is not a target',
  'Take Worf: he knows how a small ship fights',
  'Hold course and let him come to you',
  "Ask Worf to target the scout's drive",
  'Record the log entry while it is fresh',
  'Change back into dress uniform first',
  'Follow Dougherty without a word',
  'Ask what the treatment is for',
  'Keep to formalities and take your leave',
  'Tell him you will handle it in your own way',
  'Beam straight to the observers and straight out',
  'Apologise to him for the intrusion',
  'Tell him to put it all in his report',
  'Go down to engineering to see Data',
  "Tell him the Ba'ku took care of the observers",
  'Ask him why he did it',
  'Promise him you will find his missing days',
  // Chapter 2: The Lake
  'Ask what he has found',
  'Have Beverly sign the scan into the medical log',
  'Take the padd Beverly is holding out',
  'Order the full diagnostic, however long it takes', // Data restored
  'Ask whether he is himself again',
  'Say you owe them an apology too',
  'Ask Artim what Data did',
  'Say nothing, and look at the tree',
  "Offer to have Hollin's chair replaced",
  'Show Sojef your tricorder',
  'Promise him the blind will not be rebuilt',
  'Survey the shoreline and hills with Data',
  'Start up into the hills',
  'Mark the safe entrances on the survey map',
  'Skip a stone across the water',
  'Tell him it is made every day',
  'Look in on Worf at tactical',
  'Remind him quietly that the ensign is young',
  'Look in on Ten Forward',
  'Join them for a drink',
  'Look at the two scans again',
  'Send the symptoms to Dougherty',
  'Leave the lake to the survey teams',
  'Look round the table',
  "Have Worf scan the Son'a ships, and risk being seen",
  'Have Worf log it under seal, for your eyes only',
  'Bring Deanna',
  'Stay on your feet',
  'Ask what will become of the planet',
  'Tell him you have heard enough of the plan',
  'Accept his reading of the law',
  'Let the silence sit',
  'Leave without acknowledging him',
  // Chapter 3: The Uniform
  'Take the call',
  'Ask why you stay while your ship goes',
  'Read the names',
  'Strike your own name off the list',
  'Go down to engineering and Geordi',
  'Name it plainly: his own eyes, for good',
  'Stop asking, and decide',
  'Go back to the ready room',
  'Thank him, and keep both on file',
  'Resign your commission, and go down as a citizen', // command: resigned
  'Leave the pips on the desk, and no reasons',
  'Look to Will first',
  'Turn to the departure plan',
  'Ask Will to take the ship',
  'Send Worf with the ship',
  'Send Deanna down to the village',
  "Keep Beverly aboard, for the ship's wounded",
  'Send Data with the ship',
  'Take Geordi down to the village with you',
  'Read it through',
  'Sign it as Jean-Luc Picard, and nothing more',
  'Get the message out, whatever it costs', // the evidence goes out with Riker
  'Give them a minute, and study the wall',
  'Give the word',
  'Go in to the council',
  'Tell them everything, and urge the hills',
  'Tell him what you advise',
  'Sit beside Anij while the council breaks up',
  // Chapter 4: The Hills
  'Go out with them',
  'Go to the well',
  'Close the kit on the phasers',
  'Ring the meeting bell',
  'Call Sojef over to choose the road',
  'Small groups, by different paths',
  'Walk at the head with Sojef',
  'Climb on through the dark',
  'Watch where the net is heading',
  'Get the children under the trees',
  'Tear the tag off with your bare hand',
  'Look up past the drones, for the ship',
  'Follow the path down into the gully',
  'Climb down to him',
  'Crouch beside him',
  'Hold him in the open, where the drones can see him',
  'Search the cloud above the rings for a light',
  'Climb toward the cliffs',
  'Follow the last of them in',
  'Put the children deepest, behind the old',
  'Sit with Anij by the water',
  'Admit that you are',
  'Go back to check the galleries',
  'Find her in the dark',
  'Take stock',
  'Lever off the slab and carry her out, and risk the roof',
  'Talk to her as you go, and take it slowly',
  'Sit down in the dust, and breathe',
  'Wait for the light',
  'Go to the cave mouth',
  'Walk out and surrender, so that no one else is hurt',
  'Ask Gallatin to carry the injured first',
  // Chapter 5: The Collector
  "Speak to the Ba'ku across the corridor",
  'Say it to his face: he was born down there',
  'Let Deanna answer him',
  'Watch him go',
  'Keep watching',
  'Tell him he could taste it himself tomorrow',
  'Speak to him as one soldier to another',
  'Ask him for his ship',
  'Go straight for the collector',
  'Go',
  'Hail him as you come in',
  "Go for Ru'afo and the controls", // the fight at the collector
  'Keep counting, and say nothing',
  'Walk down into the village',
  'Go and find Sojef first',
  'Go back aboard the Enterprise',
  'Go down to the edge of the fields',
  'Go back up to your ship',
  'Ask Will how she handled',
  'Say goodbye in the village',
  'Promise Anij you will come back in the spring',
];

it('paradise-preserved: a defected Picard destroys the collector, and no other ending applies', () => {
  const run = playRoute(route, {
    checks: [
      { chapter: 4, check: (s) => expect([s.item('command'), s.item('riker_order')]).toEqual(['resigned', 'at_all_costs']) },
    ],
  });
  expect(run.ending).toBe('paradise-preserved');
  expect(run.call('defected')).toBe(true);
  expect(run.item('collector')).toBe('collector_destroyed');
  expect(run.item('ruafo_fate')).toBe('ruafo_dead');
  // What keeps the earlier endings away: the village mostly home, Data alive, the crew together,
  // and a case strong enough for the Council (the message got out), with no force used.
  expect(run.num('baku_taken')).toBeLessThan(300);
  expect(run.item('data_state')).not.toBe('destroyed');
  expect(run.call('estranged_count')).toBeLessThan(3);
  expect(run.item('riker_run')).toBe('returned');
  expect(run.call('council_case')).toBeGreaterThanOrEqual(3);
  expect(run.get('force_on_starfleet')).toBe(false);
  expect(run.num('standing')).toBeGreaterThanOrEqual(30);
});
