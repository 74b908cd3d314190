import { todayInVietnam } from '@memberflow/domain';
import type { EventStore } from '@memberflow/event-store';
import { provinceScript, type ProvinceScript } from '../../../apps/cli/src/commands/demo-province';
import { DomainCommands } from './domain-commands';

/** Generates a province (the demo's script) and writes it to the store through the deciders. */
export async function writeProvince(
  store: EventStore,
  options: { members: number; years: number; seed: number },
): Promise<ProvinceScript> {
  const script = provinceScript(
    { ...options, today: todayInVietnam() },
    (citizenId) => `m${citizenId}`,
  );
  const commands = new DomainCommands(store);
  for (const command of script.commands) await commands.run(command);
  return script;
}
