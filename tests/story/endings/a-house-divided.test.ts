// A House Divided, on a first run (no echoes): wrong appeals and hard orders. Picard overrules
// Riker three times in Act III (the blame is his alone, it is not a discussion, Riker hears it with
// the rest of the ship), then defies the order and makes it an order: below 35, Riker relieves him
// (command relieved), and the Enterprise stays with the admiral. Dougherty goes to face Ru'afo
// alone and does not come back, so Picard takes the collector himself; at the override the voice
// on the channel is Will's, from the admiral's side of the orbit (act5_will_reaches: relieved, and
// Riker not estranged, 25 or more), and the beam takes Picard out as the collector's heart goes
// white. Alive, the collector destroyed, Data whole, under 300 taken: the endings ahead of it in
// choose_ending() do not apply, and a relieved captain's comes first.
import { expect, it } from 'vitest';
import { playRoute } from './play-route.js';

// 150 choices (a first run: no echo_* set).
const route = [
  // Chapter 1: The Duck Blind
  'Rescue Riker from the Evora dance',
  'Remind him quietly this is a diplomatic function',
  'Make your apologies to the ambassador in Evora',
  'Ask what the favour is before you watch',
  'Replay the moment before Data turns',
  'Ask where Data is now',
  'Tell him you have seen enough',
  'Agree to go, and ask why the survey is sealed',
  'Watch the Briar Patch fill the viewports',
  'Welcome him aboard like family',
  'Ask him for the flight hazards only',
  'Agree, but only his drive and his weapons',
  'Take Geordi: nobody knows Data better',
  'Hold course and let him come to you',
  'Let Geordi try a cold lock now',
  'Fly into his fire so he has to drop his shields',
  'Let Geordi finish it at once',
  'Sit beside Data for the flight home',
  'Change back into dress uniform first',
  'Ask Troi quietly what she senses from him',
  "Return his greeting with a courtier's bow",
  'Accept his dinner and play the gracious guest',
  'Toast his hospitality',
  'Ask what he has signed and not finished reading', // doubt 1
  'Beam straight to the observers and straight out',
  'Tell the observers to prepare for transport',
  'Tell him to put it all in his report',
  'Go down to engineering to see Data',
  'Tell him no one was seriously hurt',
  'Ask him what he remembers',
  'Promise him you will find his missing days',
  // Chapter 2: The Lake
  'Ask Beverly why she is making house calls on androids',
  'Ask who was near Data when he was hit',
  'Take the padd Beverly is holding out',
  'Order the full diagnostic, however long it takes',
  'Ask what he found there',
  'Take him with you',
  'Let Data answer for himself',
  "Put your hand on the tree's bark",
  'Thank him for feeding the observers',
  'Show Sojef your tricorder',
  'Ask what he would have you do',
  'Survey the shoreline and hills with Data',
  'Start along the shoreline',
  'Scan the lakebed closely',
  'Call the ship for a transporter lock inside',
  'Ask what he would set down, if he could',
  'Take ten minutes in your own quarters',
  'Look down at the planet',
  'Look in on Geordi in engineering',
  'Sit down on the deck beside him',
  'Look at the two scans again',
  'Leave the log, and go down with Geordi at dawn',
  'Tell him what each colour is like',
  'Leave the lake to the survey teams',
  'Look round the table',
  "Have Worf scan the Son'a ships, and risk being seen",
  'Have Worf log it under seal, for your eyes only',
  'Bring Beverly',
  'Take the chair he offers',
  'Tell him you have heard enough of the plan',
  'Argue the spirit of the Directive', // doubt 2
  'Let the silence sit',
  'Leave without acknowledging him',
  // Chapter 3: The Uniform
  'Take the call',
  'Ask him to come down and walk through the village', // doubt 3
  'Read the names',
  'Turn it face down, and look at the planet',
  'Find Will in the observation lounge',
  'Tell him the decision, and the blame, are yours alone', // Riker -10
  'Make it plain this is not a discussion', // Riker -10
  'Find Worf in the armoury',
  "Ask for his tactical read on the Son'a",
  'Tell Will the rota can wait until you decide',
  'Find Data in stellar cartography',
  'Lay out the evidence and ask for his assessment',
  'Ask him to trust your judgement, when it comes',
  'Go down to sickbay and Beverly',
  'Ask her, as a doctor, what the particles could do',
  'Ask her to write the question down, for the Council',
  'Admit that you feel it too',
  'Go back to the ready room',
  'Tell him to keep her warm',
  'Tell him he will hear it with the rest of the ship', // Riker -15
  'Defy it openly: send the ship out, and go down yourself', // mutiny
  'Tell the bridge why, before you tell the admiral',
  'Make it an order', // Riker relieves him
  'Leave the bridge',
  'Take him with you',
  'Put on the coat',
  'Have the ship recall her',
  'Tell him to stay at ops',
  'Tell him to stay with his engines',
  'Go in to the council',
  'Tell them everything, and let them decide',
  'Sit down on the hearth, and let them talk',
  'Answer Artim, who has come out from under the bench',
  // Chapter 4: The Hills
  'Go out with them',
  'Go to the well',
  'Take a phaser and clip it to your belt',
  'Go door to door with Sojef',
  'Walk out to the edge of the fields',
  'Drones only. Nothing with a pulse.',
  'Then you answer them, and no further',
  'Call Sojef over to choose the road',
  'Small groups, by different paths',
  'Walk beside Anij',
  'Climb on through the dark',
  'Watch where the net is heading',
  'Get the children under the trees',
  "Tell him what is happening, so he isn't afraid",
  'Follow the path down into the gully',
  'Climb down to him',
  'Crouch beside him',
  'Question him about the collector',
  'Let Worf ask the questions',
  'Climb toward the cliffs',
  'Follow the last of them in',
  'Put the children deepest, behind the old',
  'Sit with Anij by the water',
  'Ask her to tell you about the spring',
  'Go back to check the galleries',
  'Find her in the dark',
  'Take stock',
  'Lever off the slab and carry her out, and risk the roof',
  'Talk to her as you go, and take it slowly',
  'Wait for the light',
  'Go to the cave mouth',
  'Walk out and surrender, so that no one else is hurt',
  'Ask Gallatin to carry the injured first',
  // Chapter 5: The Collector
  'Time the changes of the guard',
  'Keep it to yourself, for the admiral',
  'Tell him what his partners are',
  'Watch him go', // Dougherty dies
  'Keep watching',
  'Tell him it does',
  'Speak to him as one soldier to another',
  'Ask him for his ship',
  'Go straight for the collector',
  'Go',
  'Hail him as you come in',
  "Go for Ru'afo and the controls",
  "Call to Ru'afo to come with you", // Will's lock: the collector destroyed, Picard out
  'Walk down into the village',
  'Sit down beside her',
  'Wait for the ship that will take you home',
  'Read the requests',
  'Send for Will',
  'Tell him he was right to relieve you',
  'Walk the ship the night before she sails',
];

it('a-house-divided: Riker relieves Picard, then beams him off the collector', () => {
  const run = playRoute(route, {
    checks: [
      { after: 'Make it an order', check: (s) => expect([s.item('command'), s.num('loyalty_riker')]).toEqual(['relieved', 25]) },
      { after: 'Watch him go', check: (s) => expect(s.get('dougherty_alive')).toBe(false) },
      { after: 'Go straight for the collector', check: (s) => expect([s.call('act5_will_reaches'), s.item('collector')]).toEqual([true, 'deployed']) },
    ],
  });
  expect(run.ending).toBe('a-house-divided');
  expect(run.item('command')).toBe('relieved');
  expect(run.num('loyalty_riker')).toBeGreaterThanOrEqual(25);
  expect(run.item('collector')).toBe('collector_destroyed');
  // The endings ahead of it in choose_ending() do not apply.
  expect(run.item('picard_fate')).toBe('picard_alive');
  expect(run.item('data_state')).not.toBe('destroyed');
  expect(run.num('baku_taken')).toBeLessThan(300);
  expect(run.get('late_turn')).toBe(false);
  // A first run: no echo was set, and none was taken.
  expect(run.echoesTaken).toEqual([]);
  expect(run.get('echo_face_chamber')).toBe(false);
});
