import type { StoredEvent } from '@memberflow/event-store';
import {
  daysLate,
  endOfBusinessDay,
  isLate,
  parseKnownAt,
  timeTravel,
  type TimePoint,
} from './bitemporal';
import { chained } from './memory-store.testing';

/**
 * The example: decided on 15 January (recorded the same day), a ceremony held on 3 March and
 * recorded on 10 March, a rating on 20 March recorded the same day.
 */
const HISTORY = chained([
  {
    streamId: 'm',
    type: 'AdmissionDecided',
    occurredOn: '2024-01-15',
    recordedAt: '2024-01-15T04:00:00.000Z',
  },
  {
    streamId: 'm',
    type: 'AdmittedAtCeremony',
    occurredOn: '2024-03-03',
    recordedAt: '2024-03-10T02:00:00.000Z',
  },
  {
    streamId: 'm',
    type: 'RatingRecorded',
    occurredOn: '2024-03-20',
    recordedAt: '2024-03-20T09:00:00.000Z',
  },
]);

/** The state is the list of event types folded. */
const FOLD = {
  initialState: [] as string[],
  evolve: (state: string[], event: StoredEvent) => [...state, event.type],
};

const ask = (point: TimePoint) => timeTravel(HISTORY, point, FOLD);

describe('late entries', () => {
  it('ends a business day at midnight in Vietnam (17:00 UTC)', () => {
    expect(new Date(endOfBusinessDay('2024-03-03')).toISOString()).toBe('2024-03-03T17:00:00.000Z');
  });

  it('is late when recorded after the end of its business day, by whole days', () => {
    expect(HISTORY.map(isLate)).toEqual([false, true, false]);
    expect(HISTORY.map(daysLate)).toEqual([0, 7, 0]);
  });

  it('is not late when recorded late in the evening of the same day in Vietnam', () => {
    const [event] = chained([
      {
        streamId: 'm',
        type: 'T',
        occurredOn: '2024-03-03',
        recordedAt: '2024-03-03T16:59:59.999Z',
      },
    ]);
    expect(isLate(event)).toBe(false);
  });
});

describe('timeTravel: asOf × knownAt', () => {
  it('as of 5 March, known now: the late ceremony is folded and named as late', () => {
    const answer = ask({ asOf: '2024-03-05', knownAt: '2025-01-01T00:00:00.000Z' });
    expect(answer.state).toEqual(['AdmissionDecided', 'AdmittedAtCeremony']);
    expect(answer.revision).toBe(1);
    expect(answer.lateEvents).toEqual([
      expect.objectContaining({ revision: 1, included: true, excludedBy: [], daysLate: 7 }),
    ]);
    expect(answer.summary).toEqual({
      included: 2,
      excludedByAsOf: 1,
      excludedByKnownAt: 0,
      lateExcludedByKnownAt: 0,
      lateIncluded: 1,
    });
  });

  it('as of 5 March, as known on 6 March: the ceremony had happened but was not recorded yet', () => {
    const answer = ask({ asOf: '2024-03-05', knownAt: '2024-03-06T00:00:00.000Z' });
    expect(answer.state).toEqual(['AdmissionDecided']);
    expect(answer.revision).toBe(0);
    expect(answer.lateEvents).toEqual([
      expect.objectContaining({
        revision: 1,
        type: 'AdmittedAtCeremony',
        included: false,
        excludedBy: ['knownAt'],
      }),
    ]);
    expect(answer.summary.lateExcludedByKnownAt).toBe(1);
  });

  it('as of 2 March, known now: the ceremony had not happened yet', () => {
    const answer = ask({ asOf: '2024-03-02', knownAt: '2025-01-01T00:00:00.000Z' });
    expect(answer.state).toEqual(['AdmissionDecided']);
    expect(answer.lateEvents).toEqual([]);
    expect(answer.events[1]).toMatchObject({ included: false, excludedBy: ['asOf'], late: true });
  });

  it('as of 2 March, as known on 6 March: neither happened nor known', () => {
    const answer = ask({ asOf: '2024-03-02', knownAt: '2024-03-06T00:00:00.000Z' });
    expect(answer.state).toEqual(['AdmissionDecided']);
    expect(answer.events[1]).toMatchObject({ included: false, excludedBy: ['asOf', 'knownAt'] });
    expect(answer.lateEvents).toEqual([]);
  });

  it('before the first event: the initial state and no revision', () => {
    const answer = ask({ asOf: '2023-12-31', knownAt: '2024-12-31T00:00:00.000Z' });
    expect(answer.state).toEqual([]);
    expect(answer.revision).toBeUndefined();
  });

  it('includes an event recorded exactly at knownAt', () => {
    const answer = ask({ asOf: '2024-03-05', knownAt: '2024-03-10T02:00:00.000Z' });
    expect(answer.revision).toBe(1);
  });
});

describe('parseKnownAt', () => {
  it('reads an instant with its zone, in UTC', () => {
    expect(parseKnownAt('2024-03-06T10:00:00+07:00')).toBe('2024-03-06T03:00:00.000Z');
    expect(parseKnownAt('2024-03-06T10:00:00.123Z')).toBe('2024-03-06T10:00:00.123Z');
  });

  it('reads a date as the last instant of that day in Vietnam', () => {
    expect(parseKnownAt('2021-12-31')).toBe('2021-12-31T16:59:59.999Z');
  });

  it('refuses a time without zone, a non-date and nonsense', () => {
    for (const value of [
      '2024-03-06T10:00:00',
      '2024-02-30',
      'yesterday',
      '2024-13-01T00:00:00Z',
    ]) {
      expect(parseKnownAt(value)).toBeUndefined();
    }
  });
});
