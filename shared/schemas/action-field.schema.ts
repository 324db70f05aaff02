import { z } from 'zod';
import { Id, IsoDate, RecordMeta, SoftDelete, optionalText, requiredText } from './common';

/** Who leads: the Land (Schulaufsicht), the Kommune, or both together. */
export const Responsibility = z.enum(['land', 'kommune', 'gemeinsam']);

export const ActionFieldInput = z.object({
  networkId: Id,
  position: z.number().finite(),
  title: requiredText('den Titel des Handlungsfelds', 200),
  description: optionalText(10000),
  leadText: optionalText(300),
  responsibility: Responsibility.default('gemeinsam'),
  workingGroupBodyId: Id.optional(),
});
export const ActionField = z.object({ ...RecordMeta.shape, ...SoftDelete.shape, ...ActionFieldInput.shape });
export type ActionFieldInput = z.input<typeof ActionFieldInput>;
export type ActionField = z.infer<typeof ActionField>;

export const GoalInput = z.object({
  actionFieldId: Id,
  position: z.number().finite().default(0),
  text: requiredText('das Ziel', 2000),
  targetDate: IsoDate.optional(),
});
export const Goal = z.object({ ...RecordMeta.shape, ...SoftDelete.shape, ...GoalInput.shape });
export type GoalInput = z.input<typeof GoalInput>;
export type Goal = z.infer<typeof Goal>;

export const MeasureStatus = z.enum(['geplant', 'laufend', 'abgeschlossen', 'pausiert', 'abgebrochen']);

export const MeasureInput = z
  .object({
    actionFieldId: Id,
    goalId: Id.optional(),
    position: z.number().finite().default(0),
    title: requiredText('den Titel der Maßnahme', 300),
    description: optionalText(10000),
    leadOrganisationId: Id.optional(),
    leadPersonId: Id.optional(),
    partners: optionalText(1000),
    workingGroupBodyId: Id.optional(),
    start: IsoDate.optional(),
    end: IsoDate.optional(),
    status: MeasureStatus.default('geplant'),
    fundingNote: optionalText(1000),
  })
  .refine((m) => !m.start || !m.end || m.end >= m.start, {
    path: ['end'],
    error: 'Das Ende darf nicht vor dem Beginn liegen.',
  });
export const Measure = z.object({ ...RecordMeta.shape, ...SoftDelete.shape, ...MeasureInput.shape });
export type MeasureStatus = z.infer<typeof MeasureStatus>;
export type MeasureInput = z.input<typeof MeasureInput>;
export type Measure = z.infer<typeof Measure>;

const year = z.number().int().min(2000).max(2100);

export const IndicatorInput = z.object({
  actionFieldId: Id,
  measureId: Id.optional(),
  position: z.number().finite().default(0),
  name: requiredText('den Namen des Indikators', 300),
  unit: requiredText('die Einheit', 40),
  definition: optionalText(2000),
  dataSource: optionalText(300),
  baselineYear: year.optional(),
  baselineValue: z.number().finite().optional(),
  targetYear: year.optional(),
  targetValue: z.number().finite().optional(),
});
export const Indicator = z.object({ ...RecordMeta.shape, ...SoftDelete.shape, ...IndicatorInput.shape });
export type IndicatorInput = z.input<typeof IndicatorInput>;
export type Indicator = z.infer<typeof Indicator>;

export const IndicatorValueInput = z.object({
  indicatorId: Id,
  year,
  value: z.number({ error: 'Bitte einen Zahlenwert angeben.' }).finite(),
  note: optionalText(500),
});
export const IndicatorValue = z.object({ ...RecordMeta.shape, ...IndicatorValueInput.shape });
export type IndicatorValueInput = z.input<typeof IndicatorValueInput>;
export type IndicatorValue = z.infer<typeof IndicatorValue>;
