// The Quiet Report: the incurious, deferential captain. Picard sends the damaged Data to the
// admiral's technicians (a first decline) and leaves the lake to the survey teams (a second),
// never seeing the holoship; with two declines, the quiet_report_gate at the end of Act II lays
// Dougherty's drafted report on his desk, and he signs it. The game ends before Act III.
import { expect, it } from 'vitest';
import { playRoute } from './play-route.js';

// 60 choices.
const route = [
  // Chapter 1: The Duck Blind
  'Let Crusher steer you to the window',
  'Tell her the Evora need you more',
  'Leave the ambassador to Riker and go',
  'Ask to see the recording',
  'Ask what he needs from you',
  'Refuse the numbers; go after Data yourself',
  'Watch the Briar Patch fill the viewports',
  'Put him straight to work',
  'Let him go on',
  'Agree, but only his drive and his weapons',
  'Take Worf: he knows how a small ship fights',
  'Hail Data',
  'Ask him what he saw down there',
  "Ask Worf to target the scout's drive",
  'Record the log entry while it is fresh',
  'Go as you are, nebula dust and all',
  'Follow Dougherty without a word',
  "Return his greeting with a courtier's bow",
  'Keep to formalities and take your leave',
  "Ask what the Ba'ku have been told so far",
  'Beam down to the village square, and walk in',
  'Walk toward the voices',
  'Give him a cover story: a survey team, an accident',
  'Tell him Data is your friend, and safe now',
  "Ask her how the Ba'ku knew they were watched",
  'Ask Hessan whether they were held against their will',
  'Tell him to put it all in his report',
  'Tell her you would do it again',
  'Go down to engineering to see Data',
  "Tell him the Ba'ku took care of the observers",
  'Ask him what he remembers',
  'Promise him you will find his missing days',
  // Chapter 2: The Lake
  'Ask whether Data is in any distress',
  'Ask who was near Data when he was hit',
  'Take the padd Beverly is holding out',
  "Send Data to the admiral's technicians", // decline 1
  'Tell Data you will bring him back',
  'Tell him Data is busy',
  "Put your hand on the tree's bark",
  'Keep to the story',
  'Ask whether anyone ever wanted the machines back',
  'Promise him the blind will not be rebuilt',
  'Survey the shoreline and hills with Worf',
  'Start up into the hills',
  'Mark the safe entrances on the survey map',
  'Skip a stone across the water',
  'Suggest he see Dr. Crusher',
  'Look in on Worf at tactical',
  'Give the ensign a break, and talk to Worf alone',
  'Look in on Geordi in engineering',
  'Sit down on the deck beside him',
  'Look at the two scans again',
  'Leave the log, and go down with Geordi at dawn',
  'Tell him plainly, colour by colour',
  'Leave the lake to the survey teams', // decline 2
  'Sign the report, and take the Enterprise home', // the quiet report
  'Ask him whether he remembers a boy named Artim',
  'Return to the ceremonial round',
  'Read the line aloud at the morning briefing',
  "Dress for the evening's reception",
];

it('the-quiet-report: two declines, and Picard signs the drafted report', () => {
  const run = playRoute(route, {
    checks: [
      { after: "Send Data to the admiral's technicians", check: (s) => expect([s.num('declines'), s.item('data_state')]).toEqual([1, 'impounded']) },
      { after: 'Leave the lake to the survey teams', check: (s) => expect(s.num('declines')).toBe(2) },
    ],
  });
  expect(run.ending).toBe('the-quiet-report');
  // It leaves Act II directly: no Act III, no command decision, no holoship.
  expect(run.chapters).toEqual([1, 2]);
  expect(run.item('command')).toBe('captain');
  expect(run.has('evidence', 'holoship')).toBe(false);
});
