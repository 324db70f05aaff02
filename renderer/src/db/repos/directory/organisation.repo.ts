import { toIsoDate } from '../../../../../shared/domain/dates';
import { compareGerman } from '../../../../../shared/domain/search-text';
import { isCurrentOn } from '../../../../../shared/directory/membership-rules';
import { createSearch } from '../../../../../shared/directory/search';
import { countedList } from '../../../../../shared/directory/wording';
import { BUILT_IN_ORGANISATION_TYPES, OrganisationInput, type Organisation } from '../../../../../shared/schemas';
import { crud } from '../../crud';
import { db } from '../../database';
import { ValidationError } from '../../errors';
import { softDeleteRecord } from '../../record';
import { settingsRepo } from '../settings.repo';

const organisationCrud = crud<Organisation, typeof OrganisationInput>(
  () => db.organisations,
  OrganisationInput,
  'Die Organisation',
);

export const organisationRepo = {
  ...organisationCrud,

  /** All organisations in German order of their names. */
  async sorted(): Promise<Organisation[]> {
    return (await organisationCrud.all()).sort((a, b) => compareGerman(a.name, b.name));
  },

  /**
   * Marks the organisation deleted, but only while no person belongs to it and no running
   * membership represents it (on `today`); otherwise says what still refers to it.
   */
  async remove(id: string, today = toIsoDate(new Date())): Promise<void> {
    await db.transaction('rw', [db.organisations, db.persons, db.memberships], async () => {
      await organisationCrud.require(id);
      const persons = await db.persons
        .where('organisationId')
        .equals(id)
        .filter((p) => !p.deletedAt && !p.anonymisedAt)
        .count();
      const memberships = await db.memberships
        .where('representedOrganisationId')
        .equals(id)
        .filter((m) => !m.deletedAt && isCurrentOn(m, today))
        .count();
      if (persons + memberships > 0) {
        const uses = countedList([
          [persons, 'Person', 'Personen'],
          [memberships, 'laufende Mitgliedschaft', 'laufende Mitgliedschaften'],
        ]);
        throw ValidationError.single(
          'id',
          `Die Organisation kann nicht gelöscht werden. Ihr sind noch zugeordnet: ${uses}. Bitte die Personen zuerst einer anderen Organisation zuordnen und die Mitgliedschaften beenden.`,
        );
      }
      await softDeleteRecord(db.organisations, id);
    });
  },
};

/** Built-in organisation types followed by those added in Einstellungen. */
export async function organisationTypes(): Promise<string[]> {
  const stored = await settingsRepo.get<unknown>('customOrganisationTypes');
  const custom = Array.isArray(stored) ? stored.filter((type): type is string => typeof type === 'string') : [];
  return [...new Set<string>([...BUILT_IN_ORGANISATION_TYPES, ...custom])];
}

/** Organisations whose name, short name, type, town or address contain every word of `query`. */
export async function searchOrganisations(query: string): Promise<Organisation[]> {
  const search = createSearch(await organisationRepo.sorted(), (o) => [
    o.name,
    o.shortName,
    o.type,
    o.schoolForm,
    o.town,
    o.street,
    o.postalCode,
    o.email,
  ]);
  return search(query);
}
