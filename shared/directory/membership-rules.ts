import { formatDate } from '../domain/dates';
import type { Membership, MembershipInput } from '../schemas';
import type { z } from 'zod';
import { MEMBERSHIP_ROLE_LABELS } from './roles';
import { normalizeForSearch } from './search';

export interface Period {
  from: string;
  to?: string;
}

/** A problem with one field, with a German message to show next to it. */
export interface FieldProblem {
  path: string;
  message: string;
}

const OPEN_END = '9999-12-31';

/** Periods include both end dates; an open end runs on indefinitely. */
export const periodsOverlap = (a: Period, b: Period): boolean =>
  a.from <= (b.to ?? OPEN_END) && b.from <= (a.to ?? OPEN_END);

export const isCurrentOn = (period: Period, date: string): boolean =>
  period.from <= date && (period.to === undefined || period.to >= date);

export const hasEndedBy = (period: Period, date: string): boolean => period.to !== undefined && period.to < date;

const seatKey = (seat: string | undefined): string => normalizeForSearch(seat ?? '');

const describePeriod = (period: Period): string =>
  period.to === undefined
    ? `seit ${formatDate(period.from)}`
    : `vom ${formatDate(period.from)} bis ${formatDate(period.to)}`;

type MembershipCandidate = z.output<typeof MembershipInput> & { id?: string };

/**
 * The rules a membership must keep towards the other memberships of its body (`bodyMemberships`,
 * deleted ones left out): one person holds the same role and seat only once at a time, and a
 * deputy's principal is a member of the body during the deputy's period.
 */
export function membershipProblems(
  candidate: MembershipCandidate,
  bodyMemberships: readonly Membership[],
): FieldProblem[] {
  const others = bodyMemberships.filter((m) => m.id !== candidate.id && m.bodyId === candidate.bodyId);
  const problems: FieldProblem[] = [];

  const twin = others.find(
    (m) =>
      m.personId === candidate.personId &&
      m.role === candidate.role &&
      seatKey(m.seat) === seatKey(candidate.seat) &&
      periodsOverlap(m, candidate),
  );
  if (twin) {
    const what = twin.seat ? `den Sitz „${twin.seat}“` : `die Rolle „${MEMBERSHIP_ROLE_LABELS[twin.role]}“`;
    problems.push({
      path: 'from',
      message: `Diese Person hat ${what} in diesem Gremium bereits ${describePeriod(twin)}. Bitte die bestehende Mitgliedschaft beenden oder einen anderen Zeitraum wählen.`,
    });
  }

  const principal = candidate.deputyOfPersonId;
  if (principal !== undefined && principal !== candidate.personId) {
    const principalIsMember = others.some((m) => m.personId === principal && periodsOverlap(m, candidate));
    if (!principalIsMember) {
      problems.push({
        path: 'deputyOfPersonId',
        message:
          'Die vertretene Person ist in diesem Zeitraum nicht Mitglied dieses Gremiums. Bitte zuerst ihre Mitgliedschaft eintragen oder den Zeitraum anpassen.',
      });
    }
  }
  return problems;
}
