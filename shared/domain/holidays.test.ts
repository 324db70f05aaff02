import { describe, expect, it } from 'vitest';
import { dateWarnings, isoWeekday, publicHoliday, schoolHoliday, schoolHolidaysKnown } from './holidays';

describe('NRW public holidays', () => {
  it.each([
    ['2026-01-01', 'Neujahrstag'],
    ['2026-04-03', 'Karfreitag'],
    ['2026-04-06', 'Ostermontag'],
    ['2026-05-01', 'Tag der Arbeit'],
    ['2026-05-14', 'Christi Himmelfahrt'],
    ['2026-05-25', 'Pfingstmontag'],
    ['2026-06-04', 'Fronleichnam'],
    ['2026-10-03', 'Tag der Deutschen Einheit'],
    ['2026-11-01', 'Allerheiligen'],
    ['2026-12-25', '1. Weihnachtstag'],
    ['2026-12-26', '2. Weihnachtstag'],
    ['2027-03-26', 'Karfreitag'],
    ['2027-03-29', 'Ostermontag'],
    ['2027-05-06', 'Christi Himmelfahrt'],
    ['2027-05-17', 'Pfingstmontag'],
    ['2027-05-27', 'Fronleichnam'],
    ['2027-11-01', 'Allerheiligen'],
    ['2028-04-14', 'Karfreitag'],
    ['2028-04-17', 'Ostermontag'],
    ['2028-05-25', 'Christi Himmelfahrt'],
    ['2028-06-05', 'Pfingstmontag'],
    ['2028-06-15', 'Fronleichnam'],
    ['2028-11-01', 'Allerheiligen'],
  ])('%s is %s', (date, name) => {
    expect(publicHoliday(date)).toBe(name);
    expect(dateWarnings(date)).toContainEqual({ kind: 'feiertag', label: name });
  });

  it('knows which days are not holidays in NRW', () => {
    // Reformationstag, Buß- und Bettag, Heilige Drei Könige, Mariä Himmelfahrt, Weltkindertag
    for (const date of ['2026-10-31', '2027-10-31', '2026-11-18', '2027-01-06', '2026-08-15', '2026-09-20']) {
      expect(publicHoliday(date), date).toBeUndefined();
    }
    expect(publicHoliday('2026-06-03')).toBeUndefined();
    expect(publicHoliday('2026-06-05')).toBeUndefined();
  });
});

describe('NRW school holidays', () => {
  it('covers the Easter holidays 2026 from first to last day', () => {
    expect(schoolHoliday('2026-03-29')).toBeUndefined();
    expect(schoolHoliday('2026-03-30')).toBe('Osterferien 2026');
    expect(schoolHoliday('2026-04-11')).toBe('Osterferien 2026');
    expect(schoolHoliday('2026-04-12')).toBeUndefined();
  });

  it('labels holidays spanning the new year with both years', () => {
    expect(schoolHoliday('2026-01-05')).toBe('Weihnachtsferien 2025/26');
    expect(schoolHoliday('2029-12-31')).toBe('Weihnachtsferien 2029/30');
    expect(schoolHoliday('2026-07-21')).toBe('Sommerferien 2026');
  });

  it('says where the data ends, so no warning is not mistaken for "no holidays"', () => {
    expect(schoolHolidaysKnown('2026-02-17')).toBe(true);
    expect(schoolHolidaysKnown('2030-08-06')).toBe(true);
    expect(schoolHolidaysKnown('2031-02-18')).toBe(false);
  });
});

describe('date warnings', () => {
  it('warns about a Tuesday in the Easter holidays', () => {
    expect(dateWarnings('2026-03-31')).toEqual([{ kind: 'schulferien', label: 'Osterferien 2026' }]);
  });

  it('lists every reason at once', () => {
    expect(dateWarnings('2026-04-06')).toEqual([
      { kind: 'feiertag', label: 'Ostermontag' },
      { kind: 'schulferien', label: 'Osterferien 2026' },
    ]);
    expect(dateWarnings('2026-11-01')).toEqual([
      { kind: 'feiertag', label: 'Allerheiligen' },
      { kind: 'wochenende', label: 'Sonntag' },
    ]);
    expect(dateWarnings('2026-02-21')).toEqual([{ kind: 'wochenende', label: 'Samstag' }]);
  });

  it('has nothing to say about a normal Tuesday', () => {
    expect(dateWarnings('2026-02-17')).toEqual([]);
    expect(dateWarnings('2025-02-18')).toEqual([]);
  });

  it('computes weekdays without the local time zone', () => {
    expect(isoWeekday('2026-02-16')).toBe(1);
    expect(isoWeekday('2026-02-22')).toBe(7);
  });
});
