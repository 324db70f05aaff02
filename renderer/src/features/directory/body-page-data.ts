import type { RosterEntry } from '../../../../shared/directory/body-roster';
import type { ActionField } from '../../../../shared/schemas';
import { NotFoundError } from '../../db/errors';
import { actionFieldRepo, bodyOverview, type BodyOverview } from '../../db/repos';
import type { MembershipRow } from './MembershipsTable';

export interface BodyPageData extends BodyOverview {
  actionField?: ActionField;
  /** The roster's entries as table rows (with the body). */
  rows: (entries: readonly RosterEntry[]) => MembershipRow[];
}

/** The body page's data on `today`; null when the body does not exist (any more). */
export async function loadBodyPage(bodyId: string, today: string): Promise<BodyPageData | null> {
  try {
    const overview = await bodyOverview(bodyId, today);
    const { body } = overview;
    return {
      ...overview,
      actionField: body.actionFieldId ? await actionFieldRepo.get(body.actionFieldId) : undefined,
      rows: (entries) => entries.map((entry) => ({ ...entry, body })),
    };
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}
