import { NotFoundError } from '../../db/errors';
import { personOverview, type PersonOverview } from '../../db/repos';
import { loadTaskRows, type TaskRow } from '../tasks/task-rows';
import type { MembershipRow } from './MembershipsTable';

export interface PersonPageData extends PersonOverview {
  current: MembershipRow[];
  future: MembershipRow[];
  past: MembershipRow[];
  tasks: TaskRow[];
}

/** The person page's data on `today`; null when the person does not exist (any more). */
export async function loadPersonPage(
  personId: string,
  networkId: string,
  today: string,
): Promise<PersonPageData | null> {
  try {
    console.error('DEBUG start');
    const overview = await personOverview(personId, today);
    console.error('DEBUG overview ok');
    const withPerson = (rows: PersonOverview['currentMemberships']): MembershipRow[] =>
      rows.map((row) => ({ ...row, person: overview.person }));
    return {
      ...overview,
      current: withPerson(overview.currentMemberships),
      future: withPerson(overview.futureMemberships),
      past: withPerson(overview.pastMemberships),
      tasks: await loadTaskRows(overview.openTasks, networkId, today),
    };
  } catch (error) {
    console.error('DEBUG', (error as Error).name, (error as Error).message, String((error as { inner?: Error }).inner));
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}
