// Act III's two scenes of an officer turning away before the decision: Geordi's transfer request
// (act3_geordi_request) and Beverly filing the crew's medical log (act3_crusher_files). Each opens
// only at the lowest loyalty a run can bring the officer to by then (the comments above the two
// knots in story/act3_uniform.ink say how): Geordi at 45 on Picard's desk, at 35 after the talk in
// engineering, or at 45 if he brought the request with him and was not won back; Beverly at 40,
// the symptoms never reported. These routes reach each threshold, and a step above it.
// (A loyalty-minimising search, hunt.mjs's evolutionary search with the officer's loyalty at the
// scene as its score, found no route lower.)
import { expect, it } from 'vitest';
import { playRoute, type RouteCheck, type RouteResult } from './endings/play-route.js';

// To the crew gauntlet with Geordi at 45: the schematics sent, Data wounded and handed to the
// admiral's technicians.
const geordiAt45 = [
  // Chapter 1: The Duck Blind
  'Let Crusher steer you to the window',
  'Tell her the Evora need you more',
  'Leave the ambassador to Riker and go',
  'Ask what the favour is before you watch',
  'Ask whether anyone was hurt',
  'Ask where Data is now',
  'Tell him you have seen enough',
  "Send the schematics; let the Son'a stop him", // loyalty_laforge 70 -> 60
  'Leaf through the papers left on the table',
  'Put him straight to work',
  'Ask him for the flight hazards only',
  'Agree, but only his drive and his weapons',
  'Take Riker: he is the best pilot aboard',
  'Hail Data',
  'Ask him what he saw down there',
  "Ask Gallatin to cut off Data's escape instead",
  'Let Riker fly; take the weapons yourself',
  'Stay in open space and wait for a clean shot',
  'Put one shot through his drive housing', // data_state ["malfunctioning"] -> ["damaged"]
  'Record the log entry while it is fresh',
  'Change back into dress uniform first',
  'Ask Troi quietly what she senses from him',
  "Return his greeting with a courtier's bow",
  'Keep to formalities and take your leave',
  'Ask what he has signed and not finished reading',
  'Beam straight to the observers and straight out',
  'Apologise to him for the intrusion',
  'Ask who put the lake off limits',
  'Go down to engineering to see Data',
  "Tell him the Ba'ku took care of the observers",
  'Ask him whether he is functioning',
  'Tell Data to rest',
  // Chapter 2: The Lake
  'Ask Beverly why she is making house calls on androids',
  'Ask who was near Data when he was hit',
  'Take the padd Beverly is holding out',
  "Send Data to the admiral's technicians", // loyalty_laforge 60 -> 45; data_state ["damaged"] -> ["impounded"]
  'Tell Data you will bring him back',
  'Tell him the truth: others are repairing Data',
  'Ask Sojef how old he is',
  'Thank him for feeding the observers',
  'Take the heel of bread a baker holds out',
  'Ask what he would have you do',
  'Survey the shoreline and hills with Worf',
  'Start along the shoreline',
  'Scan the lakebed closely',
  'Ask what the caves would be good for',
  'Tell him you feel it too',
  'Take ten minutes in your own quarters',
  'Try the fencing lunge you gave up years ago',
  'Look in on Worf at tactical',
  'Give the ensign a break, and talk to Worf alone',
  'Look at the two scans again',
  'Send the symptoms to Dougherty', // loyalty_crusher 70 -> 65; symptoms_reported false -> true
  'Leave the lake to the survey teams',
  'Set it aside',
  'Look round the table',
  'Go to Dougherty with what you have',
  'Bring Beverly',
  'Stay on your feet',
  'Tell him you have heard enough of the plan',
  'Accept his reading of the law', // loyalty_crusher 65 -> 55
  'Let the silence sit',
  'Leave without acknowledging him',
  // Chapter 3: The Uniform
  'Take the call',
  'Acknowledge the order, and nothing more',
  'Read the names',
  'Strike your own name off the list',
];

// To the crew gauntlet with Beverly at 50 and the symptoms unreported: Data shot down, Dougherty's
// reading of the law accepted.
const beverlyAt50 = [
  // Chapter 1: The Duck Blind
  'Rescue Riker from the Evora dance',
  'Remind him quietly this is a diplomatic function',
  'Make your apologies to the ambassador in Evora',
  'Ask what the favour is before you watch',
  'Tell him you have seen enough',
  "Send the schematics; let the Son'a stop him", // loyalty_laforge 70 -> 60
  'Watch the Briar Patch fill the viewports',
  'Welcome him aboard like family',
  'Ask him for the flight hazards only',
  'Agree, but only his drive and his weapons',
  'Take Worf: he knows how a small ship fights',
  'Hold course and let him come to you',
  'Tell Gallatin to fire', // loyalty_laforge 60 -> 50; loyalty_crusher 70 -> 60; data_state ["malfunctioning"] -> ["destroyed"]
  "Tell him the debris is Starfleet's, and to leave it",
  'Follow Dougherty without a word',
  "Return his greeting with a courtier's bow",
  'Keep to formalities and take your leave',
  'Tell him you will handle it in your own way',
  'Beam straight to the observers and straight out',
  'Apologise to him for the intrusion',
  'Tell him to put it all in his report',
  'Go up to the bridge',
  "Sit for a moment at Data's console",
  // Chapter 2: The Lake
  'Set down beside the wreck',
  "Leave the wreck to the Son'a recovery team",
  'Tell him plainly how Data died',
  "Put your hand on the tree's bark",
  "Offer to have Hollin's chair replaced",
  'Ask whether anyone ever wanted the machines back',
  'Tell him honestly that you cannot promise it',
  'Survey the shoreline and hills with Worf',
  'Start up into the hills',
  'Ask what the caves would be good for',
  'Scan the lakebed closely',
  'Suggest he see Dr. Crusher',
  'Look in on Worf at tactical',
  'Remind him quietly that the ensign is young',
  'Look in on Ten Forward',
  'Leave them to it',
  'Look at the two scans again',
  'Leave the log, and go down with Geordi at dawn',
  'Tell him what each colour is like', // loyalty_laforge 50 -> 65
  'Dive the lake with Riker',
  'Let Riker lead',
  'Go through the hatch',
  'Step through the arch',
  'Walk to the square',
  'Step closer to the figure in uniform',
  'Download the program and its orders',
  'Start back up through the water',
  'Look round the table',
  'Go to Dougherty with what you have',
  'Go alone',
  'Take the chair he offers',
  'Tell him you have heard enough of the plan',
  'Accept his reading of the law', // loyalty_crusher 60 -> 50; pd_stance ["unspoken"] -> ["letter"]
  'Let the silence sit',
  'Ask him which of his officers shot Data',
  // Chapter 3: The Uniform
  'Take the call',
  'Ask him to come down and walk through the village',
  'Read the names',
  'Send the list down to Beverly, without a word',
];

