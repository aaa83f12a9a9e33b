// The Prodigal Return (locked): empathy plus lore from an earlier run. Played as a returning
// player, every echo_* set. Picard helps with the grafting (orchard_mother), and an echo option
// lets him ask about the year the young ones left (schism_record): two secrets a first run finds
// only on exclusive branches. He defies the order openly (mutinous), earns the Ba'ku's trust, and
// in Act V turns Gallatin to 4 (his mother's tree) and stages the holoship ruse with him at his
// side. At the collector he tells Ru'afo who he was, and Ru'afo stands it down.
import { expect, it } from 'vitest';
import { playRoute } from './play-route.js';

// 172 choices (a returning player: every echo_* set).
const route = [
  // Chapter 1: The Duck Blind
  'Rescue Riker from the Evora dance',
  'Take the second figure, badly',
  'Make your apologies to the ambassador in Evora',
  'Ask to see the recording',
  'Replay the moment before Data turns',
  'Ask what he needs from you',
  'Refuse the numbers; go after Data yourself',
  'Watch the Briar Patch fill the viewports',
  'Welcome him aboard like family',
  'Let him go on',
  'Agree, but only his drive and his weapons',
  'Take Riker: he is the best pilot aboard',
  'Hold course and let him come to you',
  'Let Riker fly; take the weapons yourself',
  "Pin him against the gas: he won't go in",
  'Put one shot through his drive housing',
  'Record the log entry while it is fresh',
  'Change back into dress uniform first',
  'Follow Dougherty without a word',
  // an echo option: offered only to a returning player
  'Look longer at the couch and its filaments',
  'Accept his dinner and play the gracious guest',
  'Toast his hospitality',
  'Tell him you will handle it in your own way',
  'Beam straight to the observers and straight out',
  'Apologise to him for the intrusion',
  'Tell him to put it all in his report',
  'Go down to engineering to see Data',
  "Tell him the Ba'ku took care of the observers",
  'Ask him why he did it',
  'Promise him you will find his missing days',
  // Chapter 2: The Lake
  'Ask Beverly why she is making house calls on androids',
  "Look at Data's face for a while",
  'Take the padd Beverly is holding out',
  'Have Geordi patch him and wake him now',
  'Apologise for how he was stopped',
  'Take him down with you',
  'Let Data answer for himself',
  'Say nothing, and look at the tree',
  'Thank him for feeding the observers',
  'Take the heel of bread a baker holds out',
  'Promise him the blind will not be rebuilt',
  'Walk through the orchard with Anij',
  'Ask what she is listening for',
  'Defend the observers',
  'Offer to help with the grafting', // orchard_mother
  // an echo option: offered only to a returning player
  'Ask her about the year the young ones left', // schism_record
  'Ask whether she would take him back',
  'Wait',
  'Tell her you should be getting back to your ship',
  'Thank her, and go',
  'Take ten minutes in your own quarters',
  'Look down at the planet',
  'Look in on Geordi in engineering',
  'Sit down on the deck beside him',
  'Look at the two scans again',
  'Keep it among the crew for now',
  'Dive the lake with Data',
  'Let Data lead',
  'Go through the hatch',
  'Step through the arch',
  'Walk to the square',
  'Look for the signal that is moving them',
  'Report the find to Dougherty, by the book',
  'Start back up through the water',
  'Look round the table',
  'Go to Dougherty with what you have',
  'Bring Beverly',
  'Stay on your feet',
  'Ask what will become of the planet',
  'Let Beverly ask about the medicine',
  'Tell him you have heard enough of the plan',
  'Argue the spirit of the Directive',
  'Let the silence sit',
  'Greet him with perfect courtesy',
  // Chapter 3: The Uniform
  'Take the call',
  'Ask him to come down and walk through the village',
  'Read the names',
  'Send the list down to Beverly, without a word',
  'Go down to sickbay and Beverly',
  'Tell her plainly what you are weighing, and what you fear',
  'Ask her to write the question down, for the Council',
  'Admit that you feel it too',
  'Find Deanna in her office',
  'Tell her what you feel when you stand in that village',
  'Tell her that is for her and Will to settle',
  'Find Data in stellar cartography',
  'Ask him his own question from the shuttle: was he right?',
  'Tell him to object whenever he must',
  'Find Worf in the armoury',
  'Speak of what is owed to those who cannot fight',
  "Tell Will that Worf's post is at your side",
  'Go back to the ready room',
  'Tell him he should have asked you first',
  'Defy it openly: send the ship out, and go down yourself', // command: mutinous
  'Tell the bridge why, before you tell the admiral',
  'Make it an order',
  'Look to Worf first',
  'Turn to the departure plan',
  'Give Will the ship',
  'Take Worf down to the planet',
  'Send Deanna down to the village',
  "Keep Beverly aboard, for the ship's wounded",
  'Send Data with the ship',
  'Take Geordi down to the village with you',
  'Read it through',
  'Send it unsigned, and let the evidence speak',
  'Keep the ship and her crew safe first',
  'Give them a minute, and study the wall',
  'Give the word',
  'Go in to the council',
  'Tell them everything, and let them decide',
  'Sit down on the hearth, and let them talk',
  'Answer Artim, who has come out from under the bench',
  // Chapter 4: The Hills
  'Go out with them',
  'Go to the well',
  'Close the kit on the phasers',
  'Go door to door with Sojef',
  'Walk out to the edge of the fields',
  'Put out the holoship, guard and all',
  'Call Sojef over to choose the road',
  'Small groups, by different paths',
  'Walk at the head with Sojef',
  'Climb on through the dark',
  'Watch where the net is heading',
  'Get the children under the trees',
  "Tell him what is happening, so he isn't afraid",
  'Look up past the drones, for the ship',
  'Follow the path down into the gully',
  'Climb down to him',
  'Crouch beside him',
  'Question him about the collector',
  'Let Worf ask the questions',
  'Search the cloud above the rings for a light',
  'Climb toward the cliffs',
  'The nearest cave, now, and hope the seam holds',
  'Follow the last of them in',
  'Count everyone by name, with Sojef',
  'Sit with Anij by the water',
  'Ask her to tell you about the spring',
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
  // an echo option: offered only to a returning player
  "Warn him not to face Ru'afo alone",
  'Ask him to save his voice for the Council',
  'Tell him he could taste it himself tomorrow',
  'Ask Deanna what she senses, and answer it',
  'Tell him his mother still keeps his tree', // gallatin_turn 4
  'Ask him for his ship',
  'Dress the holoship as his auxiliary bridge', // Gallatin at his side
  'Stand on the false bridge, as his prisoner',
  'Go',
  'Tell him who he was, and who is waiting', // the reach for Ru'afo
  'Give him time to answer',
  'Go',
  'Walk down into the village',
  'Go and find Sojef first',
  'Wait for the ship that will take you home',
  'Walk him up through the rows',
  'Let the autumn come',
  "Cross the river to the exiles' camp",
  'Ask him what he will do with the years',
  'Go back across the river at harvest',
];

it("the-prodigal-return: both secrets, Gallatin turned, and Ru'afo redeemed", () => {
  const run = playRoute(route, {
    echoes: true,
    checks: [
      {
        after: 'Tell him who he was, and who is waiting',
        check: (s) => {
          expect(s.has('secrets', 'schism_record')).toBe(true);
          expect(s.has('secrets', 'orchard_mother')).toBe(true);
          expect(s.num('gallatin_turn')).toBeGreaterThanOrEqual(4);
          expect(s.get('act5_gallatin_beside')).toBe(true);
          expect(s.num('baku_trust')).toBeGreaterThanOrEqual(60);
        },
      },
    ],
  });
  expect(run.ending).toBe('the-prodigal-return');
  expect(run.item('ruafo_fate')).toBe('ruafo_redeemed');
  expect(run.item('collector')).toBe('stood_down');
  // The schism record came through the echo: this route is not open to a first run.
  expect(run.echoesTaken).toContain('Ask her about the year the young ones left');
});
