// A House Divided: wrong appeals and hard orders. Picard overrules Riker three times in Act III
// (the blame is his alone, it is not a discussion, Riker hears it with the rest of the ship),
// then defies the order and makes it an order: below 35, Riker relieves him (command relieved),
// and the Enterprise stays with the admiral. With no ship to call, the collector can only be
// stopped with Dougherty's help: Picard has raised his doubt since Act I, and an echo option (a
// returning player's) keeps the admiral alive to order the stand-down, so Picard can lock Ru'afo
// out with the admiral's code. A first run has no such route: relieved, every way off the
// collector without Dougherty ends in another ending, and no three officers can be estranged
// while the Enterprise still comes back for him.
import { expect, it } from 'vitest';
import { playRoute } from './play-route.js';

// 146 choices (a returning player: every echo_* set).
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
  'Tell him to keep her warm',
  'Tell him he will hear it with the rest of the ship', // Riker -15
  'Defy it openly: send the ship out, and go down yourself', // mutiny
  'Tell the bridge why, before you tell the admiral',
  'Make it an order', // Riker relieves him
  'Take him with you',
  'Put on the coat',
  'Have the ship recall her',
  'Tell him to stay at ops',
  'Tell him to stay with his engines',
  'Tell them everything, and let them decide',
  'Sit down on the hearth, and let them talk',
  'Answer Artim, who has come out from under the bench',
  // Chapter 4: The Hills
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
  // an echo option: offered only to a returning player
  'Ask him to take you with him', // Dougherty lives
  'Ask him to order the stand-down now, on every channel', // act5_standdown
  'Tell him it does',
  'Speak to him as one soldier to another',
  'Ask him for his ship',
  'Go straight for the collector',
  'Go',
  'Hail him as you come in',
  "Lock him out with the admiral's code", // the collector stood down
  'Go',
  'Walk down into the village',
  'Sit down beside her',
  'Wait for the ship that will take you home',
  'Read the requests',
  'Send for Will',
  'Tell him he was right to relieve you',
  'Walk the ship the night before she sails',
];

it('a-house-divided: Riker relieves Picard, and the collector is still stood down', () => {
  const run = playRoute(route, {
    echoes: true,
    checks: [
      { after: 'Make it an order', check: (s) => expect([s.item('command'), s.num('loyalty_riker') < 35]).toEqual(['relieved', true]) },
      { after: 'Ask him to take you with him', check: (s) => expect([s.get('dougherty_alive'), s.num('dougherty_doubt') >= 3]).toEqual([true, true]) },
      { after: "Lock him out with the admiral's code", check: (s) => expect(s.item('collector')).toBe('stood_down') },
    ],
  });
  expect(run.ending).toBe('a-house-divided');
  expect(run.item('command')).toBe('relieved');
  expect(run.item('collector')).toBe('stood_down');
  // The endings ahead of it in choose_ending() do not apply.
  expect(run.item('picard_fate')).toBe('picard_alive');
  expect(run.item('data_state')).not.toBe('destroyed');
  expect(run.num('baku_taken')).toBeLessThan(300);
  expect(run.echoesTaken).toContain('Ask him to take you with him');
});
