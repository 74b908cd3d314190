import { decodeEsdbPosition, encodeEsdbPosition, isKnownLogPosition } from './esdb-position';

const at = (log: bigint) => ({ commit: log, prepare: log });

describe('EventStoreDB positions in the port’s bigint', () => {
  it('round-trips the commit and prepare positions of gRPC-written events exactly', () => {
    for (const log of [0n, 1n, 18_446n, 1_234_567_890_123n, 2n ** 62n, 2n ** 63n - 2n]) {
      expect(decodeEsdbPosition(encodeEsdbPosition(at(log)))).toEqual(at(log));
    }
  });

  it('orders positions as $all does, by log position', () => {
    const inAllOrder = [0n, 5n, 100n, 101n, 2n ** 40n, 2n ** 40n + 1n].map((log) =>
      encodeEsdbPosition(at(log)),
    );
    inAllOrder.slice(1).forEach((position, i) => expect(position).toBeGreaterThan(inAllOrder[i]));
  });

  it('fits in a signed 64-bit column, like the SQL stores’ positions', () => {
    expect(encodeEsdbPosition(at(2n ** 63n - 2n))).toBe(2n ** 63n - 1n);
    expect(() => encodeEsdbPosition(at(2n ** 63n - 1n))).toThrow('outside 0..2^63-2');
  });

  it('never gives an event position 0n, which the port reserves for “from the start”', () => {
    expect(encodeEsdbPosition(at(0n))).toBe(1n);
    expect(() => decodeEsdbPosition(0n)).toThrow('is not an EventStoreDB position');
  });

  it('refuses an event of an explicit transaction, whose commit and prepare positions differ', () => {
    expect(() => encodeEsdbPosition({ commit: 9_000n, prepare: 4_000n })).toThrow(
      'written in an explicit transaction',
    );
  });

  it('refuses negative log positions and positions no log position encodes to', () => {
    expect(() => encodeEsdbPosition(at(-1n))).toThrow('log position -1');
    expect(() => decodeEsdbPosition(2n ** 63n)).toThrow(RangeError);
    expect(() => decodeEsdbPosition(-5n)).toThrow(RangeError);
  });

  it('tells a real log position from a missing or “unknown” (2^64-1) one', () => {
    expect(isKnownLogPosition(at(10n))).toBe(true);
    expect(isKnownLogPosition(undefined)).toBe(false);
    expect(isKnownLogPosition({ commit: 2n ** 64n - 1n, prepare: 10n })).toBe(false);
    expect(isKnownLogPosition({ commit: 10n, prepare: 2n ** 64n - 1n })).toBe(false);
  });
});
