import {
  ANONYMISED_NAME,
  ANONYMISED_PERSON_FIELDS,
  keepsPrintedNames,
} from '../../../../../shared/directory/anonymise';
import { personDataExport, type PersonDataExport } from '../../../../../shared/directory/person-data-export';
import { retentionCandidates, type RetentionCandidate } from '../../../../../shared/directory/retention';
import { countedList } from '../../../../../shared/directory/wording';
import { toIsoDate } from '../../../../../shared/domain/dates';
import { PersonInput } from '../../../../../shared/schemas';
import { db } from '../../database';
import { ValidationError } from '../../errors';
import { notDeleted, nowIso, patchRecord } from '../../record';
import { settingsRepo } from '../settings.repo';
import { collectPersonData, PERSON_DATA_TABLES, requirePerson } from './person-data.repo';

export const DEFAULT_RETENTION_YEARS = 5;

/** DSGVO Art. 15: everything stored about the person, as JSON and as German plain text. */
export async function exportPersonData(personId: string, today = toIsoDate(new Date())): Promise<PersonDataExport> {
  return personDataExport(await collectPersonData(personId), today);
}

export interface AnonymisationResult {
  /** Participant entries (invitation and attendance lists) now showing "anonymisiert". */
  participantsAnonymised: number;
  /** Entries of meetings with approved minutes, kept as printed. */
  participantsKeptAsPrinted: number;
}

/**
 * DSGVO Art. 17 for a person who appears in records: name and contact data are replaced by
 * "anonymisiert". Attendance lists of meetings whose minutes are not yet approved show
 * "anonymisiert" too; approved minutes (their stored content, fingerprint and participant list)
 * stay exactly as approved. Memberships, tasks and other links keep pointing to the person.
 */
export async function anonymisePerson(personId: string): Promise<AnonymisationResult> {
  return db.transaction('rw', [db.persons, db.participants, db.minutes], async () => {
    const person = await requirePerson(personId);
    await patchRecord(db.persons, PersonInput, personId, ANONYMISED_PERSON_FIELDS, 'Die Person');
    if (!person.anonymisedAt) await db.persons.update(personId, { anonymisedAt: nowIso() });

    const own = await db.participants.where('personId').equals(personId).toArray();
    const substituted = await db.participants.filter((p) => p.substitutePersonId === personId).toArray();
    const result: AnonymisationResult = { participantsAnonymised: 0, participantsKeptAsPrinted: 0 };
    for (const participant of [...own, ...substituted].filter(notDeleted)) {
      const minutes = await db.minutes.where('meetingId').equals(participant.meetingId).first();
      if (keepsPrintedNames(minutes)) {
        result.participantsKeptAsPrinted += 1;
        continue;
      }
      const name =
        participant.personId === personId ? { displayName: ANONYMISED_NAME } : { substituteName: ANONYMISED_NAME };
      await db.participants.update(participant.id, { ...name, updatedAt: nowIso() });
      result.participantsAnonymised += 1;
    }
    return result;
  });
}

/**
 * DSGVO Art. 17 for a person who appears nowhere else: the record becomes a tombstone without any
 * personal data (kept, marked deleted, so a later sync learns of the deletion). A person who
 * appears in memberships, meetings or tasks is refused: anonymise them instead.
 */
export async function deletePerson(personId: string): Promise<void> {
  await db.transaction('rw', PERSON_DATA_TABLES(), async () => {
    const data = await collectPersonData(personId);
    const deputised = await db.memberships.where('deputyOfPersonId').equals(personId).filter(notDeleted).count();
    const uses = countedList([
      [data.memberships.length, 'Mitgliedschaft', 'Mitgliedschaften'],
      [deputised, 'Stellvertretung', 'Stellvertretungen'],
      [data.participations.length, 'Sitzungsteilnahme', 'Sitzungsteilnahmen'],
      [data.meetingRoles.length, 'Sitzungsleitung oder Protokollführung', 'Sitzungsleitungen oder Protokollführungen'],
      [data.presentations.length, 'Tagesordnungspunkt', 'Tagesordnungspunkte'],
      [data.tasks.length, 'Aufgabe', 'Aufgaben'],
      [data.measures.length, 'Maßnahme', 'Maßnahmen'],
    ]);
    if (uses) {
      throw ValidationError.single(
        'id',
        `Die Person kann nicht gelöscht werden, weil sie noch vorkommt (${uses}). Bitte stattdessen anonymisieren: Name und Kontaktdaten werden entfernt, Protokolle und Listen bleiben vollständig.`,
      );
    }
    await patchRecord(db.persons, PersonInput, personId, ANONYMISED_PERSON_FIELDS, 'Die Person');
    const now = nowIso();
    await db.persons.update(personId, { deletedAt: now, updatedAt: now });
  });
}

/**
 * Persons to review for deletion (retention hint): no membership for `years` years, by default
 * the `retentionYears` setting (5 when not set).
 */
export async function personsForRetentionReview(
  today = toIsoDate(new Date()),
  years?: number,
): Promise<RetentionCandidate[]> {
  const period = years ?? (await settingsRepo.get<number>('retentionYears')) ?? DEFAULT_RETENTION_YEARS;
  return retentionCandidates(await db.persons.toArray(), await db.memberships.toArray(), today, period);
}
