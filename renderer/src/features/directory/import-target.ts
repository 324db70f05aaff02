import type { ImportTarget } from '../../../../shared/directory/import-fields';

const PARAMS: Record<ImportTarget, string> = { persons: 'personen', organisations: 'organisationen' };

/** The German URL word for an import target ("?ziel=personen"). */
export const importTargetParam = (target: ImportTarget): string => PARAMS[target];

export const importTargetFromParam = (param: string | null): ImportTarget =>
  param === PARAMS.organisations ? 'organisations' : 'persons';