const play = (labels: string[], checks: RouteCheck[] = []): RouteResult => playRoute(labels, { finishWithFirst: true, checks });
const entered = (run: RouteResult, knot: string): number => run.session.story.state.VisitCountAtPathString(knot) ?? 0;
const laforgeIs = (value: number): RouteCheck['check'] => (s) => expect(s.num('loyalty_laforge')).toBe(value);

it('Geordi at 45, left out of the gauntlet and the only one, puts his request on the desk', () => {
  const run = play(
    [
      ...geordiAt45,
      'Find Deanna in her office',
      'Tell her what you feel when you stand in that village',
      'Promise to ask her yourself',
      'Go down to sickbay and Beverly',
      'Tell her plainly what you are weighing, and what you fear',
      'Ask her to write the question down, for the Council',
      'Admit that you feel it too',
      'Find Will in the observation lounge',
      'Ask him what he would do in your chair',
      'Promise to keep them together if you can',
      'Find Worf in the armoury',
      'Speak of what is owed to those who cannot fight',
      "Tell Will that Worf's post is at your side",
      'Go back to the ready room',
      'Sign it',
    ],
    [{ after: 'Go back to the ready room', check: (s) => expect([s.num('loyalty_laforge'), s.get('unbidden')]).toEqual([45, ['LaForge']]) }],
  );
  expect(entered(run, 'act3_geordi_request')).toBe(1);
  expect(run.get('geordi_stays')).toBe(true);
});

it('Geordi at 45, not visited, has left the request on the desk by the time Picard decides', () => {
  const run = play([...geordiAt45, 'Stop asking, and decide', 'Go back to the ready room', 'Thank him, and keep both on file', 'Sign it'], [
    { after: 'Go back to the ready room', check: (s) => expect(s.get('unbidden')).toEqual(['Riker']) },
    { after: 'Sign it', check: laforgeIs(45) },
  ]);
  expect(entered(run, 'act3_geordi_request')).toBe(1);
});

it('Geordi asks in person when the talk takes him to 35', () => {
  const run = play([...geordiAt45, 'Go down to engineering and Geordi', 'Tell him the list will still be there afterwards', 'Sign it'], [
    { after: 'Tell him the list will still be there afterwards', check: laforgeIs(35) },
  ]);
  expect(entered(run, 'act3_geordi_request')).toBe(1);
});

it('Geordi at 45 brings the request with him, and keeps it when the talk does not win him back', () => {
  const run = play([...geordiAt45, 'Go down to engineering and Geordi', 'Tell him the list is his decision, not yours', 'Sign it'], [
    { after: 'Tell him the list is his decision, not yours', check: laforgeIs(45) },
  ]);
  expect(entered(run, 'act3_geordi_request')).toBe(1);
});

it('Geordi won back in the talk deletes the request, and none reaches the desk', () => {
  const run = play([...geordiAt45, 'Go down to engineering and Geordi', 'Name it plainly: his own eyes, for good'], [
    { after: 'Name it plainly: his own eyes, for good', check: laforgeIs(60) },
  ]);
  expect(entered(run, 'act3_geordi_request')).toBe(0);
});

it('Beverly at 40, after the promise in the turbolift, files the medical log', () => {
  const run = play(
    [
      ...beverlyAt50,
      'Go down to sickbay and Beverly',
      "Promise her the crew won't pay for your choice",
      'Ask her to write the question down, for the Council',
      'Tell her it cannot be allowed to count',
    ],
    [
      { after: 'Tell her it cannot be allowed to count', check: (s) => expect([s.num('loyalty_crusher'), s.get('symptoms_reported')]).toEqual([40, false]) },
      { after: 'Put the letter aside', check: (s) => expect(s.get('symptoms_reported')).toBe(true) },
    ],
  );
  // The filing scene ran: its option was offered and taken (a check that never runs fails the route).
  expect(run.get('symptoms_reported')).toBe(true);
});

it('Beverly at 50 does not file', () => {
  const run = play(
    [
      ...beverlyAt50,
      'Go down to sickbay and Beverly',
      'Ask her, as a doctor, what the particles could do',
      'Ask her to write the question down, for the Council',
      'Tell her it cannot be allowed to count',
    ],
    [{ after: 'Tell her it cannot be allowed to count', check: (s) => expect(s.num('loyalty_crusher')).toBe(50) }],
  );
  // Only the filing reports the symptoms after Act II.
  expect(run.get('symptoms_reported')).toBe(false);
});
