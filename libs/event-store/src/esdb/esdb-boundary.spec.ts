import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const root = join(__dirname, '..', '..', '..', '..');
const adapterFolder = join('libs', 'event-store', 'src', 'esdb') + sep;

function* typescriptFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name.startsWith('.'))
      continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* typescriptFiles(path);
    else if (entry.name.endsWith('.ts')) yield path;
  }
}

describe('the EventStoreDB client stays inside its adapter (style.md trap 12)', () => {
  it('is imported by no file outside libs/event-store/src/esdb', () => {
    const leaks: string[] = [];
    for (const top of ['apps', 'libs', 'test', 'bench', 'scripts']) {
      let files: string[];
      try {
        files = [...typescriptFiles(join(root, top))];
      } catch {
        continue;
      }
      for (const file of files) {
        const path = relative(root, file);
        if (path.startsWith(adapterFolder)) continue;
        if (
          /from\s+['"]@eventstore\/|require\(\s*['"]@eventstore\/|import\(\s*['"]@eventstore\//.test(
            readFileSync(file, 'utf8'),
          )
        ) {
          leaks.push(path);
        }
      }
    }
    expect(leaks).toEqual([]);
  });
});
