import type { z } from 'zod';
import { de } from '../i18n/de';
import type {
  AgendaItemKind,
  FollowUpStatus,
  MeasureStatus,
  Person,
  Responsibility,
  Result,
  ResultKind,
  ResultOutcome,
  Task,
  TaskStatus,
} from '../schemas';
import type { Directory } from './model';

/** Printed where a value is missing. */
export const MISSING = '–';

export const AGENDA_KIND_LABEL: Readonly<Record<AgendaItemKind, string>> = {
  formalia: 'Formalia',
  bericht: 'Bericht',
  beratung: 'Beratung',
  beschluss: 'Beschluss',
  empfehlung: 'Empfehlung',
  wahl: 'Wahl',
  verschiedenes: 'Verschiedenes',
};

export const RESULT_KIND_LABEL: Readonly<Record<ResultKind, string>> = {
  kenntnisnahme: 'Kenntnisnahme',
  beschluss: 'Beschluss',
  empfehlung: 'Empfehlung',
};

export const OUTCOME_LABEL: Readonly<Record<z.infer<typeof ResultOutcome>, string>> = {
  angenommen: 'angenommen',
  abgelehnt: 'abgelehnt',
  vertagt: 'vertagt',
};

export const FOLLOW_UP_LABEL: Readonly<Record<FollowUpStatus, string>> = {
  offen: 'offen',
  'in-umsetzung': 'in Umsetzung',
  umgesetzt: 'umgesetzt',
  abgelehnt: 'abgelehnt',
};

export const TASK_STATUS_LABEL: Readonly<Record<TaskStatus, string>> = de.status.task;
export const MEASURE_STATUS_LABEL: Readonly<Record<MeasureStatus, string>> = de.status.measure;
export const RESPONSIBILITY_LABEL: Readonly<Record<z.infer<typeof Responsibility>, string>> = de.status.responsibility;

/** "Dr. Ulrike Stammen" */
export const personName = (person: Person): string =>
  [person.title, person.firstName, person.lastName].filter((part) => part && part.trim()).join(' ');

export const personNameById = (directory: Directory, id: string | undefined): string | undefined => {
  const person = id === undefined ? undefined : directory.persons.get(id);
  return person && personName(person);
};

/** The organisation a person belongs to, or "–". */
export const organisationOf = (directory: Directory, person: Person): string =>
  (person.organisationId && directory.organisations.get(person.organisationId)?.name) || MISSING;

/** Who takes care of a task: a person, an organisation or a body. */
export function taskOwner(directory: Directory, task: Task): string {
  switch (task.ownerKind) {
    case 'person':
      return personNameById(directory, task.ownerPersonId) ?? MISSING;
    case 'organisation': {
      const organisation = task.ownerOrganisationId ? directory.organisations.get(task.ownerOrganisationId) : undefined;
      return organisation ? (organisation.shortName ?? organisation.name) : MISSING;
    }
    case 'body':
      return (task.ownerBodyId && directory.bodies.get(task.ownerBodyId)?.name) || MISSING;
  }
}

/** "Beschluss B-LK-2025-04", "Empfehlung E-2025-01", "Kenntnisnahme". */
export const resultHeading = (result: Result): string =>
  [RESULT_KIND_LABEL[result.kind], result.label].filter(Boolean).join(' ');

const numberFormat = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 });

/** 1200 → "1.200", 0.5 → "0,5"; with unit "42 %", "1.200 Plätze". */
export const formatNumber = (value: number, unit?: string): string =>
  unit ? `${numberFormat.format(value)}\u00a0${unit}` : numberFormat.format(value);
