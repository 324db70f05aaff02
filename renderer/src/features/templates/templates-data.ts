import type { AgendaTemplate, Body } from '../../../../shared/schemas';
import { bodyRepo, templateRepo } from '../../db/repos';
import { sortBodies } from '../../ui/sort-bodies';

export interface BodyTemplates {
  body: Body;
  templates: AgendaTemplate[];
}

/** Every body of the network with its templates, the standard one first. */
export async function loadBodyTemplates(networkId: string): Promise<BodyTemplates[]> {
  const bodies = sortBodies(await bodyRepo.list(networkId));
  return Promise.all(
    bodies.map(async (body) => ({
      body,
      templates: (await templateRepo.forBody(body.id)).sort(
        (a, b) => Number(b.isStandard) - Number(a.isStandard) || a.name.localeCompare(b.name, 'de'),
      ),
    })),
  );
}
