/**
 * Reads a V8 `.cpuprofile` (node --cpu-prof) and prints where the time went: self time by function and
 * total (inclusive) time by the project's own functions, in percent of the samples.
 *
 *   npx ts-node --swc bench/profile-summary.ts <file>.cpuprofile [top]
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: {
    readonly functionName: string;
    readonly url: string;
    readonly lineNumber: number;
  };
  readonly children?: readonly number[];
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
}

function label(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url
    .replace(/^file:\/\//, '')
    .replace(/^.*\/(node_modules\/)/, '$1')
    .replace(process.cwd() + '/', '');
  return `${functionName || '(anonymous)'} ${file ? `${file}:${lineNumber + 1}` : ''}`.trim();
}

function main(): void {
  const [file, topArg] = process.argv.slice(2);
  const top = Number(topArg ?? 30);
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let counted = 0;
  for (const id of profile.samples) {
    const node = byId.get(id);
    if (!node || node.callFrame.functionName === '(idle)') continue;
    counted += 1;
    self.set(label(node), (self.get(label(node)) ?? 0) + 1);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = label(byId.get(at) as ProfileNode);
      if (seen.has(name)) continue;
      seen.add(name);
      total.set(name, (total.get(name) ?? 0) + 1);
    }
  }
  const print = (title: string, map: Map<string, number>, filter: (name: string) => boolean) => {
    console.log(`\n${title} (${counted} samples, idle excluded)`);
    [...map.entries()]
      .filter(([name]) => filter(name))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .forEach(([name, count]) =>
        console.log(`${((100 * count) / counted).toFixed(1).padStart(5)}%  ${name}`),
      );
  };
  print('self time', self, () => true);
  print(
    'total time, project code',
    total,
    (name) => /(apps|libs|bench)\//.test(name) && !name.includes('node_modules'),
  );
}

main();
