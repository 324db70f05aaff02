import type { z } from 'zod';
import { formatDate } from '../../../../../shared/domain/dates';
import { isCurrentOn, membershipProblems } from '../../../../../shared/directory/membership-rules';
import { MembershipInput, type Membership } from '../../../../../shared/schemas';
import { crud } from '../../crud';
import { db } from '../../database';
import { ValidationError, type FieldIssue } from '../../errors';
import { insertRecord, parseOrThrow, patchRecord } from '../../record';

const membershipCrud = crud<Membership, typeof MembershipInput>(
  () => db.memberships,
  MembershipInput,
  'Die Mitgliedschaft',
);

const TABLES = () => [db.memberships, db.persons, db.bodies, db.organisations];

type Candidate = z.output<typeof MembershipInput> & { id?: string };

const active = <R extends { deletedAt?: string }>(record: R | undefined): R | undefined =>
  record && !record.deletedAt ? record : undefined;

/** The records a membership points to exist, and it keeps the body's membership rules. */
async function checkMembership(candidate: Candidate): Promise<void> {
  const issues: FieldIssue[] = [];
  if (!active(await db.persons.get(candidate.personId))) {
    issues.push({ path: 'personId', message: 'Bitte eine Person aus dem Verzeichnis auswählen.' });
  }
  if (!active(await db.bodies.get(candidate.bodyId))) {
    issues.push({ path: 'bodyId', message: 'Bitte ein Gremium auswählen.' });
  }
  const organisationId = candidate.representedOrganisationId;
  if (organisationId !== undefined && !active(await db.organisations.get(organisationId))) {
    issues.push({ path: 'representedOrganisationId', message: 'Die vertretene Organisation wurde nicht gefunden.' });
  }
  const deputyOf = candidate.deputyOfPersonId;
  if (deputyOf !== undefined && !active(await db.persons.get(deputyOf))) {
    issues.push({ path: 'deputyOfPersonId', message: 'Die vertretene Person wurde nicht gefunden.' });
  }
  const bodyMemberships = (await db.memberships.where('bodyId').equals(candidate.bodyId).toArray()).filter(
    (m) => !m.deletedAt,
  );
  issues.push(...membershipProblems(candidate, bodyMemberships));
  if (issues.length > 0) throw new ValidationError(issues);
}

export const membershipRepo = {
  ...membershipCrud,

  /**
   * Adds a membership after checking its rules. Without a represented organisation it records the
   * person's current one, so the membership keeps it when the person later changes jobs.
   */
  async create(input: MembershipInput): Promise<Membership> {
    return db.transaction('rw', TABLES(), async () => {
      const parsed = parseOrThrow(MembershipInput, input);
      const person = await db.persons.get(parsed.personId);
      const candidate = {
        ...parsed,
        representedOrganisationId: parsed.representedOrganisationId ?? person?.organisationId,
      };
      await checkMembership(candidate);
      return insertRecord(db.memberships, MembershipInput, candidate);
    });
  },

  async update(id: string, changes: Partial<MembershipInput>): Promise<Membership> {
    return db.transaction('rw', TABLES(), async () => {
      const current = await membershipCrud.require(id);
      await checkMembership({ ...parseOrThrow(MembershipInput, { ...current, ...changes }), id });
      return patchRecord(db.memberships, MembershipInput, id, changes, 'Die Mitgliedschaft');
    });
  },

  /** Ends a running membership on `to` (its last day); it stays in the body's history. */
  async endMembership(id: string, to: string): Promise<Membership> {
    return db.transaction('rw', TABLES(), async () => {
      const current = await membershipCrud.require(id);
      if (current.to !== undefined) {
        throw ValidationError.single(
          'to',
          `Diese Mitgliedschaft ist bereits zum ${formatDate(current.to)} beendet. Das Enddatum lässt sich beim Bearbeiten ändern.`,
        );
      }
      return membershipRepo.update(id, { to });
    });
  },

  async forBody(bodyId: string): Promise<Membership[]> {
    return (await db.memberships.where('bodyId').equals(bodyId).toArray()).filter((m) => !m.deletedAt);
  },
  async forPerson(personId: string): Promise<Membership[]> {
    return (await db.memberships.where('personId').equals(personId).toArray()).filter((m) => !m.deletedAt);
  },
  /** Memberships current on `date` (ISO): started, and not yet ended. */
  async currentForBody(bodyId: string, date: string): Promise<Membership[]> {
    return (await membershipRepo.forBody(bodyId)).filter((m) => isCurrentOn(m, date));
  },
};
