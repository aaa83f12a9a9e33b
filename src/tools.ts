// Build-time entry point: what scripts/build.mjs and the dev scripts import from dist/tools.js.
export { compileInk, formatDiagnostic, type CompileResult, type InkDiagnostic } from './engine/compile.js';
export { compileInkFile } from './story-files.js';
export { randomPlaythrough, type PlaythroughResult } from './engine/random-play.js';
export { Session } from './engine/session.js';
export { seededRandom } from './engine/random-play.js';
export { Story } from './engine/ink.js';
export { Walker } from './engine/explorer/walker.js';
export { search } from './engine/explorer/search.js';
export { verifyStory } from './engine/explorer/verify.js';
