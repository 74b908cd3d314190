/**
 * Shared set-up of the audit end-to-end specs: an organization tree over HTTP, members written through
 * the real command path, and reading the NDJSON of `GET /api/audit/verify`.
 */
import { randomUUID } from 'node:crypto';
import type { MemberCommand, Person } from '@memberflow/domain/member';
import type { EventStore, StoredEvent } from '@memberflow/event-store';
import {
  type Principal,
  MEMBER_AGGREGATE,
  type AggregateCommand,
  type AggregateDefinition,
  CommandService,
  EVENT_STORE,
} from '@memberflow/application';
import type { TestServer } from '../support/test-app';

export const CELL = 'chi-bo-thon-1';
export const OTHER_CELL = 'chi-bo-thon-9';

/** province → district committee → commune committee → two cells (established in 2021). */
export async function establishTree(server: TestServer): Promise<void> {
  const admin = server.token('admin', '*');
  const units = [
    { id: 'tinh-a', kind: 'province', name: 'Đảng bộ tỉnh A', code: 'TA' },
    {
      id: 'huyen-a',
      parentId: 'tinh-a',
      kind: 'direct_committee',
      name: 'Đảng bộ huyện A',
      code: 'HA',
    },
    {
      id: 'xa-a',
      parentId: 'huyen-a',
      kind: 'grassroots_committee',
      name: 'Đảng bộ xã A',
      code: 'XA',
    },
    {
      id: 'xa-b',
      parentId: 'huyen-a',
      kind: 'grassroots_committee',
      name: 'Đảng bộ xã B',
      code: 'XB',
    },
    { id: CELL, parentId: 'xa-a', kind: 'cell', name: 'Chi bộ thôn 1', code: 'T1' },
    { id: OTHER_CELL, parentId: 'xa-b', kind: 'cell', name: 'Chi bộ thôn 9', code: 'T9' },
  ];
  for (const unit of units) {
    const response = await server.request('POST', '/api/orgs', {
      token: admin,
      body: { ...unit, attributes: { area: 'rural' }, occurredOn: '2021-01-04' },
    });
    if (response.status !== 201) {
      throw new Error(`establishing ${unit.id}: ${response.status} ${response.text}`);
    }
  }
}

let citizen = 100_000;

export function person(overrides: Partial<Person> = {}): Person {
  citizen += 1;
  return {
    fullName: 'Nguyễn Văn An',
    gender: 'male',
    dateOfBirth: '2000-03-15',
    ethnicity: 'kinh',
    citizenId: `001200${String(citizen).padStart(6, '0')}`,
    hometown: 'Thanh Hóa',
    residence: 'Thôn 1, xã A',
    education: 'upper_secondary',
    professionalLevel: 'university',
    politicalTheory: 'elementary',
    occupation: 'Kỹ sư',
    youthUnionMember: true,
    ...overrides,
  };
}

const OFFICER: Principal = { id: 'officer-tester', roles: ['officer'], orgScope: '*' };

/** Runs a member command through the real command path (the one the HTTP routes call), in process. */
export async function runMemberCommand(server: TestServer, command: MemberCommand): Promise<void> {
  await server.app.get(CommandService).execute({
    aggregate: MEMBER_AGGREGATE as unknown as AggregateDefinition<AggregateCommand>,
    id: command.memberId,
    command,
    principal: OFFICER,
    fingerprint: randomUUID(),
    correlationId: randomUUID(),
  });
}

/** A candidate sourced on 2024-01-10, then `corrections` name corrections in the following months. */
export async function memberWithCorrections(
  server: TestServer,
  corrections: number,
): Promise<string> {
  const memberId = randomUUID();
  const who = person();
  await runMemberCommand(server, {
    action: 'source-candidate',
    memberId,
    occurredOn: '2024-01-10',
    payload: { person: who, cellId: CELL, proposedBy: 'youth_union' },
  });
  for (let i = 1; i <= corrections; i++) {
    await runMemberCommand(server, {
      action: 'correct-details',
      memberId,
      occurredOn: `2024-0${1 + i}-15`,
      payload: { person: { fullName: `Nguyễn Văn An ${'I'.repeat(i)}` } },
      reason: `đính chính lần ${i}`,
    });
  }
  return memberId;
}

export function storeOf(server: TestServer): EventStore {
  return server.app.get<symbol, EventStore>(EVENT_STORE);
}

export async function eventsOf(server: TestServer, memberId: string): Promise<StoredEvent[]> {
  const events: StoredEvent[] = [];
  for await (const event of storeOf(server).readStream(MEMBER_AGGREGATE.streamId(memberId))) {
    events.push(event);
  }
  return events;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- NDJSON lines are arbitrary JSON
export type NdjsonLine = Record<string, any>;

/** `GET /api/audit/verify` read to its end, one object per line. */
export async function verifyWholeStore(
  server: TestServer,
  token: string,
): Promise<{ status: number; contentType: string | null; lines: NdjsonLine[] }> {
  const response = await server.request('GET', '/api/audit/verify', { token });
  const lines = response.text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as NdjsonLine);
  return { status: response.status, contentType: response.headers.get('content-type'), lines };
}
