import { describe, expect, it } from 'vitest';
import { dateWarnings, isoWeekday } from './holidays';
import { planYear, suggestDates } from './year-planning';

const lenkungskreis = { noticeDays: 14 };

describe('planYear', () => {
  it('numbers the dates in date order with deadlines and warnings', () => {
    const plan = planYear({
      body: lenkungskreis,
      year: 2026,
      dates: ['2026-09-08', '2026-02-17', '2026-04-07'],
      existing: [],
      today: '2026-01-10',
    });
    expect(plan).toEqual([
      {
        ok: true,
        date: '2026-02-17',
        number: 1,
        title: '1. Sitzung 2026',
        invitationDeadline: '2026-02-03',
        deadlineState: 'offen',
        warnings: [],
        schoolHolidaysKnown: true,
      },
      expect.objectContaining({
        date: '2026-04-07',
        number: 2,
        invitationDeadline: '2026-03-24',
        warnings: [{ kind: 'schulferien', label: 'Osterferien 2026' }],
      }),
      expect.objectContaining({ date: '2026-09-08', number: 3, title: '3. Sitzung 2026', warnings: [] }),
    ]);
  });

  it('continues after the meetings already in that year', () => {
    const plan = planYear({
      body: lenkungskreis,
      year: 2026,
      dates: ['2026-11-24'],
      existing: [
        { date: '2026-02-17', number: 1 },
        { date: '2026-05-12', number: 2 },
      ],
      today: '2026-06-01',
    });
    expect(plan[0]).toMatchObject({ ok: true, number: 3, title: '3. Sitzung 2026' });
  });

  it('shows a deadline that has already passed', () => {
    const [planned] = planYear({
      body: lenkungskreis,
      year: 2026,
      dates: ['2026-03-03'],
      existing: [],
      today: '2026-02-20',
    });
    expect(planned).toMatchObject({ invitationDeadline: '2026-02-17', deadlineState: 'ueberschritten' });
  });

  it('refuses dates outside the year, twice chosen or already taken, without using up a number', () => {
    const plan = planYear({
      body: lenkungskreis,
      year: 2026,
      dates: ['2027-01-12', '2026-03-03', '2026-03-03', '2026-02-17', 'morgen', '2026-06-16'],
      existing: [{ date: '2026-02-17', number: 1 }],
      today: '2026-01-01',
    });
    const refused = plan.flatMap((p) => (p.ok ? [] : [p.problem]));
    expect(refused).toEqual([
      'Am 17.02.2026 ist bereits die 1. Sitzung 2026 geplant.',
      'Der 03.03.2026 ist doppelt ausgewählt.',
      'Der 12.01.2027 liegt nicht im Jahr 2026.',
      'Bitte ein gültiges Datum angeben (TT.MM.JJJJ).',
    ]);
    expect(plan.flatMap((p) => (p.ok ? [`${p.date} ${p.number}`] : []))).toEqual(['2026-03-03 2', '2026-06-16 3']);
  });

  it('says when the school-holiday data does not reach the date', () => {
    const [planned] = planYear({
      body: lenkungskreis,
      year: 2031,
      dates: ['2031-02-18'],
      existing: [],
      today: '2026-01-01',
    });
    expect(planned).toMatchObject({ ok: true, schoolHolidaysKnown: false });
  });
});

describe('suggestDates', () => {
  it('spreads four Tuesdays over the year, away from holidays', () => {
    const dates = suggestDates({ year: 2026, count: 4, weekday: 2 });
    expect(dates).toHaveLength(4);
    for (const date of dates) {
      expect(isoWeekday(date), date).toBe(2);
      expect(dateWarnings(date), date).toEqual([]);
    }
    expect(dates.map((d) => d.slice(5, 7))).toEqual(['02', '05', '09', '11']);
  });

  it('plans only the rest of the year when asked late', () => {
    const dates = suggestDates({ year: 2026, count: 2, weekday: 3, notBefore: '2026-09-15' });
    expect(dates).toHaveLength(2);
    expect(dates.every((d) => d >= '2026-09-15' && d <= '2026-12-31' && isoWeekday(d) === 3)).toBe(true);
  });

  it('gives distinct dates even when many are asked for', () => {
    const dates = suggestDates({ year: 2027, count: 24, weekday: 4 });
    expect(new Set(dates).size).toBe(24);
  });
});
