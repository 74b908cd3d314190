import { todayInVietnam } from '@memberflow/domain';
import { openSqliteEventStore } from '@memberflow/event-store';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { provinceScript } from '../../apps/cli/src/commands/demo-province';
import { DomainCommands } from './support/domain-commands';

describe('demo province script', () => {
  it('is accepted by the deciders command after command', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'memberflow-demo-'));
    const store = await openSqliteEventStore({ file: join(dir, 'events.db'), synchronous: 'OFF' });
    try {
      const script = provinceScript(
        { members: 400, years: 4, seed: 7, today: todayInVietnam() },
        (c) => `m${c}`,
      );
      const commands = new DomainCommands(store);
      for (const command of script.commands) await commands.run(command);
      expect(script.commands.length).toBeGreaterThan(2000);
      console.log(
        script.commands.length,
        script.unitCounts,
        script.candidates,
        await store.headPosition(),
      );
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
