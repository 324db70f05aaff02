import type { Body } from '../../../../shared/schemas';
import { db } from '../../db/database';
import { bodyRepo, networkRepo, templateRepo } from '../../db/repos';
import { MEETINGS_2025 } from './auenfeld-meetings-2025';
import { MEETINGS_2026 } from './auenfeld-meetings-2026';
import { FIXED_BODY_DETAILS, NETWORK, STANDARD_AGENDAS } from './auenfeld-network';
import { createRefs, entriesOf, type DemoRefs } from './demo-refs';
import { loadActionFields } from './load-action-fields';
import { loadMemberships, loadOrganisationsAndPersons } from './load-directory';
import { loadMeetings, loadMinutesAndFollowUps, preparePapers } from './load-meetings';

export const DEMO_REFUSED_MESSAGE =
  'Es ist bereits ein Netzwerk eingerichtet. Die Beispieldaten lassen sich nur in eine leere Datenbank laden.';

const MEETINGS = [...MEETINGS_2025, ...MEETINGS_2026];

/** The bodies set-up created, with the demo network's descriptions and rooms. */
async function loadFixedBodies(bodies: readonly Body[], refs: DemoRefs): Promise<void> {
  for (const [code, details] of entriesOf(FIXED_BODY_DETAILS)) {
    const body = bodies.find((b) => b.code === code);
    if (!body) throw new Error(`Beispieldaten: Das Gremium ${code} fehlt nach der Einrichtung.`);
    refs.bodies.set(code, body.id);
    await bodyRepo.update(body.id, details);
  }
}

async function loadStandardAgendas(refs: DemoRefs): Promise<void> {
  for (const [code, { name, items }] of entriesOf(STANDARD_AGENDAS)) {
    const template = await templateRepo.create({ bodyId: refs.bodies.id(code), name, isStandard: true });
    await templateRepo.items.bulkCreate(
      items.map((item, i) => ({
        templateId: template.id,
        position: i + 1,
        kind: item.kind,
        title: item.title,
        plannedMinutes: item.minutes,
      })),
    );
  }
}

/**
 * Loads the fictional demo network "Bildungsregion Kreis Auenfeld" (domain-research §10) into an
 * empty database: directory, working groups, action fields, meetings with agendas, attendance,
 * results, tasks and minutes. All in one transaction, so a failure leaves nothing behind.
 */
export async function loadDemoNetwork(): Promise<void> {
  const papers = await preparePapers(MEETINGS);
  await db.transaction('rw', db.tables, async () => {
    if ((await networkRepo.count()) > 0) throw new Error(DEMO_REFUSED_MESSAGE);
    const refs = createRefs();
    const { network, bodies } = await networkRepo.setUp(NETWORK);
    await loadFixedBodies(bodies, refs);
    await loadOrganisationsAndPersons(refs);
    await loadActionFields(network.id, refs);
    await loadMemberships(refs);
    await loadMeetings(MEETINGS, refs, papers);
    await loadMinutesAndFollowUps(MEETINGS, refs);
    await loadStandardAgendas(refs);
  });
}
