import {
  formatCount,
  formatCountVi,
  formatDecimal,
  formatDuration,
  formatPercentVi,
  formatSeconds,
} from './numbers';

describe('numbers in an English sentence', () => {
  it('groups thousands with commas and writes decimals with a point', () => {
    expect(formatCount(1022)).toBe('1,022');
    expect(formatCount(300_000n)).toBe('300,000');
    expect(formatCount(12_345.6)).toBe('12,346');
    expect(formatCount(7)).toBe('7');
    expect(formatDecimal(12345.67)).toBe('12,345.7');
    expect(formatSeconds(25_500)).toBe('25.5 s');
  });

  it('writes durations as m:ss or h:mm:ss, and --:-- when unknown', () => {
    expect(formatDuration(7_400)).toBe('0:07');
    expect(formatDuration(65_000)).toBe('1:05');
    expect(formatDuration(3_723_000)).toBe('1:02:03');
    expect(formatDuration(Number.POSITIVE_INFINITY)).toBe('--:--');
  });
});

describe('numbers in a Vietnamese sentence', () => {
  it('groups thousands with dots and writes shares with a comma', () => {
    expect(formatCountVi(30_044)).toBe('30.044');
    expect(formatPercentVi(1022, 1000)).toBe('102,20%');
    expect(formatPercentVi(7176, 10_000)).toBe('71,76%');
    expect(formatPercentVi(1, 0)).toBe('–');
  });
});
