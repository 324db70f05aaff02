import { describe, expect, it } from 'vitest';
import { invitationDeadline, invitationDeadlineState } from './deadline';

describe('invitation deadline', () => {
  it('is the meeting date minus the notice period, across month ends', () => {
    expect(invitationDeadline('2025-02-18', 14)).toBe('2025-02-04');
    expect(invitationDeadline('2025-03-05', 14)).toBe('2025-02-19');
    expect(invitationDeadline('2024-03-10', 14)).toBe('2024-02-25');
  });

  it('warns a week ahead, on the day and after the deadline', () => {
    expect(invitationDeadlineState('2025-01-20', '2025-02-04')).toBe('offen');
    expect(invitationDeadlineState('2025-01-28', '2025-02-04')).toBe('bald');
    expect(invitationDeadlineState('2025-02-04', '2025-02-04')).toBe('heute');
    expect(invitationDeadlineState('2025-02-05', '2025-02-04')).toBe('ueberschritten');
  });

  it('judges a sent invitation by its date', () => {
    expect(invitationDeadlineState('2025-03-01', '2025-02-04', '2025-01-28')).toBe('eingehalten');
    expect(invitationDeadlineState('2025-03-01', '2025-02-04', '2025-02-06')).toBe('ueberschritten');
  });
});
