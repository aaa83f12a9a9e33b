// The startup snapshot's entry point. scripts/build.mjs bundles this file to dist/snapshot.cjs
// and runs `node --build-snapshot` on it: at build time it loads every module of the game and
// parses the built-in story; when a player starts the game, bin/insurrection asks Node to
// deserialize that heap and start() runs at once, with no module loading and no parsing before
// the first line. Nothing here may read the terminal, the environment or the clock at build
// time: those belong to the player's run, and start() reads them then.
import { readFileSync } from 'node:fs';
import v8 from 'node:v8';
import { start, useBuiltInStory } from './cli.js';
import { countStoryOptions } from './engine/branch-map.js';
import { nearTagsIn } from './engine/gallery.js';
import { primeOpening } from './engine/primed-session.js';
import { Run } from './engine/run.js';
import { Session } from './engine/session.js';
import { primeStory, storyFact } from './engine/story-cache.js';
import { storyIdentity } from './store/data-dir.js';

const storyPath = process.env.INSURRECTION_SNAPSHOT_STORY;
if (!storyPath) throw new Error('INSURRECTION_SNAPSHOT_STORY names the built story to put in the snapshot');
const json = readFileSync(storyPath, 'utf8').replace(/^\uFEFF/, '');
useBuiltInStory(json);
// Warm-up: play the opening and a few choices on a throwaway story, so the functions a
// first passage runs are compiled into the snapshot instead of on the player's clock.
{
  const session = new Session(json, { seed: 1 });
  const run = Run.begin(session, { seed: 1, variables: {}, prelude: [] });
  run.advance();
  for (let i = 0; i < 6 && session.options.length > 0; i++) {
    run.peek(0);
    run.choose(0);
    run.advance();
  }
  session.snapshot();
}
primeStory(json);
// A new player's first passage, played now (only when it cannot depend on the seed).
primeOpening(json);
// The same facts the logbook and the data directory would otherwise scan for at start.
// storyIdentity(json, undefined);
storyFact(json, 'near-tags', () => nearTagsIn(json));
storyFact(json, 'option-count', () => countStoryOptions(json));

v8.startupSnapshot.setDeserializeMainFunction(() => start(process.argv.slice(2)));
