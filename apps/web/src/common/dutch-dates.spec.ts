import { describe, expect, it } from 'vitest';
import { dueInWords, formatDate, formatDateTime, formatTime } from './dutch-dates';

describe('Dutch dates', () => {
  it('writes dates as Dutch users read them, in Amsterdam time', () => {
    expect(formatDate('2026-12-02T10:00:00Z')).toBe('2 december 2026');
    // 23:30 UTC is already the next day in Amsterdam.
    expect(formatDate('2026-12-02T23:30:00Z')).toBe('3 december 2026');
    expect(formatDateTime('2026-07-01T12:05:00Z')).toBe('1 juli 2026 om 14:05');
    expect(formatTime('2026-12-02T08:05:00Z')).toBe('09:05');
  });

  it('says when a task is due in words, counting calendar days', () => {
    const now = new Date('2026-12-02T09:00:00+01:00');
    expect(dueInWords('2026-12-03T08:00:00+01:00', now)).toEqual({ text: 'morgen', overdue: false });
    expect(dueInWords('2026-12-05T17:00:00+01:00', now)).toEqual({ text: 'over 3 dagen', overdue: false });
    expect(dueInWords('2026-12-02T14:00:00+01:00', now)).toEqual({ text: 'vandaag, nog 5 uur', overdue: false });
    expect(dueInWords('2026-12-02T07:00:00+01:00', now)).toEqual({ text: '2 uur te laat', overdue: true });
    expect(dueInWords('2026-12-01T23:00:00+01:00', now)).toEqual({ text: '1 dag te laat', overdue: true });
    expect(dueInWords('2026-11-30T12:00:00+01:00', now)).toEqual({ text: '2 dagen te laat', overdue: true });
  });
});
