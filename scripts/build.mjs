#!/usr/bin/env node
// Builds whatever is stale: the TypeScript bundle (dist/*.js) and the story (dist/story.json).
// Any ink error, warning or TODO fails the build with its file and line.
//   node scripts/build.mjs [--quiet] [--force] [--stats]
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const args = new Set(process.argv.slice(2));
const quiet = args.has('--quiet');
const force = args.has('--force');
const log = (msg) => { if (!quiet) process.stderr.write(`${msg}\n`); };

function newestMtime(paths) {
  let newest = 0;
  for (const p of paths) {
    if (!existsSync(p)) continue;
    const st = statSync(p);
    if (st.isDirectory()) {
      newest = Math.max(newest, newestMtime(readdirSync(p).map((n) => join(p, n))));
    } else {
      newest = Math.max(newest, st.mtimeMs);
    }
  }
  return newest;
}

function mtime(p) {
  return existsSync(p) ? statSync(p).mtimeMs : 0;
}

function writeAtomic(file, text) {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

async function bundle() {
  const outputs = ['cli.js', 'tools.js'].map((f) => join(dist, f));
  const inputs = newestMtime([join(root, 'src'), join(root, 'package.json'), join(root, 'package-lock.json'), fileURLToPath(import.meta.url)]);
  if (!force && outputs.every((o) => mtime(o) >= inputs)) return false;
  const esbuild = await import('esbuild');
  // Chunk names carry content hashes: clear the old ones so dist/ holds one build.
  rmSync(join(dist, 'chunks'), { recursive: true, force: true });
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: { cli: 'src/cli.ts', tools: 'src/tools.ts' },
    outdir: 'dist',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap: 'linked',
    minify: true,
    // Keep class and function names: error names (ExitPromptError) and stack traces stay readable.
    keepNames: true,
    logLevel: 'warning',
    chunkNames: 'chunks/[name]-[hash]',
    define: { __VERSION__: JSON.stringify(version) },
    // Bundled CommonJS (inkjs) may call require for Node built-ins.
    banner: { js: "import { createRequire as __insurrectionRequire } from 'node:module'; const require = __insurrectionRequire(import.meta.url);" },
  });
  return true;
}

async function story() {
  const out = join(dist, 'story.json');
  const storyDir = join(root, 'story');
  const inputs = newestMtime([storyDir, join(dist, 'tools.js')]);
  if (!force && !args.has('--stats') && mtime(out) >= inputs) return false;
  const { compileInkFile, formatDiagnostic } = await import(pathToFileURL(join(dist, 'tools.js')).href);
  const result = compileInkFile(join(storyDir, 'main.ink'));
  for (const d of result.diagnostics) {
    process.stderr.write(`story/${formatDiagnostic(d)}\n`);
  }
  if (result.json === null || result.diagnostics.length > 0) {
    const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = result.diagnostics.length - errors;
    process.stderr.write(`Story build failed: ${errors} error(s), ${warnings} warning(s).\n`);
    process.exit(1);
  }
  writeAtomic(out, result.json);
  writeAtomic(join(dist, 'story-stats.json'), `${JSON.stringify(result.stats, null, 2)}\n`);
  if (args.has('--stats')) {
    process.stdout.write(`${JSON.stringify(result.stats, null, 2)}\n`);
  }
  log(`Built ${relative(root, out)} (${result.stats?.words ?? '?'} words, ${result.stats?.choices ?? '?'} choices).`);
  return true;
}

mkdirSync(dist, { recursive: true });
try {
  if (await bundle()) log('Built dist/cli.js.');
  await story();
} catch (err) {
  process.stderr.write(`Build failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
}
