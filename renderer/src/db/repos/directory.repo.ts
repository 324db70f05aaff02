/** The directory: bodies, organisations, persons, memberships, their pages, CSV exchange and DSGVO rights. */
export { bodyRepo } from './directory/body.repo';
export {
  exportOrganisationsCsv,
  exportPersonsCsv,
  importContext,
  importOrganisations,
  importPersons,
  type ImportCounts,
} from './directory/csv.repo';
export { membershipRepo } from './directory/membership.repo';
export { organisationRepo, organisationTypes, searchOrganisations } from './directory/organisation.repo';
export { bodyOverview, personOverview, type BodyOverview, type PersonOverview } from './directory/overview.repo';
export {
  personList,
  personRepo,
  personSearchFields,
  searchPersons,
  type PersonListEntry,
} from './directory/person.repo';
export {
  anonymisePerson,
  DEFAULT_RETENTION_YEARS,
  deletePerson,
  exportPersonData,
  personsForRetentionReview,
  type AnonymisationResult,
} from './directory/privacy.repo';
