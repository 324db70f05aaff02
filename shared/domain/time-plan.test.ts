import { describe, expect, it } from 'vitest';
import { computeTimePlan, formatClockTime, parseClockTime } from './time-plan';

const items = [
  { id: 'welcome', position: 1, plannedMinutes: 10 },
  { id: 'reports', position: 2, plannedMinutes: 5 },
  { id: 'r1', parentId: 'reports', position: 1, plannedMinutes: 15 },
  { id: 'r2', parentId: 'reports', position: 2, plannedMinutes: 20 },
  { id: 'other', position: 3, plannedMinutes: 10 },
];

describe('time plan', () => {
  it('runs items one after another, sub-items after their parent’s own minutes', () => {
    const plan = computeTimePlan(items, '14:00', '16:00');
    expect(plan.entries.map((e) => [e.number, e.start, e.end, e.totalMinutes])).toEqual([
      ['1', '14:00', '14:10', 10],
      ['2', '14:10', '14:50', 40],
      ['2.1', '14:15', '14:30', 15],
      ['2.2', '14:30', '14:50', 20],
      ['3', '14:50', '15:00', 10],
    ]);
    expect(plan.plannedMinutes).toBe(60);
    expect(plan.plannedEnd).toBe('15:00');
    expect(plan.overrunMinutes).toBe(0);
  });

  it('reports how far the plan runs past the meeting’s end', () => {
    const plan = computeTimePlan(items, '14:00', '14:45');
    expect(plan.plannedEnd).toBe('15:00');
    expect(plan.overrunMinutes).toBe(15);
  });

  it('handles an empty agenda and items without minutes', () => {
    expect(computeTimePlan([], '09:30', '11:30')).toMatchObject({
      entries: [],
      plannedEnd: '09:30',
      overrunMinutes: 0,
    });
    const plan = computeTimePlan([{ id: 'a', position: 1, plannedMinutes: 0 }], '09:30');
    expect(plan.entries[0]).toMatchObject({ start: '09:30', end: '09:30' });
  });

  it('parses and formats wall-clock times', () => {
    expect(parseClockTime('09:05')).toBe(545);
    expect(formatClockTime(545)).toBe('09:05');
    expect(formatClockTime(24 * 60 + 15)).toBe('00:15');
    expect(() => parseClockTime('9 Uhr')).toThrow(/Ungültige Uhrzeit/);
  });
});
