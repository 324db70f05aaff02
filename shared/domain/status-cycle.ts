import type { Body } from '../schemas/body.schema';
import type { MeetingStatus } from '../schemas/meeting.schema';
import type { Minutes, MinutesStatus } from '../schemas/minutes.schema';
import { de } from '../i18n/de';
import { addDays, formatDate } from './dates';

/** Either allowed, or refused with a German message that says what to do. */
export type Check = { ok: true } | { ok: false; message: string };

const OK: Check = { ok: true };
const refuse = (message: string): Check => ({ ok: false, message });

/** A step the user can take, with the label of its button. */
export type Transition<S extends string> = { to: S; label: string };

// ── Meeting ──────────────────────────────────────────────────────────────────────────────

/** "durchgeführt", "Protokoll versandt" … (the UI catalog's German names). */
export const MEETING_STATUS_LABELS: Readonly<Record<MeetingStatus, string>> = de.status.meeting;

const MEETING_TRANSITIONS: Record<MeetingStatus, readonly Transition<MeetingStatus>[]> = {
  geplant: [
    { to: 'eingeladen', label: 'Einladung versandt' },
    { to: 'abgesagt', label: 'Sitzung absagen' },
  ],
  eingeladen: [
    { to: 'durchgefuehrt', label: 'Sitzung durchgeführt' },
    { to: 'abgesagt', label: 'Sitzung absagen' },
  ],
  durchgefuehrt: [{ to: 'protokoll-entwurf', label: 'Protokoll beginnen' }],
  'protokoll-entwurf': [{ to: 'protokoll-versandt', label: 'Protokoll versandt' }],
  'protokoll-versandt': [{ to: 'protokoll-genehmigt', label: 'Protokoll genehmigt' }],
  'protokoll-genehmigt': [],
  abgesagt: [{ to: 'geplant', label: 'Absage zurücknehmen' }],
};

export const meetingTransitions = (from: MeetingStatus): readonly Transition<MeetingStatus>[] =>
  MEETING_TRANSITIONS[from];

const HELD: readonly MeetingStatus[] = [
  'durchgefuehrt',
  'protokoll-entwurf',
  'protokoll-versandt',
  'protokoll-genehmigt',
];

/** May a meeting move from one status to another? */
export function checkMeetingTransition(from: MeetingStatus, to: MeetingStatus): Check {
  if (MEETING_TRANSITIONS[from].some((t) => t.to === to)) return OK;
  if (to === 'abgesagt' && HELD.includes(from))
    return refuse('Eine Sitzung, die bereits stattgefunden hat, kann nicht abgesagt werden.');
  if (from === 'abgesagt') return refuse('Die Sitzung ist abgesagt. Bitte zuerst die Absage zurücknehmen.');
  if (from === to) return refuse(`Die Sitzung ist bereits „${MEETING_STATUS_LABELS[to]}“.`);
  const next = MEETING_TRANSITIONS[from].find((t) => t.to !== 'abgesagt');
  return refuse(
    `Die Sitzung kann nicht von „${MEETING_STATUS_LABELS[from]}“ auf „${MEETING_STATUS_LABELS[to]}“ gesetzt werden.` +
      (next ? ` Nächster Schritt: „${next.label}“.` : ''),
  );
}

/** The meeting status that mirrors the minutes' status (objections keep the minutes "versandt"). */
export function meetingStatusForMinutes(status: MinutesStatus): MeetingStatus {
  if (status === 'entwurf') return 'protokoll-entwurf';
  if (status === 'genehmigt') return 'protokoll-genehmigt';
  return 'protokoll-versandt';
}

// ── Minutes ──────────────────────────────────────────────────────────────────────────────

export const MINUTES_STATUS_LABELS: Record<MinutesStatus, string> = {
  entwurf: 'Entwurf',
  versandt: 'versandt',
  einwaende: 'Einwände',
  genehmigt: 'genehmigt',
};

