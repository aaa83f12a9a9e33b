// Build-time entry point: what scripts/build.mjs and the dev scripts import from dist/tools.js.
export { compileInk, formatDiagnostic, type CompileResult, type InkDiagnostic } from './engine/compile.js';
export { compileInkFile } from './story-files.js';
export { randomPlaythrough, type PlaythroughResult } from './engine/random-play.js';
export { Session } from './engine/session.js';
export { seededRandom } from './engine/random-play.js';
// For bench/bench.mjs: the real save path (the logbook over a store) and the map view.
export { Run } from './engine/run.js';
export { Logbook } from './store/logbook.js';
export { GameStore } from './store/store.js';
export { storyIdentity } from './store/data-dir.js';
export { auditChoices, type ChoiceAudit } from './engine/choice-audit.js';
export { auditSources } from './story-audit.js';
export { Story } from './engine/ink.js';
export { Walker } from './engine/explorer/walker.js';
export { search } from './engine/explorer/search.js';
export { verifyStory } from './engine/explorer/verify.js';
// For scripts/cover.mjs: routes that cover what the guard's partial search cannot.
export { Relevance } from './engine/explorer/relevance.js';
export { parseRoute } from './engine/explorer/story-map.js';
export { visibleChoices } from './engine/explorer/stepper.js';
