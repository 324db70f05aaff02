import type { TaskOverviewData } from '../../../../shared/documents';
import type { Body, Meeting, MeetingStatus } from '../../../../shared/schemas';

export const MEETING_DOCUMENT_KINDS = [
  'einladung',
  'tagesordnung',
  'tagesordnung-sitzungsleitung',
  'anwesenheitsliste',
  'protokoll',
] as const;
export type MeetingDocumentKind = (typeof MEETING_DOCUMENT_KINDS)[number];

/** What to produce: enough to read the data and name the file. */
export type DocumentJob =
  | { kind: MeetingDocumentKind; meetingId: string }
  | { kind: 'aufgabenuebersicht'; groupBy: TaskOverviewData['groupBy'] }
  /** `audience`: the body the report is for (its name is printed), if any. */
  | { kind: 'sachstandsbericht'; audience?: string };

/** Why a document cannot be made yet (a key of `documents.unavailable`). */
export type Unavailable = 'meetingCancelled' | 'meetingAhead';

/** One entry of a document menu. */
export interface DocumentOption {
  job: DocumentJob;
  unavailable?: Unavailable;
}

/** Before these, there is nothing to take minutes of. */
const NOT_YET_HELD: readonly MeetingStatus[] = ['geplant', 'eingeladen'];

/**
 * The documents of one meeting: invitation, agenda, chair's copy and attendance sheet at any time,
 * the minutes once the meeting has been held; nothing for a cancelled meeting.
 */
export function meetingDocumentOptions(meeting: Pick<Meeting, 'id' | 'status'>): DocumentOption[] {
  return MEETING_DOCUMENT_KINDS.map((kind) => {
    const job = { kind, meetingId: meeting.id };
    if (meeting.status === 'abgesagt') return { job, unavailable: 'meetingCancelled' };
    if (kind === 'protokoll' && NOT_YET_HELD.includes(meeting.status)) return { job, unavailable: 'meetingAhead' };
    return { job };
  });
}

/** The task and resolution overview, grouped by body or by action field. */
export const taskOverviewOptions = (): DocumentOption[] => [
  { job: { kind: 'aufgabenuebersicht', groupBy: 'body' } },
  { job: { kind: 'aufgabenuebersicht', groupBy: 'actionField' } },
];

/** Who reads the action-field report: the Lenkungskreis, and the Bildungskonferenz once a year. */
const REPORT_AUDIENCES: readonly Body['kind'][] = ['lenkungskreis', 'bildungskonferenz'];

/** The action-field report for each body it goes to, or without an addressee if there is none. */
export function actionFieldReportOptions(bodies: readonly Pick<Body, 'kind' | 'name'>[]): DocumentOption[] {
  const audiences = REPORT_AUDIENCES.flatMap((kind) => bodies.filter((b) => b.kind === kind).map((b) => b.name));
  return audiences.length === 0
    ? [{ job: { kind: 'sachstandsbericht' } }]
    : audiences.map((audience) => ({ job: { kind: 'sachstandsbericht', audience } }));
}
