import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  LIFECYCLE_MARKERS,
  lifecycleDiagram,
  lifecycleSection,
  withLifecycleSection,
} from './lifecycle-diagram';
import { MEMBER_ACTIONS } from './transitions';

const DOC = join(__dirname, '..', '..', '..', '..', 'docs', 'lifecycle.md');

describe('the lifecycle diagram', () => {
  it('draws every stage change of the transition table', () => {
    const diagram = lifecycleDiagram();
    expect(diagram.startsWith('stateDiagram-v2')).toBe(true);
    expect(diagram).toContain('[*] --> sympathizer : source-candidate');
    expect(diagram).toContain('applying --> cell_resolved : record-cell-vote (passed)');
    expect(diagram).toContain('official --> removed : discipline (expulsion)');
    expect(diagram).toContain('removed --> applying : readmit');
    expect(diagram).not.toContain('issue-card');
  });

  it('lists every action in the table of the generated section', () => {
    const section = lifecycleSection();
    for (const action of MEMBER_ACTIONS) expect(section).toContain(`| \`${action}\` |`);
  });

  it('replaces only the generated section of a document', () => {
    const document = `# Title\n\n${LIFECYCLE_MARKERS.begin}\nold\n${LIFECYCLE_MARKERS.end}\n\nAfter.\n`;
    expect(withLifecycleSection(document)).toBe(`# Title\n\n${lifecycleSection()}\n\nAfter.\n`);
    expect(withLifecycleSection('# Title\n')).toBe(`# Title\n\n${lifecycleSection()}\n`);
  });

  it('is up to date in docs/lifecycle.md (run `npm run docs:lifecycle` to regenerate)', () => {
    const current = readFileSync(DOC, 'utf8');
    const stale = withLifecycleSection(current) !== current;
    if (stale)
      throw new Error(
        'docs/lifecycle.md is stale: the transition table changed. Run `npm run docs:lifecycle`.',
      );
  });
});
