import { nextSequence } from './numbering';

/** Next meeting number of a body in a year: one more than the highest used ("3. Sitzung 2026"). */
export const nextMeetingNumber = (usedNumbers: readonly number[]): number => nextSequence(usedNumbers);

export const meetingTitle = (number: number, year: number): string => `${number}. Sitzung ${year}`;
