import { describeDuration, formatDutchDate, formatDutchTime, localDay } from './dutch-dates';

describe('Dutch dates', () => {
  it('formats days and times in the municipality time zone', () => {
    expect(formatDutchDate('2026-10-14')).toBe('14 oktober 2026');
    expect(formatDutchDate(new Date('2026-03-28T23:30:00Z'))).toBe('29 maart 2026');
    expect(formatDutchTime(new Date('2026-07-01T08:05:00Z'))).toBe('10:05');
    expect(localDay(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
  });

  it('describes durations in words', () => {
    expect(describeDuration('P6M')).toBe('6 maanden');
    expect(describeDuration('P1M')).toBe('1 maand');
    expect(describeDuration('P1Y6M')).toBe('1 jaar en 6 maanden');
    expect(describeDuration('P2Y')).toBe('2 jaar');
    expect(() => describeDuration('PT5H')).toThrow(/not a duration/);
  });
});
