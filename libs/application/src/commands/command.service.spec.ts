import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import type { OrgCommand } from '@memberflow/domain/org';
import {
  openSqliteEventStore,
  StoreUnavailableError,
  WrongExpectedRevisionError,
  type EventStore,
  type SqliteEventStore,
} from '@memberflow/event-store';
import type { Principal } from '../auth/principal';
import { loadConfig } from '../config/config';
import { ORG_AGGREGATE } from './aggregates';
import type { AggregateCommand, AggregateDefinition } from './aggregate';
import { Clock } from './clock';
import { CommandService, type CommandRequest, type CommandResult } from './command.service';
import { FactsLoader } from './facts-loader';
import { StoreOutageLog } from '../store/outage-log';

const ADMIN: Principal = { id: 'admin', roles: ['admin'], orgScope: '*' };

function establish(orgId: string, kind: string, parentId?: string): OrgCommand {
  return {
    action: 'establish',
    orgId,
    occurredOn: '2024-01-10',
    payload: {
      ...(parentId ? { parentId } : {}),
      kind,
      name: `Đơn vị ${orgId}`,
      code: orgId.toUpperCase(),
      attributes: { area: 'rural' },
    },
  } as OrgCommand;
}

function rename(orgId: string, name: string): OrgCommand {
  return { action: 'rename', orgId, occurredOn: '2024-02-01', payload: { name } } as OrgCommand;
}

function request(
  command: OrgCommand,
  extra: Partial<CommandRequest<AggregateCommand>> = {},
): CommandRequest<AggregateCommand> {
  return {
    aggregate: ORG_AGGREGATE as unknown as AggregateDefinition<AggregateCommand, never, unknown>,
    id: command.orgId,
    command,
    principal: ADMIN,
    fingerprint: JSON.stringify(command),
    correlationId: 'spec',
    ...extra,
  };
}

/** The store with its appends replaced, to put the command path in front of a failing store. */
function appendsFailWith(store: EventStore, error: () => Error): EventStore {
  return Object.assign(Object.create(store) as EventStore, {
    append: () => Promise.reject(error()),
  });
}

describe('CommandService outcomes', () => {
  let dir: string;
  let sqlite: SqliteEventStore;
  const config = loadConfig({ MEMBERFLOW_DATA_DIR: '/nonexistent' });

  const service = (store: EventStore = sqlite) =>
    new CommandService(store, config, new Clock(), new FactsLoader(store), new StoreOutageLog());

  beforeAll(() => Logger.overrideLogger(false));

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'memberflow-commands-'));
    sqlite = await openSqliteEventStore({ file: join(dir, 'events.db') });
    expect((await service().execute(request(establish('tinh', 'province')))).kind).toBe('ok');
  });

  afterEach(async () => {
    await sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const kindOf = (result: CommandResult) => result.kind;

  it('answers ok with the new revision and the appended events', async () => {
    const result = await service().execute(request(rename('tinh', 'Tỉnh ủy')));
    expect(result).toMatchObject({ kind: 'ok', revision: 1, replayed: false });
    expect(await sqlite.streamRevision('org-tinh')).toBe(1);
  });

  it('answers a rule that forbids the step as rejected, with its code, and appends nothing', async () => {
    const head = await sqlite.headPosition();
    const result = await service().execute(request(establish('cb', 'cell', 'nowhere')));
    expect(result.kind).toBe('rejected');
    if (result.kind === 'rejected') expect(result.rejection.rule).toMatch(/^R-/);
    expect(await sqlite.headPosition()).toBe(head);
  });

  it('answers a command on a stream that does not exist as not_found', async () => {
    expect(kindOf(await service().execute(request(rename('huyen', 'x'))))).toBe('not_found');
  });

  it('answers a revision the caller saw that is no longer current as stale', async () => {
    const result = await service().execute(
      request(rename('tinh', 'Tỉnh ủy'), { expectedRevision: 5 }),
    );
    expect(result).toMatchObject({ kind: 'stale', expected: 5, actual: 0 });
  });

  it('answers a retry with its first outcome, and a key reused for another command as key_reused', async () => {
    const first = await service().execute(request(rename('tinh', 'A'), { idempotencyKey: 'k1' }));
    const retry = await service().execute(request(rename('tinh', 'A'), { idempotencyKey: 'k1' }));
    expect(retry).toMatchObject({ kind: 'ok', replayed: true });
    expect(first.kind === 'ok' && retry.kind === 'ok' && retry.revision).toBe(
      first.kind === 'ok' && first.revision,
    );
    const reused = await service().execute(request(rename('tinh', 'B'), { idempotencyKey: 'k1' }));
    expect(reused.kind).toBe('key_reused');
  });

  it('answers a unit outside the principal’s scope as out_of_scope, naming the unit', async () => {
    await service().execute(request(establish('huyen', 'direct_committee', 'tinh')));
    await service().execute(request(establish('huyen2', 'direct_committee', 'tinh')));
    const officer: Principal = { id: 'o', roles: ['officer'], orgScope: 'huyen' };
    const result = await service().execute(request(rename('huyen2', 'x'), { principal: officer }));
    expect(result).toMatchObject({ kind: 'out_of_scope', orgId: 'huyen2' });
  });

  it('answers concurrent writes that keep winning as conflict, after its retries', async () => {
    const store = appendsFailWith(sqlite, () => new WrongExpectedRevisionError('org-tinh', 0, 1));
    expect(kindOf(await service(store).execute(request(rename('tinh', 'x'))))).toBe('conflict');
  });

  it('answers a store that cannot write as unavailable, and any other failure by throwing', async () => {
    const down = appendsFailWith(sqlite, () => new StoreUnavailableError('down'));
    expect(kindOf(await service(down).execute(request(rename('tinh', 'x'))))).toBe('unavailable');
    const broken = appendsFailWith(sqlite, () => new TypeError('bug'));
    await expect(service(broken).execute(request(rename('tinh', 'x')))).rejects.toThrow('bug');
  });
});
