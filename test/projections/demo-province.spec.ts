import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { todayInVietnam } from '@memberflow/domain';
import { openSqliteEventStore } from '@memberflow/event-store';
import { provinceScript } from '../../apps/cli/src/commands/demo-province';
import { DomainCommands } from './support/domain-commands';

describe('demo province script', () => {
  it('is accepted by the deciders command after command, for several sizes and seeds', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'memberflow-demo-'));
    try {
      for (const [members, seed] of [
        [400, 7],
        [40, 8],
        [1_500, 9],
      ]) {
        const store = await openSqliteEventStore({
          file: join(dir, `events-${seed}.db`),
          synchronous: 'OFF',
        });
        try {
          const script = provinceScript(
            { members, years: 5, seed, today: todayInVietnam() },
            (citizenId) => `m${citizenId}`,
          );
          const commands = new DomainCommands(store);
          for (const command of script.commands) await commands.run(command);
          expect(Number(await store.headPosition())).toBe(script.commands.length);
          expect(script.reorganized.length).toBeGreaterThan(0);
          expect(script.candidates).toBeGreaterThan(0);
        } finally {
          await store.close();
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
