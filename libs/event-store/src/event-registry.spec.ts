import type { StoredEvent } from './event-store.port';
import { EventDecodingError, EventRegistry } from './event-registry';

/*
 * An example history of one event type:
 * v1 stored the full name in one field; v2 split it into family and given names (Vietnamese order:
 * family name first); v3 added the birth date, unknown for events recorded before it existed.
 */
interface CandidateSourcedV1 {
  fullName: string;
}
interface CandidateSourcedV2 {
  familyName: string;
  givenName: string;
}
interface CandidateSourced {
  familyName: string;
  givenName: string;
  birthDate: string | null;
}

function parseCandidateSourced(data: unknown): CandidateSourced {
  const value = data as Partial<CandidateSourced>;
  if (typeof value.familyName !== 'string' || typeof value.givenName !== 'string') {
    throw new Error('familyName and givenName must be strings');
  }
  if (value.birthDate !== null && typeof value.birthDate !== 'string') {
    throw new Error('birthDate must be a date or null');
  }
  return { familyName: value.familyName, givenName: value.givenName, birthDate: value.birthDate };
}

const registry = EventRegistry.empty()
  .register('CandidateSourced', {
    version: 3,
    upcast: {
      1: (data): CandidateSourcedV2 => {
        const [familyName, ...given] = (data as CandidateSourcedV1).fullName.split(' ');
        return { familyName, givenName: given.join(' ') };
      },
      2: (data): CandidateSourced => ({ ...(data as CandidateSourcedV2), birthDate: null }),
    },
    parse: parseCandidateSourced,
  })
  .register('MemberTransferred', {
    version: 1,
    parse: (data) => data as { toOrgId: string },
  });

function stored(type: string, schemaVersion: number, data: unknown): StoredEvent {
  return {
    eventId: 'e-1',
    type,
    schemaVersion,
    data,
    metadata: {
      commandId: 'c',
      correlationId: 'c',
      causationId: 'c',
      actor: { id: 'u', role: 'officer', orgId: 'o' },
      occurredOn: '2021-05-01',
    },
    streamId: 'member-1',
    revision: 0,
    position: 1n,
    recordedAt: '2021-05-01T00:00:00.000Z',
    prevHash: '0'.repeat(64),
    hash: 'f'.repeat(64),
  };
}

describe('EventRegistry', () => {
  it('upcasts a v1 event through v2 to the current v3 and parses it', () => {
    const decoded = registry.decode(
      stored('CandidateSourced', 1, { fullName: 'Nguyễn Thị Minh Khai' }),
    );
    expect(decoded).toMatchObject({
      type: 'CandidateSourced',
      schemaVersion: 3,
      data: { familyName: 'Nguyễn', givenName: 'Thị Minh Khai', birthDate: null },
    });
  });

  it('upcasts a v2 event only through the steps it still needs', () => {
    const decoded = registry.decode(
      stored('CandidateSourced', 2, { familyName: 'Lê', givenName: 'Văn Tám' }),
    );
    expect(decoded.data).toEqual({ familyName: 'Lê', givenName: 'Văn Tám', birthDate: null });
  });

  it('parses a current event without upcasting it', () => {
    const data = { familyName: 'Võ', givenName: 'Thị Sáu', birthDate: '1933-01-01' };
    expect(registry.decode(stored('CandidateSourced', 3, data)).data).toEqual(data);
  });

  it('keeps everything but the data and version as stored', () => {
    const event = stored('MemberTransferred', 1, { toOrgId: 'org-2' });
    const { data: _data, ...rest } = registry.decode(event);
    const { data: _stored, ...storedRest } = event;
    expect(rest).toEqual(storedRest);
  });

  it('narrows the data type by the event type', () => {
    const decoded = registry.decode(stored('MemberTransferred', 1, { toOrgId: 'org-2' }));
    const summary = (): string => {
      switch (decoded.type) {
        case 'CandidateSourced':
          return decoded.data.familyName;
        case 'MemberTransferred':
          return decoded.data.toOrgId;
      }
    };
    expect(summary()).toBe('org-2');
  });

  it('tells writers the current version of a type', () => {
    expect(registry.currentVersion('CandidateSourced')).toBe(3);
    expect(registry.currentVersion('MemberTransferred')).toBe(1);
  });

  it('refuses an unknown event type rather than guessing', () => {
    expect(() => registry.decode(stored('CandidateRenamed', 1, {}))).toThrow(
      new EventDecodingError('CandidateRenamed', 1, 'e-1', 'unknown event type'),
    );
  });

  it('refuses data written by a newer schema than this code knows', () => {
    expect(() => registry.decode(stored('MemberTransferred', 2, {}))).toThrow(
      'written by a newer schema (current: v1)',
    );
  });

  it('reports malformed data with the event it came from', () => {
    expect(() => registry.decode(stored('CandidateSourced', 3, { familyName: 'Lê' }))).toThrow(
      'cannot decode CandidateSourced v3 (event e-1): malformed v3 data',
    );
  });

  it('reports a failing upcaster with the step that failed', () => {
    expect(() => registry.decode(stored('CandidateSourced', 1, {}))).toThrow(
      'upcasting v1 to v2 failed',
    );
  });

  it('refuses a version older than the oldest upcaster', () => {
    const fromV2 = EventRegistry.empty().register('X', {
      version: 3,
      upcast: { 2: (d) => d },
      parse: (d) => d,
    });
    expect(() => fromV2.decode(stored('X', 1, {}))).toThrow('oldest readable: v2');
  });

  describe('registration', () => {
    it('refuses a hole in the upcaster chain', () => {
      expect(() =>
        EventRegistry.empty().register('X', {
          version: 4,
          upcast: { 1: (d) => d, 3: (d) => d },
          parse: (d) => d,
        }),
      ).toThrow('no upcaster from v2 to v3');
    });

    it('refuses an upcaster from the current version or beyond', () => {
      expect(() =>
        EventRegistry.empty().register('X', {
          version: 2,
          upcast: { 2: (d) => d },
          parse: (d) => d,
        }),
      ).toThrow('upcaster from v2 is outside v1..v1');
    });

    it('refuses a type registered twice', () => {
      const once = EventRegistry.empty().register('X', { version: 1, parse: (d) => d });
      expect(() => once.register('X', { version: 1, parse: (d) => d })).toThrow(
        'already registered',
      );
    });

    it('refuses a version below 1', () => {
      expect(() => EventRegistry.empty().register('X', { version: 0, parse: (d) => d })).toThrow(
        'version must be an integer ≥ 1',
      );
    });
  });
});
