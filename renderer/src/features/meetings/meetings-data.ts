import type { Body, Meeting } from '../../../../shared/schemas';
import { bodyRepo, meetingRepo } from '../../db/repos';
import { sortBodies } from '../../ui/sort-bodies';

export interface BodyMeetings {
  body: Body;
  meetings: Meeting[];
}

/** Every body of the network (in the usual order) with its meetings by date. */
export async function loadMeetingsByBody(networkId: string): Promise<BodyMeetings[]> {
  const bodies = sortBodies(await bodyRepo.list(networkId));
  return Promise.all(bodies.map(async (body) => ({ body, meetings: await meetingRepo.forBody(body.id) })));
}

export const meetingYears = (groups: readonly BodyMeetings[]): string[] =>
  [...new Set(groups.flatMap((g) => g.meetings.map((m) => String(m.year))))].sort().reverse();
