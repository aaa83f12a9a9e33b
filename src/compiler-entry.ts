// The ink compiler on its own (dist/compiler.cjs): what the startup snapshot loads from disk
// when a player runs `insurrection --story FILE.ink`. See scripts/build.mjs.
export { compileInkFile } from './story-files.js';
export { formatDiagnostic } from './engine/compile.js';
