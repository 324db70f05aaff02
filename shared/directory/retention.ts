import { formatDate } from '../domain/dates';
import type { Membership, Person } from '../schemas';
import { comparePersons } from './person-name';

export interface RetentionCandidate {
  person: Person;
  /** Last day of the person's latest membership; absent when they never had one. */
  lastMembershipEnd?: string;
  /** German explanation for the review list. */
  reason: string;
}

const yearsBefore = (isoDate: string, years: number) => `${Number(isoDate.slice(0, 4)) - years}${isoDate.slice(4)}`;

const since = (years: number) => (years === 1 ? 'vor mehr als einem Jahr' : `vor mehr als ${years} Jahren`);

/**
 * Persons to review for deletion or anonymisation (storage limitation, DSGVO Art. 5): no current
 * or future membership, and the last one ended more than `years` before `today` — or none ever,
 * and the person was recorded more than `years` ago. Anonymised and deleted persons are left out;
 * the list is in German name order.
 */
export function retentionCandidates(
  persons: readonly Person[],
  memberships: readonly Membership[],
  today: string,
  years: number,
): RetentionCandidate[] {
  const cutoff = yearsBefore(today, years);
  const membershipsOf = new Map<string, Membership[]>();
  for (const m of memberships)
    if (!m.deletedAt) membershipsOf.set(m.personId, [...(membershipsOf.get(m.personId) ?? []), m]);
  const candidates: RetentionCandidate[] = [];
  for (const person of persons) {
    if (person.deletedAt || person.anonymisedAt) continue;
    const own = membershipsOf.get(person.id) ?? [];
    if (own.some((m) => m.to === undefined || m.to >= today)) continue;
    const lastEnd = own
      .map((m) => m.to!)
      .sort()
      .at(-1);
    if (lastEnd !== undefined && lastEnd < cutoff) {
      candidates.push({
        person,
        lastMembershipEnd: lastEnd,
        reason: `Letzte Mitgliedschaft endete am ${formatDate(lastEnd)} (${since(years)}).`,
      });
    } else if (lastEnd === undefined && person.createdAt.slice(0, 10) < cutoff) {
      candidates.push({
        person,
        reason: `Nie Mitglied eines Gremiums; erfasst am ${formatDate(person.createdAt.slice(0, 10))} (${since(years)}).`,
      });
    }
  }
  return candidates.sort((a, b) => comparePersons(a.person, b.person));
}
