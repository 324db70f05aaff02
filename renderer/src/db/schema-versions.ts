/**
 * Every Dexie schema version the app has ever declared, oldest first. Never edit or remove an
 * entry: add a new version (with its migration in migrations.ts) instead.
 */
export type StoreSpec = Record<string, string | null>;

export const SCHEMA_VERSIONS: readonly { version: number; stores: StoreSpec }[] = [
  {
    version: 1,
    stores: {
      networks: 'id',
      bodies: 'id, networkId, kind, code, actionFieldId',
      organisations: 'id, name, type, town',
      persons: 'id, lastName, organisationId, email',
      memberships: 'id, personId, bodyId, representedOrganisationId, deputyOfPersonId',
      meetings: 'id, bodyId, date, status, [bodyId+year], [bodyId+date]',
      agendaItems: 'id, meetingId, parentId',
      agendaItemActionFields: 'id, agendaItemId, actionFieldId',
      attachments: 'id, meetingId, agendaItemId, kind, [bodyId+year], sha256',
      participants: 'id, meetingId, personId',
      minutes: 'id, &meetingId, status',
      minutesAmendments: 'id, minutesId',
      results: 'id, meetingId, agendaItemId, kind, year, followUpStatus',
      resultUpdates: 'id, resultId',
      tasks:
        'id, status, dueDate, meetingId, agendaItemId, resultId, actionFieldId, measureId, ownerPersonId, ownerOrganisationId, ownerBodyId',
      actionFields: 'id, networkId, position',
      goals: 'id, actionFieldId',
      measures: 'id, actionFieldId, goalId, status, workingGroupBodyId, leadPersonId, leadOrganisationId',
      indicators: 'id, actionFieldId, measureId',
      indicatorValues: 'id, indicatorId, [indicatorId+year]',
      agendaTemplates: 'id, bodyId',
      templateItems: 'id, templateId',
      settings: 'key',
    },
  },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
