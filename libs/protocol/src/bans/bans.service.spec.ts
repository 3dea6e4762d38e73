import { addToDay } from './bans.service';

describe('addToDay', () => {
  it('adds calendar months and years, keeping to the last day of a shorter month', () => {
    expect(addToDay('2026-04-14', 'P6M')).toBe('2026-10-14');
    expect(addToDay('2026-08-31', 'P6M')).toBe('2027-02-28');
    expect(addToDay('2027-08-31', 'P6M')).toBe('2028-02-29');
    expect(addToDay('2026-01-10', 'P24M')).toBe('2028-01-10');
    expect(addToDay('2026-01-10', 'P1Y6M')).toBe('2027-07-10');
  });
});
