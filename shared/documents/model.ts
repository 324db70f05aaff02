import type {
  ActionField,
  AgendaItem,
  Attachment,
  Body,
  Goal,
  Indicator,
  IndicatorValue,
  Measure,
  Meeting,
  Minutes,
  MinutesAmendment,
  Network,
  Organisation,
  Participant,
  Person,
  Result,
  Task,
} from '../schemas';

/**
 * View models of the documents: plain objects assembled from the stored records (by the renderer
 * through its repositories, by tests from fixtures). The builders only read them.
 */

/** The network's logo, already read from its attachment: PNG/JPEG as data URL, or SVG markup. */
export type DocumentLogo = { kind: 'image'; dataUrl: string } | { kind: 'svg'; markup: string };

export interface DocumentContext {
  network: Network;
  logo?: DocumentLogo;
  /** ISO date the document is dated ("Stand"); the invitation uses its sending date if set. */
  issuedOn: string;
}

/** Lookups by id for names printed in documents. */
export interface Directory {
  persons: ReadonlyMap<string, Person>;
  organisations: ReadonlyMap<string, Organisation>;
  bodies: ReadonlyMap<string, Body>;
}

/** Attachment metadata without the file itself. */
export type AttachmentInfo = Omit<Attachment, 'blob'>;

/** Everything stored about one meeting, as read from the database. */
export interface MeetingRecords {
  context: DocumentContext;
  directory: Directory;
  body: Body;
  meeting: Meeting;
  agendaItems: AgendaItem[];
  participants: Participant[];
  results: Result[];
  tasks: Task[];
  attachments: AttachmentInfo[];
  minutes?: Minutes;
  amendments: MinutesAmendment[];
  /** The meeting in which the minutes were approved ("in der 2. Sitzung 2025"). */
  approvedInMeeting?: Meeting;
  /** A single recipient of the invitation; without one it goes to all members. */
  recipient?: { addressLines: string[]; person?: Person };
}

/** One agenda item with its computed TOP number and time plan. */
export interface AgendaEntry {
  item: AgendaItem;
  number: string;
  depth: 0 | 1;
  start: string;
  end: string;
  presenter?: string;
  results: Result[];
  attachments: AttachmentInfo[];
}

export interface MeetingDocumentData extends Omit<MeetingRecords, 'agendaItems'> {
  agenda: AgendaEntry[];
  plannedEnd: string;
  overrunMinutes: number;
}

/** Open tasks and resolutions/recommendations with their follow-up, grouped for the overview. */
export interface TaskOverviewData {
  context: DocumentContext;
  directory: Directory;
  groupBy: 'body' | 'actionField';
  /** The tasks to list (the open ones). */
  tasks: Task[];
  /** Resolutions and recommendations to list with their follow-up status. */
  results: Result[];
  meetings: ReadonlyMap<string, Meeting>;
  agendaItems: ReadonlyMap<string, AgendaItem>;
  actionFields: ActionField[];
  measures: ReadonlyMap<string, Measure>;
  /** Action fields an agenda item is linked to (agendaItemId → actionFieldIds). */
  agendaItemActionFields: ReadonlyMap<string, readonly string[]>;
}

export interface ActionFieldReportData {
  context: DocumentContext;
  directory: Directory;
  /** Who the report is for, e.g. "Lenkungskreis" or "Rechenschaftsbericht an die Bildungskonferenz". */
  audience?: string;
  actionFields: ActionField[];
  goals: Goal[];
  measures: Measure[];
  indicators: Indicator[];
  indicatorValues: IndicatorValue[];
  /** Open tasks; those linked to a field or its measures are listed under it. */
  tasks: Task[];
}
