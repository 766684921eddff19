import { ageOn, childOn } from './day';

describe('the age rule every subgraph uses', () => {
  it('counts whole years: a person turns 18 on the birthday, not the day before', () => {
    expect(childOn('2008-06-15', '2026-06-14')).toBe(true);
    expect(childOn('2008-06-15', '2026-06-15')).toBe(false);
    expect(ageOn('2008-06-15', '2026-06-15')).toBe(18);
  });

  it('puts a 29 February birthday on 1 March in other years', () => {
    expect(childOn('2008-02-29', '2026-02-28')).toBe(true);
    expect(childOn('2008-02-29', '2026-03-01')).toBe(false);
  });

  it('says nothing when the date of birth is unknown or not a date', () => {
    expect(childOn(null, '2026-01-01')).toBeNull();
    expect(childOn('', '2026-01-01')).toBeNull();
    expect(ageOn('15.06.2008', '2026-01-01')).toBeNull();
  });

  it('counts a birth after the day as a child, with a negative age', () => {
    expect(ageOn('2026-01-02', '2026-01-01')).toBe(-1);
    expect(childOn('2026-01-02', '2026-01-01')).toBe(true);
  });
});
