import { useLiveQuery } from 'dexie-react-hooks';
import { organisationRepo } from '../../db/repos';

/** All organisations as options of a searchable select, in German order (short name in brackets). */
export function useOrganisationOptions(): { value: string; label: string }[] {
  const organisations = useLiveQuery(() => organisationRepo.sorted()) ?? [];
  return organisations.map((o) => ({ value: o.id, label: o.shortName ? `${o.name} (${o.shortName})` : o.name }));
}
