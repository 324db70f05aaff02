import {
  ActionFieldInput,
  GoalInput,
  IndicatorInput,
  IndicatorValueInput,
  MeasureInput,
  type ActionField,
  type Goal,
  type Indicator,
  type IndicatorValue,
  type Measure,
} from '../../../../shared/schemas';
import { crud } from '../crud';
import { db } from '../database';

export const actionFieldRepo = {
  ...crud<ActionField, typeof ActionFieldInput>(() => db.actionFields, ActionFieldInput, 'Das Handlungsfeld'),
  async list(networkId: string): Promise<ActionField[]> {
    return (await db.actionFields.where('networkId').equals(networkId).sortBy('position')).filter((f) => !f.deletedAt);
  },
};

export const goalRepo = crud<Goal, typeof GoalInput>(() => db.goals, GoalInput, 'Das Ziel');
export const measureRepo = crud<Measure, typeof MeasureInput>(() => db.measures, MeasureInput, 'Die Maßnahme');
export const indicatorRepo = crud<Indicator, typeof IndicatorInput>(
  () => db.indicators,
  IndicatorInput,
  'Der Indikator',
);
export const indicatorValueRepo = crud<IndicatorValue, typeof IndicatorValueInput>(
  () => db.indicatorValues,
  IndicatorValueInput,
  'Der Messwert',
);
