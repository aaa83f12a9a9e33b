// Where the game keeps saves and profiles: --data-dir, then INSURRECTION_DATA_DIR, then
// the platform's data directory (XDG on Linux). Decides only; nothing is created here.
import { createHash } from 'node:crypto';
import { basename, join, resolve } from 'node:path';
import { storyFact } from '../engine/story-cache.js';

export interface Platform {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  home: string;
}

export function dataDir(flag: string | undefined, where: Platform): string {
  if (flag) return resolve(flag);
  const { env, platform, home } = where;
  if (env.INSURRECTION_DATA_DIR) return resolve(env.INSURRECTION_DATA_DIR);
  if (platform === 'win32') return join(env.APPDATA || join(home, 'AppData', 'Roaming'), 'insurrection');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'insurrection');
  // XDG: a relative XDG_DATA_HOME is invalid and must be ignored.
  const xdg = env.XDG_DATA_HOME && env.XDG_DATA_HOME.startsWith('/') ? env.XDG_DATA_HOME : join(home, '.local', 'share');
  return join(xdg, 'insurrection');
}

export interface StoryIdentity {
  /** Names the story's folder in the data dir: the game's own story, or one per story file. */
  key: string;
  /** Changes whenever the compiled story does: saves from another version are refused. */
  version: string;
}

const hash = (text: string): string => createHash('sha1').update(text).digest('hex');

/** The built-in story is "insurrection"; a --story file is its name plus a hash of where it lives. */
export function storyIdentity(json: string, storyPath: string | undefined): StoryIdentity {
  const version = storyFact(json, 'version', () => hash(json).slice(0, 12));
  if (storyPath === undefined) return { key: 'insurrection', version };
  const full = resolve(storyPath);
  const name = basename(full).replace(/\.(ink|json)$/i, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 32) || 'story';
  return { key: `story-${name}-${hash(full).slice(0, 8)}`, version };
}
