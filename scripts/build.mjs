#!/usr/bin/env node
// Builds whatever is stale: the TypeScript bundle (dist/*.js) and the story (dist/story.json).
// Any ink error, warning or TODO fails the build with its file and line.
//   node scripts/build.mjs [--quiet] [--force] [--stats]
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { execFileSync } from 'node:child_process';
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
    plugins: [fastStringWidth()],
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

// The startup snapshot: the game's modules loaded and the built-in story parsed, saved as a
// V8 heap that bin/insurrection hands to `node --snapshot-blob`. A blob only fits the Node
// that made it, so it is named after that Node's version, and bin/insurrection falls back to
// the plain bundle when there is none for the Node it runs on. Failing to make one is not an
// error: the game starts either way, only slower.
// wrap-ansi measures text with string-width, which makes an Intl.Segmenter when it loads:
// 10-15 ms of ICU loading before the first line, and an object no V8 startup snapshot can
// hold. Both bundles give wrap-ansi a string-width that answers from src/tui/fast-width.ts
// for plain text and loads the real one (bundled, run on first need) only for text it cannot
// measure (emoji, East Asian scripts, combining marks).
function fastStringWidth() {
  return {
    name: 'fast-string-width',
    setup(build) {
      build.onResolve({ filter: /^string-width$/ }, (args) =>
        args.namespace === 'fast-width' || !args.importer.includes(`${join('node_modules', 'wrap-ansi')}`)
          ? undefined
          : { path: 'string-width', namespace: 'fast-width' });
      build.onLoad({ filter: /.*/, namespace: 'fast-width' }, () => ({
        resolveDir: join(root, 'node_modules', 'wrap-ansi'),
        contents: `import { fastStringWidth } from ${JSON.stringify(join(root, 'src', 'tui', 'fast-width.ts'))};
let real;
export default function stringWidth(text, options) {
  const fast = fastStringWidth(text, options);
  if (fast !== undefined) return fast;
  real ??= require('string-width');
  return real.default(text, options);
}`,
      }));
    },
  };
}

function compilerFromDisk() {
  return {
    name: 'compiler-from-disk',
    setup(build) {
      build.onResolve({ filter: /^\.\/(story-files|engine\/compile)\.js$/ }, (args) =>
        args.importer.endsWith(join('src', 'cli.ts')) ? { path: args.path, namespace: 'compiler-from-disk' } : undefined);
      build.onLoad({ filter: /.*/, namespace: 'compiler-from-disk' }, () => ({
        resolveDir: root,
        contents: 'const path = require("node:path"); module.exports = require("node:module").createRequire(__filename)(path.join(path.dirname(process.argv[1]), "..", "dist", "compiler.cjs"));',
      }));
    },
  };
}

// The V8 flags bin/insurrection runs the game with; a snapshot only loads under the flags it
// was made with, so the two lists must agree. The game's live heap is 15-30 MB: V8's default
// 16 MB young-generation semi-spaces would double its resident memory for nothing.
// --heap-growing-percent=30: a full collection once the heap has grown 30% past what was live
// after the last one. Each passage writes the profile (about 250 KB of text), and such large
// strings are only freed by a full collection: V8's own growth factor let 10 MB of them pile up.
const V8_FLAGS = ['--max-semi-space-size=4', '--heap-growing-percent=30'];

async function snapshot() {
  const dir = join(dist, 'snapshot');
  const blob = join(dir, `node-${process.version}.blob`);
  const entry = join(dist, 'snapshot.cjs');
  const inputs = Math.max(mtime(join(dist, 'story.json')), mtime(join(dist, 'cli.js')), mtime(fileURLToPath(import.meta.url)));
  const built = join(dir, 'built');
  if (!force && mtime(blob) >= inputs && existsSync(built)) return false;
  if (process.env.INSURRECTION_NO_SNAPSHOT) return false;
  const esbuild = await import('esbuild');
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: ['src/snapshot.ts'],
    outfile: entry,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    minify: !process.env.INSURRECTION_SNAPSHOT_DEBUG,
    keepNames: true,
    logLevel: 'error',
    define: { __VERSION__: JSON.stringify(version), __SNAPSHOT__: 'true', 'import.meta.url': '__insurrectionUrl' },
    // Where the game lives is read when it runs (bin/insurrection passes its own path as
    // argv[1]), not baked in when the snapshot is made, so a moved checkout still works.
    banner: {
      js: 'Object.defineProperty(globalThis, "__insurrectionUrl", { get: () => require("node:url").pathToFileURL(require("node:path").join(require("node:path").dirname(process.argv[1]), "..", "dist", "cli.js")).href });',
    },
    plugins: [fastStringWidth(), compilerFromDisk()],
  });
  // The ink compiler (for --story FILE.ink) is twice the size of everything else: the snapshot
  // leaves it out and loads this bundle of it from disk when a player asks for it.
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: ['src/compiler-entry.ts'],
    outfile: join(dist, 'compiler.cjs'),
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    minify: true,
    keepNames: true,
    logLevel: 'error',
  });
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const tmp = `${blob}.${process.pid}.tmp`;
  try {
    execFileSync(process.execPath, [...V8_FLAGS, '--snapshot-blob', tmp, '--build-snapshot', entry], {
      cwd: root,
      env: { ...process.env, INSURRECTION_SNAPSHOT_STORY: join(dist, 'story.json') },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    renameSync(tmp, blob);
    // Which Node made it: bin/insurrection reads this instead of running `node --version`.
    writeAtomic(built, `${process.version} ${process.execPath}\n`);
  } catch (err) {
    rmSync(tmp, { force: true });
    const detail = String(err?.stderr ?? err?.message ?? err).trim().split('\n').at(-1);
    log(`No startup snapshot for Node ${process.version} (${detail}); the game will start without one.`);
    return false;
  }
  return true;
}

mkdirSync(dist, { recursive: true });
try {
  if (await bundle()) log('Built dist/cli.js.');
  await story();
  if (await snapshot()) log(`Built dist/snapshot/node-${process.version}.blob.`);
} catch (err) {
  process.stderr.write(`Build failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
}
