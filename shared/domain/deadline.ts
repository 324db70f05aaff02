import { addDays, daysBetween } from './dates';

/** Last day the invitation may go out: meeting date minus the body's Ladungsfrist. */
export const invitationDeadline = (meetingDate: string, noticeDays: number): string =>
  addDays(meetingDate, -noticeDays);

export type DeadlineState = 'offen' | 'bald' | 'heute' | 'ueberschritten' | 'eingehalten';

/** Days before the deadline from which a warning is shown. */
export const DEADLINE_WARNING_DAYS = 7;

/**
 * Where an invitation stands against its deadline. Once sent, only whether it was in time matters.
 */
export function invitationDeadlineState(
  today: string,
  deadline: string,
  sentOn?: string,
): DeadlineState {
  if (sentOn !== undefined) return sentOn <= deadline ? 'eingehalten' : 'ueberschritten';
  const daysLeft = daysBetween(today, deadline);
  if (daysLeft < 0) return 'ueberschritten';
  if (daysLeft === 0) return 'heute';
  return daysLeft <= DEADLINE_WARNING_DAYS ? 'bald' : 'offen';
}
