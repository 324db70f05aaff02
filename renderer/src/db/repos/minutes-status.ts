import { formatDate } from '../../../../shared/domain/dates';
import {
  checkMinutesTransition,
  deemedApprovalDate,
  isDeemedApproved,
  isMinutesLocked,
  meetingStatusForMinutes,
  type MinutesChange,
} from '../../../../shared/domain/status-cycle';
import {
  MeetingInput,
  MinutesAmendmentInput,
  MinutesInput,
  type Meeting,
  type Minutes,
  type MinutesAmendment,
} from '../../../../shared/schemas';
import { db } from '../database';
import { ConflictError, LockedError, NotFoundError, ValidationError } from '../errors';
import { insertRecord, patchRecord } from '../record';

/** What approval stores: the canonical content, its fingerprint, and the minutes' revision it was read at. */
export interface MinutesSeal {
  approvedContent: string;
  fingerprint: string;
  revision: number;
}

const FIELD_OF_STEP: Record<MinutesChange['to'], string> = {
  versandt: 'sentOn',
  einwaende: 'objections',
  genehmigt: 'approvedOn',
};

async function requireMeeting(meetingId: string): Promise<Meeting> {
  const meeting = await db.meetings.get(meetingId);
  if (!meeting || meeting.deletedAt) throw new NotFoundError('Die Sitzung');
  return meeting;
}

/** Deemed approval needs the body's rule and a lapsed objection period; otherwise a later meeting of the body approves. */
async function checkApproval(
  meeting: Meeting,
  state: Pick<Minutes, 'status' | 'sentOn'>,
  change: Extract<MinutesChange, { to: 'genehmigt' }>,
): Promise<void> {
  const body = await db.bodies.get(meeting.bodyId);
  if (change.deemedApproved) {
    if (!body || !state.sentOn || !isDeemedApproved(state, body, change.approvedOn ?? '')) {
      const from = body?.objectionDays && state.sentOn && deemedApprovalDate(state.sentOn, body.objectionDays);
      throw ValidationError.single(
        'approvedOn',
        from && state.status === 'versandt'
          ? `Das Protokoll gilt erst ab dem ${formatDate(from)} als genehmigt, wenn bis dahin niemand widerspricht.`
          : 'Das Protokoll gilt nur als genehmigt, wenn das Gremium so verfährt und die Einspruchsfrist ohne Einwände abgelaufen ist.',
      );
    }
    return;
  }
  const approving = change.approvedInMeetingId ? await db.meetings.get(change.approvedInMeetingId) : undefined;
  if (!approving || approving.deletedAt || approving.bodyId !== meeting.bodyId || approving.date <= meeting.date) {
    throw ValidationError.single('approvedInMeetingId', 'Bitte eine spätere Sitzung desselben Gremiums wählen.');
  }
}

/** The fields a step records. */
function fieldsOf(change: MinutesChange, seal: MinutesSeal | undefined): Partial<MinutesInput> {
  switch (change.to) {
    case 'versandt':
      return { status: 'versandt', sentOn: change.sentOn };
    case 'einwaende':
      return { status: 'einwaende', objections: change.objections };
    case 'genehmigt':
      return {
        status: 'genehmigt',
        approvedOn: change.approvedOn,
        approvedInMeetingId: change.deemedApproved ? undefined : change.approvedInMeetingId,
        deemedApproved: change.deemedApproved ?? false,
        approvedContent: seal?.approvedContent,
        fingerprint: seal?.fingerprint,
      };
  }
}

/**
 * Moves a meeting's minutes one step through their cycle (Entwurf → versandt → Einwände →
 * genehmigt) and the meeting's status with them; minutes that do not exist yet start as a draft.
 * Approval needs the `seal` made from the content at the minutes' current revision: when the
 * content changed while sealing, a ConflictError asks to seal again.
 */
export async function changeMinutesStatus(
  meetingId: string,
  change: MinutesChange,
  seal?: MinutesSeal,
): Promise<Minutes> {
  return db.transaction('rw', [db.minutes, db.meetings, db.bodies], async () => {
    const meeting = await requireMeeting(meetingId);
    const current = await db.minutes.where('meetingId').equals(meetingId).first();
    const state = current ?? { status: 'entwurf' as const, sentOn: undefined, revision: 0 };
    const check = checkMinutesTransition(state, change);
    if (!check.ok) {
      throw isMinutesLocked(state)
        ? new LockedError(check.message)
        : ValidationError.single(FIELD_OF_STEP[change.to], check.message);
    }
    if (change.to === 'genehmigt') {
      if (!seal) throw new Error('Ein Protokoll wird nur mit seinem Fingerabdruck genehmigt.');
      if (seal.revision !== state.revision) throw new ConflictError();
      await checkApproval(meeting, state, change);
    }
    const fields = fieldsOf(change, seal);
    const saved = current
      ? await patchRecord(db.minutes, MinutesInput, current.id, fields, 'Das Protokoll')
      : await insertRecord<typeof MinutesInput, Minutes>(db.minutes, MinutesInput, { meetingId, ...fields });
    await patchRecord(
      db.meetings,
      MeetingInput,
      meetingId,
      { status: meetingStatusForMinutes(change.to) },
      'Die Sitzung',
    );
    return saved;
  });
}

/** A correction of approved minutes, recorded with date and reason; drafts are simply edited. */
export async function addAmendment(input: MinutesAmendmentInput): Promise<MinutesAmendment> {
  return db.transaction('rw', [db.minutes, db.minutesAmendments], async () => {
    const minutes = await db.minutes.get(input.minutesId);
    if (!minutes) throw new NotFoundError('Das Protokoll');
    if (!isMinutesLocked(minutes)) {
      throw ValidationError.single(
        'minutesId',
        'Berichtigungen gibt es nur für genehmigte Protokolle. Einen Entwurf bitte direkt ändern.',
      );
    }
    if (minutes.approvedOn && input.date < minutes.approvedOn) {
      throw ValidationError.single(
        'date',
        `Eine Berichtigung kann nicht vor der Genehmigung am ${formatDate(minutes.approvedOn)} liegen.`,
      );
    }
    return insertRecord(db.minutesAmendments, MinutesAmendmentInput, input);
  });
}
