import type { Meeting } from '../../../../shared/schemas';

/**
 * Approved minutes fix what they record: the agenda, papers, invitees and replies of the meeting
 * are shown, no longer edited (the repositories refuse such writes anyway).
 */
export const isRecordFixed = (meeting: Pick<Meeting, 'status'>): boolean => meeting.status === 'protokoll-genehmigt';
