import { personDisplayName } from '../../../../shared/directory/person-name';
import type { ActionField, Goal, Indicator, IndicatorValue, Measure } from '../../../../shared/schemas';
import {
  actionFieldRepo,
  bodyRepo,
  goalRepo,
  indicatorRepo,
  indicatorValueRepo,
  measureRepo,
  organisationRepo,
  personRepo,
} from '../../db/repos';

export interface MeasureRow {
  measure: Measure;
  lead?: string;
}

export interface IndicatorRow {
  indicator: Indicator;
  latest?: IndicatorValue;
}

export interface ActionFieldDetail {
  field: ActionField;
  workingGroup?: string;
  goals: Goal[];
  measures: MeasureRow[];
  indicators: IndicatorRow[];
}

const byPosition = (a: { position: number }, b: { position: number }) => a.position - b.position;

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

function latestValues(values: readonly IndicatorValue[]): Map<string, IndicatorValue> {
  const latest = new Map<string, IndicatorValue>();
  for (const value of values) {
    const current = latest.get(value.indicatorId);
    if (!current || value.year > current.year) latest.set(value.indicatorId, value);
  }
  return latest;
}

/** Each action field with its goals, measures (with lead) and indicators (with latest value). */
export async function loadActionFieldDetails(networkId: string): Promise<ActionFieldDetail[]> {
  const [fields, bodies, goals, measures, indicators, values, organisations, persons] = await Promise.all([
    actionFieldRepo.list(networkId),
    bodyRepo.list(networkId),
    goalRepo.all(),
    measureRepo.all(),
    indicatorRepo.all(),
    indicatorValueRepo.all(),
    organisationRepo.all(),
    personRepo.all(),
  ]);
  const bodyName = new Map(bodies.map((b) => [b.id, b.name]));
  const orgName = new Map(organisations.map((o) => [o.id, o.name]));
  const personName = new Map(persons.map((p) => [p.id, personDisplayName(p)]));
  const goalsOf = groupBy(goals, (g) => g.actionFieldId);
  const measuresOf = groupBy(measures, (m) => m.actionFieldId);
  const indicatorsOf = groupBy(indicators, (i) => i.actionFieldId);
  const latest = latestValues(values);

  return fields.map((field) => ({
    field,
    workingGroup: field.workingGroupBodyId && bodyName.get(field.workingGroupBodyId),
    goals: (goalsOf.get(field.id) ?? []).sort(byPosition),
    measures: (measuresOf.get(field.id) ?? []).sort(byPosition).map((measure) => ({
      measure,
      lead:
        (measure.leadOrganisationId && orgName.get(measure.leadOrganisationId)) ||
        (measure.leadPersonId && personName.get(measure.leadPersonId)) ||
        undefined,
    })),
    indicators: (indicatorsOf.get(field.id) ?? [])
      .sort(byPosition)
      .map((indicator) => ({ indicator, latest: latest.get(indicator.id) })),
  }));
}
