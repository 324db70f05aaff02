import { actionFieldRepo, bodyRepo, goalRepo, indicatorRepo, indicatorValueRepo, measureRepo } from '../../db/repos';
import {
  ACTION_FIELDS,
  GOALS,
  WORKING_GROUP_PROCEDURE,
  WORKING_GROUPS,
  type ActionFieldKey,
} from './auenfeld-action-fields';
import { INDICATORS, MEASURES, type DemoMeasure, type MeasureKey } from './auenfeld-measures';
import { entriesOf, type DemoRefs } from './demo-refs';

/** 1, 2, 3 … within each action field, in data order. */
function positionsWithinField<T extends { field: ActionFieldKey }>(items: readonly T[]): number[] {
  const counters = new Map<ActionFieldKey, number>();
  return items.map((item) => {
    const position = (counters.get(item.field) ?? 0) + 1;
    counters.set(item.field, position);
    return position;
  });
}

/** The six action fields with their working groups, goals, measures and indicators. */
export async function loadActionFields(networkId: string, refs: DemoRefs): Promise<void> {
  const fields = entriesOf(ACTION_FIELDS);
  const createdFields = await actionFieldRepo.bulkCreate(
    fields.map(([, field], i) => ({ ...field, networkId, position: i + 1 })),
  );
  fields.forEach(([key], i) => refs.actionFields.set(key, createdFields[i]!.id));

  for (const [code, { field, ...group }] of entriesOf(WORKING_GROUPS)) {
    const actionFieldId = refs.actionFields.id(field);
    const body = await bodyRepo.create({
      ...group,
      ...WORKING_GROUP_PROCEDURE,
      networkId,
      kind: 'arbeitskreis',
      code,
      actionFieldId,
    });
    refs.bodies.set(code, body.id);
    await actionFieldRepo.update(actionFieldId, { workingGroupBodyId: body.id });
  }

  const goals = entriesOf(GOALS);
  const goalPositions = positionsWithinField(goals.map(([, goal]) => goal));
  const createdGoals = await goalRepo.bulkCreate(
    goals.map(([, { field, ...goal }], i) => ({
      ...goal,
      actionFieldId: refs.actionFields.id(field),
      position: goalPositions[i],
    })),
  );
  goals.forEach(([key], i) => refs.goals.set(key, createdGoals[i]!.id));

  const measures = entriesOf<MeasureKey, DemoMeasure>(MEASURES);
  const measurePositions = positionsWithinField(measures.map(([, measure]) => measure));
  const createdMeasures = await measureRepo.bulkCreate(
    measures.map(([, { field, goal, leadOrg, leadPerson, workingGroup, ...measure }], i) => ({
      ...measure,
      actionFieldId: refs.actionFields.id(field),
      goalId: refs.goals.optional(goal),
      leadOrganisationId: refs.organisations.optional(leadOrg),
      leadPersonId: refs.persons.optional(leadPerson),
      workingGroupBodyId: refs.bodies.optional(workingGroup),
      position: measurePositions[i],
    })),
  );
  measures.forEach(([key], i) => refs.measures.set(key, createdMeasures[i]!.id));

  const indicatorPositions = positionsWithinField(INDICATORS);
  for (const [i, { field, measure, values, ...indicator }] of INDICATORS.entries()) {
    const created = await indicatorRepo.create({
      ...indicator,
      actionFieldId: refs.actionFields.id(field),
      measureId: refs.measures.optional(measure),
      position: indicatorPositions[i],
    });
    await indicatorValueRepo.bulkCreate(
      Object.entries(values).map(([year, value]) => ({ indicatorId: created.id, year: Number(year), value })),
    );
  }
}
