// The file formats of saves and profiles: typed values to JSON text and back, checked
// field by field on the way in. Pure; src/store/ does the reading and writing.
import type { Chapter, RunRecord, Step } from './history.js';
import type { Profile } from './profile.js';
import { array, boolean, integer, literal, nullable, number, object, oneOf, record, SchemaError, string, type Check } from './schema.js';
import type { InkValue } from './story-state.js';

export const SAVE_FORMAT = 'insurrection-save';
export const PROFILE_FORMAT = 'insurrection-profile';

export interface SaveFile {
  story: string;
  storyVersion: string;
  slot: string;
  savedAt: string;
  summary: { chapter: string | null; choices: number; ending: string | null };
  run: RunRecord;
}

/** Saves and profiles stay far below this; a larger file is refused unread. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/**
 * A file that is not what it should be. The message is the reason as a phrase that
 * follows the file's name ("it is empty"); `newer` files are left alone rather than
 * replaced, since a newer game can still read them.
 */
export class BadFile extends Error {
  constructor(
    message: string,
    readonly kind: 'damaged' | 'newer' | 'foreign' = 'damaged',
  ) {
    super(message);
    this.name = 'BadFile';
  }
}

/** Keys no save or profile has, and which would reach an object's prototype if trusted. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

class ForbiddenKey extends Error {
  constructor(readonly key: string) {
    super(key);
  }
}

const inkValue: Check<InkValue> = oneOf(oneOf(number, boolean, 'a value'), string, 'a number, true/false or text');
const chapter: Check<Chapter> = object({ number: integer, title: string });
const route = array(object({ index: integer, count: integer }));
const variables = record(inkValue);

const origin = object(
  { seed: integer, variables, prelude: route, preludeState: string, preludeChapter: nullable(chapter), checkpoint: string },
  ['preludeState', 'preludeChapter', 'checkpoint'],
);

// A step on disk is a short array, [point, chapter number, options, taken index, taken text],
// because a long run has hundreds and a save should stay small.
type StepRow = [string, number | null, number, number | null, string | null];
const stepRow: Check<StepRow> = (v, p) => {
  if (!Array.isArray(v) || v.length !== 5) throw new SchemaError(p, 'a step [point, chapter, options, taken, text]');
  return [string(v[0], `${p}[0]`), nullable(integer)(v[1], `${p}[1]`), integer(v[2], `${p}[2]`), nullable(integer)(v[3], `${p}[3]`), nullable(string)(v[4], `${p}[4]`)];
};

const saveShape = object({
  format: literal(SAVE_FORMAT),
  version: literal(1),
  story: string,
  storyVersion: string,
  slot: string,
  savedAt: string,
  summary: object({ chapter: nullable(string), choices: integer, ending: nullable(string) }),
  run: object({ origin, steps: array(stepRow), chapters: record(string), snapshots: record(string), ending: nullable(string) }),
});

function parseJson(raw: string): unknown {
  const text = raw.replace(/^\uFEFF/, '');
  if (text.length > MAX_FILE_BYTES) throw new BadFile(`it is too large (${megabytes(text.length)}; the limit is ${megabytes(MAX_FILE_BYTES)})`);
  if (text.trim() === '') throw new BadFile('it is empty');
  try {
    return JSON.parse(text, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) throw new ForbiddenKey(key);
      return value;
    }) as unknown;
  } catch (err) {
    if (err instanceof ForbiddenKey) throw new BadFile(`it is damaged (it holds the key "${err.key}", which no game writes)`);
    const message = err instanceof Error ? err.message : '';
    if (/end of JSON input|Unterminated/i.test(message)) throw new BadFile('it is cut short (damaged: the text stops partway)');
    throw new BadFile('it is damaged (not readable JSON)');
  }
}

export function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function checked<T>(check: Check<T>, value: unknown): T {
  try {
    return check(value, '');
  } catch (err) {
    if (err instanceof SchemaError) throw new BadFile(`it is damaged (${err.message})`);
    throw err;
  }
}

function formatOf(value: unknown): { format?: unknown; version?: unknown } {
  return typeof value === 'object' && value !== null ? (value as { format?: unknown; version?: unknown }) : {};
}

export function serializeSave(save: SaveFile): string {
  const chapters: Record<string, string> = {};
  const steps: StepRow[] = save.run.steps.map((s) => {
    if (s.chapter) chapters[String(s.chapter.number)] = s.chapter.title;
    return [s.point, s.chapter?.number ?? null, s.count, s.taken?.index ?? null, s.taken?.text ?? null];
  });
  const { origin: o, snapshots, ending } = save.run;
  const file = { format: SAVE_FORMAT, version: 1, story: save.story, storyVersion: save.storyVersion, slot: save.slot, savedAt: save.savedAt, summary: save.summary, run: { origin: o, steps, chapters, snapshots, ending } };
  return `${JSON.stringify(file)}\n`;
}

export function parseSave(text: string): SaveFile {
  const raw = parseJson(text);
  const head = formatOf(raw);
  if (head.format !== SAVE_FORMAT) throw new BadFile('it is not an Insurrection save', 'foreign');
  if (typeof head.version === 'number' && head.version > 1) throw new BadFile('it was made by a newer version of the game', 'newer');
  const file = checked(saveShape, raw);
  const steps: Step[] = file.run.steps.map(([point, chapterNumber, count, index, text], i) => {
    if (index !== null && index >= count) throw new BadFile(`it is damaged (run.steps[${i}] takes an option that is not there)`);
    if (index === null && i < file.run.steps.length - 1) throw new BadFile(`it is damaged (run.steps[${i}] has no option taken)`);
    const title = chapterNumber === null ? undefined : file.run.chapters[String(chapterNumber)];
    const step: Step = { point, chapter: chapterNumber === null ? null : { number: chapterNumber, title: title ?? '' }, count };
    if (index !== null) step.taken = { index, text: text ?? '' };
    return step;
  });
  const snapshots: Record<number, string> = {};
  for (const [k, v] of Object.entries(file.run.snapshots)) {
    if (!/^\d+$/.test(k) || Number(k) >= steps.length) throw new BadFile('it is damaged (a snapshot is out of place)');
    snapshots[Number(k)] = v;
  }
  const { origin: o } = file.run;
  return { ...file, run: { origin: { ...o, preludeChapter: o.preludeChapter ?? null }, steps, snapshots, ending: file.run.ending } };
}

const endingRecord = object({ first: string, times: integer, shortest: integer });
const pointRecord = object(
  { chapter: nullable(chapter), label: string, options: record(object({ text: string, taken: integer, next: array(string) })), last: string },
  ['last'],
);
const checkpointRecord = object(
  { id: string, chapter: nullable(chapter), seed: integer, variables, route, state: string, stateChapter: nullable(chapter), reached: string },
  ['state', 'stateChapter'],
);
const profileShape = object({
  format: literal(PROFILE_FORMAT),
  version: literal(1),
  story: string,
  profile: object({
    runsStarted: integer,
    runsCompleted: integer,
    endings: record(endingRecord),
    secrets: array(string),
    near: array(string),
    seen: array(string),
    storyVersion: string,
    points: record(pointRecord),
    checkpoints: record(checkpointRecord),
  }),
});

export function serializeProfile(story: string, profile: Profile): string {
  return `${JSON.stringify({ format: PROFILE_FORMAT, version: 1, story, profile })}\n`;
}

export function parseProfile(text: string): { story: string; profile: Profile } {
  const raw = parseJson(text);
  const head = formatOf(raw);
  if (head.format !== PROFILE_FORMAT) throw new BadFile('it is not an Insurrection profile', 'foreign');
  if (typeof head.version === 'number' && head.version > 1) throw new BadFile('it was written by a newer version of the game', 'newer');
  const file = checked(profileShape, raw);
  return { story: file.story, profile: file.profile as Profile };
}
