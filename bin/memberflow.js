#!/usr/bin/env -S node --max-old-space-size=1024 --max-semi-space-size=8
// The `memberflow` command: runs the CLI from the sources (no build step), resolving the monorepo's
// path aliases the same way `npm run cli` does.
const { join } = require('node:path');

process.env.TS_NODE_PROJECT ??= join(__dirname, '..', 'tsconfig.json');
require('ts-node').register({ transpileOnly: true, project: process.env.TS_NODE_PROJECT });
require('tsconfig-paths').register({
  baseUrl: join(__dirname, '..'),
  paths: require('../tsconfig.json').compilerOptions.paths,
});
require('../apps/cli/src/main.ts');
