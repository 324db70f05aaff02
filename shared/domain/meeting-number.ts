/** Next meeting number of a body in a year: one more than the highest used ("3. Sitzung 2026"). */
export const nextMeetingNumber = (usedNumbers: readonly number[]): number =>
  usedNumbers.reduce((max, n) => Math.max(max, n), 0) + 1;

export const meetingTitle = (number: number, year: number): string => `${number}. Sitzung ${year}`;
