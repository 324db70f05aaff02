import { compareGerman } from '../domain/search-text';
import type { Meeting, Membership, MembershipRole, Organisation, Person } from '../schemas';
import { hasEndedBy, isCurrentOn } from './membership-rules';
import { comparePersons } from './person-name';
import { ROLE_ORDER } from './roles';
import { normalizeForSearch } from './search';

/** A membership with the records it points to (the represented organisation as it was recorded). */
export interface RosterEntry {
  membership: Membership;
  person: Person;
  representedOrganisation?: Organisation;
  /** For deputies: whom they deputise. */
  deputyOf?: Person;
}

export interface RoleGroup {
  role: MembershipRole;
  members: RosterEntry[];
}

export interface SeatStatus {
  /** The seat label as last recorded. */
  seat: string;
  /** Current holders; empty when the seat is vacant or not yet filled. */
  holders: RosterEntry[];
  /** No current holder, and the last membership holding the seat has ended. */
  vacant: boolean;
  /** For vacant seats: who held it last (its `membership.to` is the last day). */
  lastHolder?: RosterEntry;
}

export interface BodyRoster {
  /** Current members by role, in ROLE_ORDER; roles nobody holds are left out. */
  byRole: RoleGroup[];
  seats: SeatStatus[];
  /** Current deputies, each with `deputyOf`. */
  deputies: RosterEntry[];
  /** Ended memberships, most recently ended first. */
  history: RosterEntry[];
  /** Memberships that begin after `today`. */
  startingLater: RosterEntry[];
}

export interface DirectoryLookup {
  persons: ReadonlyMap<string, Person>;
  organisations: ReadonlyMap<string, Organisation>;
}

const byPerson = (a: RosterEntry, b: RosterEntry) => comparePersons(a.person, b.person);

function toEntry(membership: Membership, lookup: DirectoryLookup): RosterEntry | undefined {
  const person = lookup.persons.get(membership.personId);
  if (!person) return undefined;
  const org = membership.representedOrganisationId;
  const deputy = membership.deputyOfPersonId;
  return {
    membership,
    person,
    ...(org && lookup.organisations.has(org) ? { representedOrganisation: lookup.organisations.get(org) } : {}),
    ...(deputy && lookup.persons.has(deputy) ? { deputyOf: lookup.persons.get(deputy) } : {}),
  };
}

function seatStatuses(entries: readonly RosterEntry[], today: string): SeatStatus[] {
  const bySeat = new Map<string, RosterEntry[]>();
  for (const entry of entries) {
    const seat = entry.membership.seat;
    if (!seat) continue;
    const key = normalizeForSearch(seat);
    bySeat.set(key, [...(bySeat.get(key) ?? []), entry]);
  }
  const statuses = [...bySeat.values()].map((holdings): SeatStatus => {
    const latest = [...holdings].sort((a, b) => b.membership.from.localeCompare(a.membership.from))[0]!;
    const holders = holdings.filter((e) => isCurrentOn(e.membership, today)).sort(byPerson);
    const ended = holdings
      .filter((e) => hasEndedBy(e.membership, today))
      .sort((a, b) => b.membership.to!.localeCompare(a.membership.to!));
    const vacant = holders.length === 0 && ended.length > 0;
    return { seat: latest.membership.seat!, holders, vacant, ...(vacant ? { lastHolder: ended[0] } : {}) };
  });
  return statuses.sort((a, b) => compareGerman(a.seat, b.seat));
}

/** Everything a body page shows about its members on `today` (ISO date). */
export function bodyRoster(memberships: readonly Membership[], lookup: DirectoryLookup, today: string): BodyRoster {
  const entries = memberships
    .filter((m) => !m.deletedAt)
    .map((m) => toEntry(m, lookup))
    .filter((e): e is RosterEntry => e !== undefined);
  const current = entries.filter((e) => isCurrentOn(e.membership, today)).sort(byPerson);
  return {
    byRole: ROLE_ORDER.map((role) => ({ role, members: current.filter((e) => e.membership.role === role) })).filter(
      (group) => group.members.length > 0,
    ),
    seats: seatStatuses(entries, today),
    deputies: current.filter((e) => e.deputyOf !== undefined),
    history: entries
      .filter((e) => hasEndedBy(e.membership, today))
      .sort((a, b) => b.membership.to!.localeCompare(a.membership.to!) || byPerson(a, b)),
    startingLater: entries
      .filter((e) => e.membership.from > today)
      .sort((a, b) => a.membership.from.localeCompare(b.membership.from)),
  };
}

/** Meetings from `today` on (soonest first) and before it (latest first); deleted ones left out. */
export function splitMeetings(meetings: readonly Meeting[], today: string): { upcoming: Meeting[]; past: Meeting[] } {
  const kept = meetings.filter((m) => !m.deletedAt);
  return {
    upcoming: kept.filter((m) => m.date >= today).sort((a, b) => a.date.localeCompare(b.date)),
    past: kept.filter((m) => m.date < today).sort((a, b) => b.date.localeCompare(a.date)),
  };
}