const MINUTES_TRANSITIONS: Record<MinutesStatus, readonly Transition<MinutesStatus>[]> = {
  entwurf: [{ to: 'versandt', label: 'Protokoll versandt' }],
  versandt: [
    { to: 'einwaende', label: 'Einwände erfassen' },
    { to: 'genehmigt', label: 'Protokoll genehmigt' },
  ],
  einwaende: [
    { to: 'versandt', label: 'Überarbeitet erneut versandt' },
    { to: 'genehmigt', label: 'Protokoll genehmigt' },
  ],
  genehmigt: [],
};

export const minutesTransitions = (from: MinutesStatus): readonly Transition<MinutesStatus>[] =>
  MINUTES_TRANSITIONS[from];

/** What a status change of the minutes records. */
export type MinutesChange =
  | { to: 'versandt'; sentOn?: string }
  | { to: 'einwaende'; objections?: string }
  | { to: 'genehmigt'; approvedOn?: string; approvedInMeetingId?: string; deemedApproved?: boolean };

export const LOCKED_MESSAGE =
  'Das Protokoll ist genehmigt und kann nicht mehr geändert werden. Eine Korrektur bitte als Berichtigung mit Datum und Grund erfassen.';

/** Approved minutes are final: no edit through any path (UI, import, repository). */
export const isMinutesLocked = (minutes: Pick<Minutes, 'status'>): boolean => minutes.status === 'genehmigt';

/** For every write to minutes content (notes, results, tasks, attendance of that meeting). */
export const checkMinutesEditable = (minutes: Pick<Minutes, 'status'>): Check =>
  isMinutesLocked(minutes) ? refuse(LOCKED_MESSAGE) : OK;

/**
 * May the minutes take this step, with the data it records? Approval needs its date and, unless
 * deemed approved after the objection period, the meeting that approved them.
 */
export function checkMinutesTransition(minutes: Pick<Minutes, 'status' | 'sentOn'>, change: MinutesChange): Check {
  if (isMinutesLocked(minutes)) return refuse(LOCKED_MESSAGE);
  if (!MINUTES_TRANSITIONS[minutes.status].some((t) => t.to === change.to)) {
    if (change.to === 'genehmigt')
      return refuse('Das Protokoll muss zuerst versandt werden, bevor es genehmigt werden kann.');
    return refuse(
      `Das Protokoll kann nicht von „${MINUTES_STATUS_LABELS[minutes.status]}“ auf „${MINUTES_STATUS_LABELS[change.to]}“ gesetzt werden.`,
    );
  }
  switch (change.to) {
    case 'versandt':
      return change.sentOn ? OK : refuse('Bitte das Datum angeben, an dem das Protokoll versandt wurde.');
    case 'einwaende':
      return change.objections?.trim() ? OK : refuse('Bitte die Einwände festhalten: wer hat was beanstandet?');
    case 'genehmigt':
      if (!change.approvedOn) return refuse('Bitte das Datum der Genehmigung angeben.');
      if (minutes.sentOn && change.approvedOn < minutes.sentOn) {
        return refuse(`Die Genehmigung kann nicht vor dem Versand am ${formatDate(minutes.sentOn)} liegen.`);
      }
      if (!change.deemedApproved && !change.approvedInMeetingId) {
        return refuse('Bitte angeben, in welcher Sitzung das Protokoll genehmigt wurde.');
      }
      return OK;
  }
}

/** Last day on which objections can be raised: the objection period counts from the day after sending. */
export const objectionDeadline = (sentOn: string, objectionDays: number): string => addDays(sentOn, objectionDays);

/** First day on which the minutes count as approved when nobody objected. */
export const deemedApprovalDate = (sentOn: string, objectionDays: number): string =>
  addDays(objectionDeadline(sentOn, objectionDays), 1);

/**
 * True when a body approves by lapse of time (`fristablauf`), the minutes were sent, no objection
 * is recorded and the objection period is over — the app may then record them as deemed approved.
 */
export function isDeemedApproved(
  minutes: Pick<Minutes, 'status' | 'sentOn'>,
  body: Pick<Body, 'approvalRule' | 'objectionDays'>,
  today: string,
): boolean {
  if (body.approvalRule !== 'fristablauf' || body.objectionDays === undefined) return false;
  if (minutes.status !== 'versandt' || !minutes.sentOn) return false;
  return today >= deemedApprovalDate(minutes.sentOn, body.objectionDays);
}
