import Dexie, { type Table } from 'dexie';
import type {
  ActionField,
  AgendaItem,
  AgendaItemActionField,
  AgendaTemplate,
  Attachment,
  Body,
  Goal,
  Indicator,
  IndicatorValue,
  Measure,
  Meeting,
  Membership,
  Minutes,
  MinutesAmendment,
  Network,
  Organisation,
  Participant,
  Person,
  Result,
  ResultUpdate,
  Setting,
  Task,
  TemplateItem,
} from '../../../shared/schemas';
import { MIGRATIONS } from './migrations';
import { SCHEMA_VERSIONS } from './schema-versions';

export const DATABASE_NAME = 'bildungsbuero-desk';

export class BildungsbueroDb extends Dexie {
  networks!: Table<Network, string>;
  bodies!: Table<Body, string>;
  organisations!: Table<Organisation, string>;
  persons!: Table<Person, string>;
  memberships!: Table<Membership, string>;
  meetings!: Table<Meeting, string>;
  agendaItems!: Table<AgendaItem, string>;
  agendaItemActionFields!: Table<AgendaItemActionField, string>;
  attachments!: Table<Attachment, string>;
  participants!: Table<Participant, string>;
  minutes!: Table<Minutes, string>;
  minutesAmendments!: Table<MinutesAmendment, string>;
  results!: Table<Result, string>;
  resultUpdates!: Table<ResultUpdate, string>;
  tasks!: Table<Task, string>;
  actionFields!: Table<ActionField, string>;
  goals!: Table<Goal, string>;
  measures!: Table<Measure, string>;
  indicators!: Table<Indicator, string>;
  indicatorValues!: Table<IndicatorValue, string>;
  agendaTemplates!: Table<AgendaTemplate, string>;
  templateItems!: Table<TemplateItem, string>;
  settings!: Table<Setting, string>;

  constructor(name = DATABASE_NAME) {
    // Strict durability: a committed transaction is on disk, not only in the OS cache.
    super(name, { chromeTransactionDurability: 'strict' });
    for (const { version, stores } of SCHEMA_VERSIONS) {
      const declared = this.version(version).stores(stores);
      const migrate = MIGRATIONS[version];
      if (migrate) declared.upgrade(migrate);
    }
  }
}

export const db = new BildungsbueroDb();
