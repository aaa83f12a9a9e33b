// The Fountain Shared (locked): evidence and institutions, plus an echo. Played as a returning
// player, every echo_* set. Picard works on Dougherty from the first day (what he has signed, the
// spirit of the Directive, a walk through the village: doubt 3), has Geordi read the collector's
// specifications (collector_projection), warns the Ba'ku in secret (covert) and sends the evidence
// out with Riker, signed as captain. Telling each officer only what their post needs costs Beverly
// 5, so in the hills a word for her speed at the clinic brings her back to 70, and she gets her
// hour and finds the renewal at ground level (in_situ). In Act V an echo option keeps the admiral
// from facing Ru'afo alone, so he lives to testify (doubt 4), orders the stand-down, and Picard
// locks the collector out with his code. The Council hears a case of 5 or more, with the
// Directive unbroken.
import { expect, it } from 'vitest';
import { playRoute } from './play-route.js';

// 180 choices (a returning player: every echo_* set).
const route = [
  // Chapter 1: The Duck Blind
  'Let Crusher steer you to the window',
  'Promise her a real leave',
  'Make your apologies to the ambassador in Evora',
  'Ask what the favour is before you watch',
  'Ask where Data is now',
  'Tell him you have seen enough',
  "Send the schematics; let the Son'a stop him",
  'Watch the Briar Patch fill the viewports',
  'Welcome him aboard like family',
  'Ask him for the flight hazards only',
  'Tell him sharply that Data is not a target',
  'Take Worf: he knows how a small ship fights',
  'Hold course and let him come to you',
  'Order him to hold fire',
  "Ask Worf to target the scout's drive",
  'Sit beside Data for the flight home',
  'Go as you are, nebula dust and all',
  'Ask Troi quietly what she senses from him',
  // an echo option: offered only to a returning player
  'Look longer at the couch and its filaments',
  'Accept his dinner and play the gracious guest',
  'Toast his hospitality',
  'Ask what he has signed and not finished reading', // doubt 1
  'Beam down to the village square, and walk in',
  'Walk toward the voices',
  'Tell him plainly who you are and why you have come',
  'Tell him Data is your friend, and safe now',
  'Walk beside her without speaking',
  'Ask Sojef what his people would like done now',
  'Ask what Data did when nobody answered',
  'Go down to engineering to see Data',
  "Tell him the Ba'ku took care of the observers",
  'Ask him whether he is functioning',
  'Tell Data to rest',
  // Chapter 2: The Lake
  'Ask what he has found',
  'Ask who was near Data when he was hit',
  'Take the padd Beverly is holding out',
  "Send Data to the admiral's technicians",
  'Tell Data you will bring him back',
  'Tell him the truth: others are repairing Data',
  "Put your hand on the tree's bark",
  "Offer to have Hollin's chair replaced",
  'Show Sojef your tricorder',
  'Ask what he would have you do',
  'Walk through the orchard with Anij',
  'Take the second basket from her',
  'Sit down in the grass, with empty hands',
  'Offer to help with the grafting',
  'Ask whether she would take him back',
  'Wait',
  'Tell her you should be getting back to your ship',
  'Thank her, and go',
  'Look in on Worf at tactical',
  'Remind him quietly that the ensign is young',
  'Look in on Geordi in engineering',
  'Ask what he is seeing',
  'Look at the two scans again',
  'Leave the log, and go down with Geordi at dawn',
  'Tell him what each colour is like',
  'Leave the lake to the survey teams',
  'Set it aside',
  'Look round the table',
  "Ask Geordi to read the collector's specifications", // collector_projection
  'Ask whether it could be done another way',
  'Go alone',
  'Take the chair he offers',
  'Ask who authorised this',
  "Ask why the Ba'ku are not to be told",
  'Tell him you have heard enough of the plan',
  'Argue the spirit of the Directive', // doubt 2, the spirit
  'Let the silence sit',
  'Leave without acknowledging him',
  // Chapter 3: The Uniform
  'Take the call',
  'Ask him to come down and walk through the village', // doubt 3
  'Tell him Data comes home before your ship sails',
  'Read the names',
  'Strike your own name off the list',
  'Go down to sickbay and Beverly',
  "Promise her the crew won't pay for your choice",
  'Ask her to write the question down, for the Council',
  'Admit that you feel it too',
  'Find Worf in the armoury',
  'Speak of what is owed to those who cannot fight',
  'Tell Will the rota can wait until you decide',
  'Go down to engineering and Geordi',
  'Tell him the list will still be there afterwards',
  'Find Will in the observation lounge',
  'Ask him what he would do in your chair',
  'Promise to keep them together if you can',
  'Go back to the ready room',
  'Thank her for going',
  'Acknowledge the order, and go down to warn them in secret', // command: covert
  'Tell each only what their post needs',
  'Look to Deanna first',
  'Turn to the departure plan',
  'Take Will down with you, and give the ship to Perim',
  'Take Worf down to the planet',
  'Send Deanna down to the village',
  'Take Beverly down to the village',
  'Take Data down to the village',
  'Keep Geordi in engineering, where the ship needs him',
  'Read it through',
  'Sign it as captain of the Enterprise',
  'Get the message out, whatever it costs', // the evidence goes out
  'Give the word',
  'Go in to the council',
  'Tell them everything, and urge the hills',
  'Tell him what you advise',
  'Answer Artim, who has come out from under the bench',
  // Chapter 4: The Hills
  'Go out with them',
  'Go to the well',
  'Take a phaser and clip it to your belt',
  'Ask Deanna to find the frightened ones first',
  'Walk out to the edge of the fields',
  'Put out the holoship, guard and all',
  'Call Sojef over to choose the road',
  'Make a stand at the ridge and bring the drones down',
  'Walk beside Anij',
  'Climb on through the dark',
  'Watch where the net is heading',
  'Ask Data how the drones find their marks',
  'Tear the tag off with your bare hand',
  'Look up past the drones, for the ship',
  'Follow the streambed up into the rocks',
  'Keep Data with the children',
  'Keep watch, and let them play',
  'Ask Data why he moved',
  'Follow the path down into the gully',
  'Climb down to him',
  'Crouch beside him',
  'Question him about the collector',
  'Ask him yourself, quietly',
  'Go and find Beverly',
  'Tease her about how fast she is moving',
  'Give her the hour', // in_situ
  'Tell her it is the argument the admiral lacks',
  'Search the cloud above the rings for a light',
  'Climb toward the cliffs',
  'Answer it',
  'Close the channel without a word',
  'Have Data scan for the deepest seam',
  'Follow the last of them in',
  'Count everyone by name, with Sojef',
  'Find Worf at the cave mouth',
  'Wait, and let him decide what to do',
  'Go back to check the galleries',
  'Find her in the dark',
  'Take stock',
  'Stay with her, and wait for the diggers',
  'The sound of her breathing',
  'Stay in it',
  'Try to tell her',
  'Sit down in the dust, and breathe',
  'Wait for the light',
  'Go to the cave mouth',
  'Fight them at the cave mouth',
  'Hold the mouth while the hurt are carried back',
  'Climb',
  // Chapter 5: The Collector
  'Count who is left, with Sojef',
  'Take everyone higher, under the rocks',
  'Answer him',
  'Keep it for the admiral',
  'Tell him to take his name back',
  // an echo option: offered only to a returning player
  'Ask him to keep this channel open when he goes', // Dougherty lives
  'Ask him to order the stand-down now, on every channel',
  'Tell him he could taste it himself tomorrow',
  'Speak to him as one soldier to another',
  'Ask him for his ship',
  'Go straight for the collector',
  'Leave Data with the others',
  'Come in dark, under his guns',
  "Lock him out with the admiral's code", // the collector stood down
  'Go',
  'Walk down into the village',
  'Go and find Sojef first',
  'Wait for the ship that will take you home',
  'Speak before the admiral',
  'Carry the question to the village',
  'Go back to the ship',
  'Ask her to stay aboard and choose someone',
  'Go down for the first morning',
];

