#!/usr/bin/env node
// The installed command. The game itself is the bundle that scripts/build.mjs writes to dist/.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(fileURLToPath(cli))) {
  process.stderr.write('insurrection: the game is not built yet; run `npm run build` in its folder first.\n');
  process.exit(1);
}
await import(cli.href);
