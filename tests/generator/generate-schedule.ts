import { addDays, daysBetween } from '../../shared/domain/dates';
import { isCurrentOn } from '../../shared/directory/membership-rules';
import { meetingStatusForMinutes } from '../../shared/domain/status-cycle';
import { formatClockTime, parseClockTime } from '../../shared/domain/time-plan';
import type { Body, Meeting, MeetingInput, Membership, MinutesInput } from '../../shared/schemas';
import { meetingRepo } from '../../renderer/src/db/repos';
import { meetingDate } from './calendar';
import { distribute, type Random } from './random';
import type { Structure } from './generate-structure';

export interface ScheduledMeeting {
  meeting: Meeting;
  body: Body;
  /** Took place (on or before the reference date, not cancelled). */
  held: boolean;
  /** The body's members on the meeting date, deputies left out. */
  members: Membership[];
  /** Its minutes as of the reference date, written after what they record: approved minutes take no more content. */
  minutes?: MinutesInput;
}

/** Per-body settings are keyed by BK, LK, RBB, or AK for every working group. */
export const bodyGroup = (s: Pick<ScheduledMeeting, 'body'>): string =>
  s.body.kind === 'arbeitskreis' ? 'AK' : s.body.code;

/** Months a body meets in, by number of meetings per year; summer holidays are avoided. */
const MONTHS: Readonly<Record<number, readonly number[]>> = {
  1: [5],
  2: [5, 11],
  3: [2, 6, 10],
  4: [2, 5, 9, 11],
  10: [1, 2, 3, 4, 5, 6, 9, 10, 11, 12],
};

const WEEKDAYS: Readonly<Record<string, readonly number[]>> = { BK: [3], LK: [2], RBB: [1, 2] };

/** Meetings per year of the fixed bodies: the Bildungskonferenz once or twice (15 in all), the Lenkungskreis four times, the bureau ten times. */
const FIXED_BODY_PLANS: Readonly<Record<string, (rng: Random, years: readonly number[]) => number[]>> = {
  BK: (rng, years) =>
    distribute(
      rng,
      15,
      years.map(() => [1, 2] as const),
    ),
  LK: (_, years) => years.map(() => 4),
  RBB: (_, years) => years.map(() => 10),
};

/** How many meetings each body holds in each year; the working groups, from their start, make up the rest of `total`. */
function meetingsPerYear(
  rng: Random,
  structure: Structure,
  years: readonly number[],
  total: number,
): Map<Body, number[]> {
  const plan = new Map<Body, number[]>();
  const slots: { body: Body; year: number }[] = [];
  for (const body of structure.bodies) {
    const fixedPlan = FIXED_BODY_PLANS[body.code];
    plan.set(body, fixedPlan ? fixedPlan(rng, years) : years.map(() => 0));
    if (fixedPlan) continue;
    const since =
      structure.memberships
        .filter((m) => m.bodyId === body.id)
        .map((m) => m.from)
        .sort()[0] ?? '';
    years.forEach((year, y) => {
      if (`${year}-12-31` >= since) slots.push({ body, year: y });
    });
  }
  const fixed = [...plan.values()].flat().reduce((a, b) => a + b, 0);
  const counts = distribute(
    rng,
    total - fixed,
    slots.map(() => [2, 4] as const),
  );
  slots.forEach(({ body, year }, i) => {
    plan.get(body)![year] = counts[i]!;
  });
  return plan;
}

interface MinutesPlan {
  input: Omit<MinutesInput, 'meetingId' | 'approvedInMeetingId'>;
  /** Index (in creation order) of the meeting that approved them. */
  approvedIn?: number;
}

/**
 * What happened to the minutes of a held meeting, seen from the reference date: none yet right
 * after it, a draft, sent, or approved — by lapse of time or at the body's next meeting held after
 * they were sent (`nextHeldAfter`).
 */
function planMinutes(
  rng: Random,
  date: string,
  body: Body,
  asOf: string,
  nextHeldAfter: (day: string) => { date: string; index: number } | undefined,
): MinutesPlan | undefined {
  if (daysBetween(date, asOf) <= 2) return undefined;
  const sentOn = addDays(date, rng.int(5, 20));
  if (sentOn > asOf) return { input: { status: 'entwurf' } };
  if (body.approvalRule === 'fristablauf') {
    const deemed = addDays(sentOn, (body.objectionDays ?? 14) + 1);
    if (deemed <= asOf) return { input: { status: 'genehmigt', sentOn, approvedOn: deemed, deemedApproved: true } };
    return { input: { status: 'versandt', sentOn } };
  }
  const approval = nextHeldAfter(sentOn);
  if (approval && approval.date <= asOf) {
    return { input: { status: 'genehmigt', sentOn, approvedOn: approval.date }, approvedIn: approval.index };
  }
  return { input: { status: 'versandt', sentOn } };
}

