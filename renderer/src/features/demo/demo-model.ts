import type {
  AgendaItemKind,
  FollowUpStatus,
  MeetingInput,
  MeetingStatus,
  MinutesStatus,
  ResultKind,
  TaskStatus,
} from '../../../../shared/schemas';
import type { ActionFieldKey, BodyCode } from './auenfeld-action-fields';
import type { MeasureKey } from './auenfeld-measures';
import type { OrgKey } from './auenfeld-organisations';
import type { PersonKey } from './auenfeld-persons';

/**
 * The shape of the demo meetings: plain data that names people, organisations, bodies and fields
 * by their keys in the other demo modules. The loader turns keys into record ids.
 */

export type DemoOwner = { person: PersonKey } | { organisation: OrgKey } | { body: BodyCode };

export interface DemoTask {
  title: string;
  owner: DemoOwner;
  due: string;
  status: TaskStatus;
  completedOn?: string;
  actionField?: ActionFieldKey;
  measure?: MeasureKey;
}

/** What was reported on a resolution or recommendation later, optionally in a named meeting. */
export interface DemoResultUpdate {
  date: string;
  text: string;
  meeting?: string;
}

/** Beschlüsse and Empfehlungen are reached by consensus and adopted unless said otherwise. */
export interface DemoResult {
  kind: ResultKind;
  text?: string;
  /** Number in its series (B-LK-2025-01, E-2025-01); a Kenntnisnahme has none. */
  sequence?: number;
  addressee?: string;
  followUp?: FollowUpStatus;
  updates?: DemoResultUpdate[];
}

/** A Vorlage of the meeting's body, numbered per body and year ("Vorlage LK-01/2025"). */
export interface DemoPaper {
  sequence: number;
  title: string;
  fileName: string;
}

export interface DemoAgendaItem {
  kind: AgendaItemKind;
  title: string;
  /** Planned minutes of the item itself; an item with sub-items usually has 0. */
  minutes: number;
  description?: string;
  presenter?: PersonKey;
  presenterText?: string;
  proposedResolution?: string;
  chairNotes?: string;
  /** Discussion notes from the minutes, one paragraph per entry. */
  notes?: string[];
  actionFields?: ActionFieldKey[];
  papers?: DemoPaper[];
  result?: DemoResult;
  tasks?: DemoTask[];
  children?: DemoAgendaItem[];
}

export type DemoGuest = { person: PersonKey; role?: string } | { name: string; organisation: string; role?: string };

/**
 * Who took part. The body's members on the meeting date are invited; deputies only when they
 * represent someone. Everyone not listed here accepted (and, after the meeting, was present).
 */
export interface DemoAttendance {
  /** Declined and, after the meeting, excused. */
  excused?: PersonKey[];
  represented?: { person: PersonKey; by: PersonKey }[];
  /** Invited, no reply yet (upcoming meetings only). */
  noReply?: PersonKey[];
  /** Bureau staff who attend without a seat. */
  staff?: PersonKey[];
  guests?: DemoGuest[];
}

export interface DemoMinutes {
  status: MinutesStatus;
  sentOn?: string;
  approvedOn?: string;
  /** Key of the meeting that approved them. */
  approvedIn?: string;
}

export interface DemoMeeting extends Pick<
  MeetingInput,
  | 'date'
  | 'startTime'
  | 'endTime'
  | 'theme'
  | 'location'
  | 'isPublic'
  | 'invitationSentOn'
  | 'replyBy'
  | 'actualStart'
  | 'actualEnd'
> {
  /** Unique within the demo data, for references between meetings. */
  key: string;
  body: BodyCode;
  status: MeetingStatus;
  chair?: PersonKey;
  minuteTaker?: PersonKey;
  attendance?: DemoAttendance;
  agenda?: DemoAgendaItem[];
  minutes?: DemoMinutes;
}
