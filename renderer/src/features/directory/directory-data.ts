import type { Body } from '../../../../shared/schemas';
import { bodyRepo, membershipRepo } from '../../db/repos';
import { sortBodies } from '../../ui/sort-bodies';

export interface BodyRow {
  body: Body;
  memberCount: number;
}

export async function loadBodies(networkId: string, today: string): Promise<BodyRow[]> {
  const bodies = sortBodies(await bodyRepo.list(networkId));
  return Promise.all(
    bodies.map(async (body) => ({
      body,
      memberCount: (await membershipRepo.currentForBody(body.id, today)).length,
    })),
  );
}
