#!/usr/bin/env -S node --enable-source-maps --max-old-space-size=1024 --max-semi-space-size=8
// The `memberflow` command: runs the built CLI (dist/), building it first when a source is newer than the
// build (scripts/build.mjs, about a second). Where there is no build script (the container image) it
// runs dist/ as it is.
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');

const ROOT = join(__dirname, '..');
const BUILD = join(ROOT, 'scripts', 'build.mjs');

async function main() {
  if (existsSync(BUILD)) await (await import(pathToFileURL(BUILD).href)).ensureBuilt();
  require(join(ROOT, 'dist', 'apps', 'cli', 'src', 'main.js'));
}

main().catch((error) => {
  process.stderr.write(`memberflow: ${error.message}\n`);
  process.exit(1);
});
