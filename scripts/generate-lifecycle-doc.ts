/**
 * Rewrites the generated section of docs/lifecycle.md from the member transition table
 * (`npm run docs:lifecycle`); lifecycle-diagram.spec.ts fails while the file is stale.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withLifecycleSection } from '../libs/domain/src/member/lifecycle-diagram';

const path = join(__dirname, '..', 'docs', 'lifecycle.md');
const INTRO = `# The member lifecycle

Generated from the transition table in \`libs/domain/src/member/transitions.ts\`, the one source the
decider, the API's available actions and the console read (domain.md §2 is the spec it implements).
Do not edit the generated section by hand: change the table and run \`npm run docs:lifecycle\`.
`;

const current = existsSync(path) ? readFileSync(path, 'utf8') : INTRO;
const next = withLifecycleSection(current);
if (next === current) {
  console.log(`${path} is up to date`);
} else {
  writeFileSync(path, next);
  console.log(`${path} rewritten`);
}
