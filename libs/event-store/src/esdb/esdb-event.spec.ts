import { randomUUID } from 'node:crypto';
import type { RecordedEvent } from '@eventstore/db-client';
import type { EventMetadata } from '../event-store.port';
import { GENESIS_HASH, computeEventHash } from '../hash-chain';
import {
  EsdbForeignEventError,
  EsdbPositionMissingError,
  checkEsdbEventId,
  fromEsdbEvent,
  toEsdbEvent,
  type EsdbWrite,
} from './esdb-event';

const metadata: EventMetadata = {
  commandId: 'cmd-1',
  correlationId: 'corr-1',
  causationId: 'cause-1',
  actor: { id: 'officer-1', role: 'officer', orgId: 'org-1' },
  occurredOn: '2025-03-01',
  documentRef: '125-QĐ/HU'.normalize('NFD'),
};

function written(): EsdbWrite {
  const fields = {
    streamId: 'member-1',
    revision: 0,
    eventId: randomUUID(),
    type: 'CandidateSourced',
    schemaVersion: 2,
    data: { fullName: 'Nguyễn Thị Hồng Nhung', n: [1, 0.5] },
    metadata,
    recordedAt: '2025-03-01T02:03:04.005Z',
  };
  return { ...fields, prevHash: GENESIS_HASH, hash: computeEventHash(GENESIS_HASH, fields) };
}

/** What the client hands back for an event it wrote: data and metadata through JSON, and its place. */
function recordedAs(write: EsdbWrite, log: bigint | 'none' = 4_096n): RecordedEvent {
  const sent = toEsdbEvent(write);
  return {
    streamId: 'member-1',
    id: sent.id,
    revision: 0n,
    type: sent.type,
    created: new Date(),
    isJson: true,
    data: JSON.parse(JSON.stringify(sent.data)),
    metadata: JSON.parse(JSON.stringify(sent.metadata)),
    position: log === 'none' ? undefined : { commit: log, prepare: log },
  } as RecordedEvent;
}

describe('memberflow events in EventStoreDB', () => {
  it('writes the event id, type and data as ESDB’s own, the rest in a metadata envelope', () => {
    const write = written();
    const sent = toEsdbEvent(write);
    expect(sent).toMatchObject({
      id: write.eventId,
      type: 'CandidateSourced',
      contentType: 'application/json',
      data: write.data,
    });
    expect(sent.metadata).toEqual({
      $correlationId: 'corr-1',
      $causationId: 'cause-1',
      schemaVersion: 2,
      recordedAt: write.recordedAt,
      prevHash: GENESIS_HASH,
      hash: write.hash,
      metadata,
    });
  });

  it('reads back the event that was written, its hash still matching', () => {
    const write = written();
    const stored = fromEsdbEvent(recordedAs(write));
    expect(stored).toEqual({
      position: 4_097n,
      streamId: 'member-1',
      revision: 0,
      eventId: write.eventId,
      type: write.type,
      schemaVersion: 2,
      data: write.data,
      metadata,
      recordedAt: write.recordedAt,
      prevHash: GENESIS_HASH,
      hash: write.hash,
    });
    expect(computeEventHash(stored.prevHash, stored)).toBe(stored.hash);
  });

  it('refuses events memberflow did not write', () => {
    const plain = { ...recordedAs(written()), metadata: { $correlationId: 'x' } } as RecordedEvent;
    expect(() => fromEsdbEvent(plain)).toThrow(EsdbForeignEventError);
    expect(() => fromEsdbEvent(plain)).toThrow('its metadata has no recordedAt');
    const binary = { ...recordedAs(written()), isJson: false } as RecordedEvent;
    expect(() => fromEsdbEvent(binary)).toThrow('its data is not JSON');
    const noMetadata = { ...recordedAs(written()), metadata: undefined } as RecordedEvent;
    expect(() => fromEsdbEvent(noMetadata)).toThrow('its metadata is not a JSON object');
  });

  it('refuses to invent a position the server did not give (servers before 22.6)', () => {
    expect(() => fromEsdbEvent(recordedAs(written(), 'none'))).toThrow(EsdbPositionMissingError);
    expect(() => fromEsdbEvent(recordedAs(written(), 2n ** 64n - 1n))).toThrow('22.6 or later');
  });

  it('accepts only lower-case UUIDs as event ids, the form ESDB gives back', () => {
    expect(() => checkEsdbEventId('member-1', randomUUID())).not.toThrow();
    expect(() => checkEsdbEventId('member-1', randomUUID().toUpperCase())).toThrow(
      'is not a lower-case UUID',
    );
    expect(() => checkEsdbEventId('member-1', 'evt-1')).toThrow(RangeError);
  });
});