it("the-fountain-shared: Dougherty lives and testifies, and Beverly's finding makes the case", () => {
  const run = playRoute(route, {
    echoes: true,
    checks: [
      { after: 'Tease her about how fast she is moving', check: (s) => expect(s.num('loyalty_crusher')).toBeGreaterThanOrEqual(70) },
      { after: 'Give her the hour', check: (s) => expect(s.has('secrets', 'in_situ')).toBe(true) },
      { after: 'Ask him to keep this channel open when he goes', check: (s) => expect([s.get('dougherty_alive'), s.num('dougherty_doubt')]).toEqual([true, 4]) },
    ],
  });
  expect(run.ending).toBe('the-fountain-shared');
  expect(run.get('dougherty_alive')).toBe(true);
  expect(run.num('dougherty_doubt')).toBeGreaterThanOrEqual(4);
  expect(run.has('secrets', 'in_situ')).toBe(true);
  expect(run.has('evidence', 'collector_projection')).toBe(true);
  expect(run.call('council_case')).toBeGreaterThanOrEqual(5);
  expect(run.item('prime_directive')).not.toBe('breached');
  expect(run.num('baku_trust')).toBeGreaterThanOrEqual(70);
  expect(run.item('collector')).toBe('stood_down');
  // Dougherty lives through an echo: this route is not open to a first run.
  expect(run.echoesTaken).toContain('Ask him to keep this channel open when he goes');
});