const CANCEL_REASON = 'Mehrere Mitglieder sind verhindert; die Themen werden in der nächsten Sitzung beraten.';

/** The meetings over the years with numbers, statuses, invitations and minutes consistent with `asOf`. */
export async function generateSchedule(
  rng: Random,
  structure: Structure,
  years: readonly number[],
  total: number,
  asOf: string,
): Promise<ScheduledMeeting[]> {
  const inputs: MeetingInput[] = [];
  const scheduled: Omit<ScheduledMeeting, 'meeting'>[] = [];
  const minutes: { plan: MinutesPlan; meetingIndex: number }[] = [];

  for (const [body, perYear] of meetingsPerYear(rng, structure, years, total)) {
    const taken = new Set<string>();
    const dates = years.flatMap((year, y) =>
      (MONTHS[perYear[y]!] ?? []).map((month) => {
        const date = meetingDate(rng, year, month, WEEKDAYS[body.code] ?? [2, 3, 4], taken);
        taken.add(date);
        return date;
      }),
    );
    dates.sort();
    const cancelled = dates.map(() => rng.chance(0.02));
    const held = (i: number) => !cancelled[i] && dates[i]! <= asOf;
    const offset = inputs.length;
    const nextHeldAfter = (i: number) => (day: string) => {
      const j = dates.findIndex((d, k) => k > i && held(k) && d > day);
      return j < 0 ? undefined : { date: dates[j]!, index: offset + j };
    };
    const start = body.defaultStartTime ?? '14:00';
    const end = formatClockTime(parseClockTime(start) + (body.defaultDurationMinutes ?? 120));

    dates.forEach((date, i) => {
      const year = Number(date.slice(0, 4));
      const members = structure.memberships.filter(
        (m) => m.bodyId === body.id && m.role !== 'stellvertretung' && isCurrentOn(m, date),
      );
      const chair = members.find((m) => m.role === 'vorsitz' || m.role === 'co-vorsitz');
      const sentOn = addDays(date, -body.noticeDays - rng.int(0, 7));
      const invited = sentOn <= asOf;
      const plan = held(i) ? planMinutes(rng, date, body, asOf, nextHeldAfter(i)) : undefined;
      if (plan) minutes.push({ plan, meetingIndex: inputs.length });
      const status = cancelled[i]
        ? 'abgesagt'
        : held(i)
          ? plan
            ? meetingStatusForMinutes(plan.input.status ?? 'entwurf')
            : 'durchgefuehrt'
          : invited
            ? 'eingeladen'
            : 'geplant';
      inputs.push({
        bodyId: body.id,
        year,
        number: dates.slice(0, i).filter((d) => d.startsWith(`${year}-`)).length + 1,
        date,
        startTime: start,
        endTime: end,
        theme: body.kind === 'bildungskonferenz' ? `${i + 1}. Regionale Bildungskonferenz` : undefined,
        location: body.defaultLocation ?? 'Kreishaus',
        isPublic: body.kind === 'bildungskonferenz',
        chairPersonId: chair?.personId,
        minuteTakerPersonId:
          members.find((m) => m.role === 'beratend' || m.role === 'geschaeftsfuehrung')?.personId ?? chair?.personId,
        status,
        cancelReason: cancelled[i] ? CANCEL_REASON : undefined,
        invitationSentOn: invited ? sentOn : undefined,
        replyBy: invited ? addDays(date, -7) : undefined,
        actualStart: held(i) ? start : undefined,
        actualEnd: held(i) ? formatClockTime(parseClockTime(end) + rng.int(-10, 10)) : undefined,
      });
      scheduled.push({ body, held: held(i), members });
    });
  }

  const meetings = await meetingRepo.bulkCreate(inputs);
  const minutesOf = new Map(
    minutes.map(({ plan, meetingIndex }) => [
      meetingIndex,
      {
        ...plan.input,
        meetingId: meetings[meetingIndex]!.id,
        approvedInMeetingId: plan.approvedIn === undefined ? undefined : meetings[plan.approvedIn]!.id,
      },
    ]),
  );
  return meetings.map((meeting, i) => ({ ...scheduled[i]!, meeting, minutes: minutesOf.get(i) }));
}
