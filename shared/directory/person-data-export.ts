import { fileNamePart } from '../documents/file-name';
import { formatDate } from '../domain/dates';
import type {
  AgendaItem,
  Body,
  Measure,
  Meeting,
  Membership,
  Minutes,
  MinutesAmendment,
  Organisation,
  Participant,
  Person,
  Result,
  Task,
} from '../schemas';
import { personDisplayName } from './person-name';
import { SALUTATION_LABELS } from './person-import';
import { MEMBERSHIP_ROLE_LABELS } from './roles';

/** A person's membership with the records it points to (the organisation as it was represented). */
export interface PersonMembership {
  membership: Membership;
  body?: Body;
  representedOrganisation?: Organisation;
  deputyOf?: Person;
}

/** An invitation and attendance; `asSubstitute` when the person came in someone else's place. */
export interface PersonParticipation {
  participant: Participant;
  meeting?: Meeting;
  body?: Body;
  asSubstitute: boolean;
}

/** Everything stored about one person, gathered by the repository. */
export interface PersonData {
  person: Person;
  organisation?: Organisation;
  memberships: PersonMembership[];
  participations: PersonParticipation[];
  tasks: Task[];
  /** Meetings the person chaired or took the minutes of, with those minutes and their amendments. */
  meetingRoles: {
    meeting: Meeting;
    body?: Body;
    chair: boolean;
    minuteTaker: boolean;
    minutes?: Minutes;
    amendments: MinutesAmendment[];
  }[];
  /** Agenda items the person presented, with the results recorded for them. */
  presentations: { agendaItem: AgendaItem; meeting?: Meeting; body?: Body; results: Result[] }[];
  measures: Measure[];
}

export interface PersonDataExport {
  /** File name without extension: add `.json` or `.txt`. */
  fileName: string;
  json: string;
  text: string;
}

const meetingLabel = (meeting: Meeting | undefined, body: Body | undefined) =>
  meeting ? `${body?.name ?? 'Gremium'}, Sitzung am ${formatDate(meeting.date)}` : 'unbekannte Sitzung';

const period = (m: Membership) =>
  m.to ? `${formatDate(m.from)} bis ${formatDate(m.to)}` : `seit ${formatDate(m.from)}`;

function jsonOf(data: PersonData, today: string) {
  return {
    auskunft: 'Auskunft nach Art. 15 DSGVO',
    erstelltAm: today,
    person: data.person,
    organisation: data.organisation ?? null,
    mitgliedschaften: data.memberships.map((m) => ({
      gremium: m.body?.name,
      rolle: MEMBERSHIP_ROLE_LABELS[m.membership.role],
      vertreteneOrganisation: m.representedOrganisation?.name,
      stellvertretungFuer: m.deputyOf && personDisplayName(m.deputyOf),
      datensatz: m.membership,
    })),
    sitzungsteilnahmen: data.participations.map((p) => ({
      sitzung: meetingLabel(p.meeting, p.body),
      alsVertretung: p.asSubstitute,
      datensatz: p.participant,
    })),
    aufgaben: data.tasks,
    sitzungsleitungUndProtokoll: data.meetingRoles.map((r) => ({
      sitzung: meetingLabel(r.meeting, r.body),
      sitzungsleitung: r.chair,
      protokollfuehrung: r.minuteTaker,
      protokoll: r.minutes ?? null,
      berichtigungen: r.amendments,
    })),
    vortraege: data.presentations.map((p) => ({
      sitzung: meetingLabel(p.meeting, p.body),
      tagesordnungspunkt: p.agendaItem,
      ergebnisse: p.results,
    })),
    massnahmen: data.measures,
  };
}

function section(title: string, lines: readonly string[]): string[] {
  return ['', `${title} (${lines.length})`, ...(lines.length > 0 ? lines.map((l) => `  - ${l}`) : ['  keine'])];
}

function textOf(data: PersonData, today: string): string {
  const { person } = data;
  const field = (label: string, value: string | undefined) => (value ? [`  ${label}: ${value}`] : []);
  return [
    'Auskunft nach Art. 15 DSGVO',
    `Erstellt am ${formatDate(today)} mit Bildungsbüro Desk. Enthalten sind alle zu dieser Person gespeicherten Angaben.`,
    '',
    'Person',
    ...field('Name', personDisplayName(person)),
    ...field('Anrede', SALUTATION_LABELS[person.salutation]),
    ...field('Funktion', person.function),
    ...field('Organisation', data.organisation?.name),
    ...field('E-Mail', person.email),
    ...field('Telefon', person.phone),
    ...field('Notizen', person.notes),
    ...field('Anonymisiert am', person.anonymisedAt && formatDate(person.anonymisedAt.slice(0, 10))),
    `  Erfasst am ${formatDate(person.createdAt.slice(0, 10))}, zuletzt geändert am ${formatDate(person.updatedAt.slice(0, 10))}`,
    ...section(
      'Mitgliedschaften',
      data.memberships.map(({ membership: m, body, representedOrganisation, deputyOf }) =>
        [
          `${body?.name ?? 'Gremium'}: ${MEMBERSHIP_ROLE_LABELS[m.role]}`,
          m.seat && `Sitz „${m.seat}“`,
          representedOrganisation && `für ${representedOrganisation.name}`,
          deputyOf && `Stellvertretung für ${personDisplayName(deputyOf)}`,
          period(m),
        ]
          .filter(Boolean)
          .join(', '),
      ),
    ),
    ...section(
      'Sitzungsteilnahmen',
      data.participations.map(
        ({ participant: p, meeting, body, asSubstitute }) =>
          `${meetingLabel(meeting, body)}: ${asSubstitute ? `in Vertretung für ${p.displayName}` : `Rückmeldung ${p.reply}, Anwesenheit ${p.attendance}`}`,
      ),
    ),
    ...section(
      'Aufgaben',
      data.tasks.map((t) => `„${t.title}“, fällig am ${formatDate(t.dueDate)}, Stand: ${t.status}`),
    ),
    ...section(
      'Sitzungsleitung und Protokollführung',
      data.meetingRoles.map((r) =>
        [
          `${meetingLabel(r.meeting, r.body)}: ${[r.chair && 'Sitzungsleitung', r.minuteTaker && 'Protokollführung'].filter(Boolean).join(' und ')}`,
          r.minutes &&
            `Protokoll ${r.minutes.status}${r.minutes.approvedOn ? ` am ${formatDate(r.minutes.approvedOn)}` : ''}`,
          r.amendments.length > 0 && `${r.amendments.length} Berichtigung(en)`,
        ]
          .filter(Boolean)
          .join('; '),
      ),
    ),
    ...section(
      'Vorträge zu Tagesordnungspunkten',
      data.presentations.map(
        (p) =>
          `${meetingLabel(p.meeting, p.body)}: „${p.agendaItem.title}“${p.results.length > 0 ? `, ${p.results.length} Ergebnis(se)` : ''}`,
      ),
    ),
    ...section(
      'Verantwortung für Maßnahmen',
      data.measures.map((m) => `„${m.title}“, Stand: ${m.status}`),
    ),
    '',
  ].join('\r\n');
}

/** The DSGVO Art. 15 copy of everything stored about a person: JSON for completeness, text to read. */
export function personDataExport(data: PersonData, today: string): PersonDataExport {
  const name = fileNamePart(`${data.person.lastName} ${data.person.firstName}`) || 'Person';
  return {
    fileName: `Auskunft-Art-15-DSGVO-${name}-${today}`,
    json: JSON.stringify(jsonOf(data, today), null, 2),
    text: textOf(data, today),
  };
}
