import { useLiveQuery } from 'dexie-react-hooks';
import { periodsOverlap } from '../../../../shared/directory/membership-rules';
import { personDisplayName } from '../../../../shared/directory/person-name';
import { sortGerman } from '../../../../shared/domain/search-text';
import { bodyRepo, membershipRepo, personList } from '../../db/repos';
import { sortBodies } from '../../ui/sort-bodies';
import type { MembershipFormValues } from './membership-form';

interface Option {
  value: string;
  label: string;
}

/** "Dr. Jana Becker (Kreis Auenfeld)": the organisation tells namesakes apart. */
const personOption = (entry: Awaited<ReturnType<typeof personList>>[number]): Option => {
  const name = personDisplayName(entry.person);
  const organisation = entry.organisation?.shortName ?? entry.organisation?.name;
  return { value: entry.person.id, label: organisation ? `${name} (${organisation})` : name };
};

/**
 * What the membership dialog offers: persons (anonymised ones left out), bodies, the seats the
 * body already knows, and as possible principals of a deputy the body's members during the
 * entered period (or today), the person themselves excluded.
 */
export function useMembershipOptions(networkId: string, values: MembershipFormValues, today: string) {
  const { bodyId, personId, from, to } = values;
  const persons = useLiveQuery(personList) ?? [];
  const bodies = useLiveQuery(() => bodyRepo.list(networkId), [networkId]) ?? [];
  const bodyMemberships = useLiveQuery(() => (bodyId ? membershipRepo.forBody(bodyId) : []), [bodyId]) ?? [];

  const names = new Map(persons.map((entry) => [entry.person.id, personDisplayName(entry.person)]));
  const period = from ? { from, ...(to ? { to } : {}) } : { from: today, to: today };
  const principals = new Set(
    bodyMemberships
      .filter((m) => m.role !== 'stellvertretung' && m.personId !== personId && periodsOverlap(m, period))
      .map((m) => m.personId),
  );
  const seats = [...new Set(bodyMemberships.map((m) => m.seat).filter((seat): seat is string => !!seat))];

  return {
    persons: persons.filter((entry) => !entry.person.anonymisedAt || entry.person.id === personId).map(personOption),
    personName: names.get(personId),
    bodies: sortBodies(bodies).map((body) => ({ value: body.id, label: body.name })),
    bodyName: bodies.find((body) => body.id === bodyId)?.name,
    seats: sortGerman(seats, (seat) => seat),
    principals: persons
      .filter((entry) => principals.has(entry.person.id))
      .map((entry) => ({ value: entry.person.id, label: personDisplayName(entry.person) })),
  };
}
