import { zod4Resolver } from 'mantine-form-zod-resolver';
import type { z } from 'zod';
import type { AgendaItemKind } from '../../../../shared/schemas';

/** The fields agenda items and template items share, as the form holds them. */
export interface BaseItemValues {
  kind: AgendaItemKind;
  title: string;
  description: string;
  /** NumberInput gives '' while empty. */
  plannedMinutes: number | string;
  proposedResolution: string;
}

type BaseItem = {
  kind: AgendaItemKind;
  title: string;
  description?: string;
  plannedMinutes: number;
  proposedResolution?: string;
};

export const DEFAULT_MINUTES = 10;

export const baseItemValues = (item?: BaseItem): BaseItemValues => ({
  kind: item?.kind ?? 'bericht',
  title: item?.title ?? '',
  description: item?.description ?? '',
  plannedMinutes: item?.plannedMinutes ?? DEFAULT_MINUTES,
  proposedResolution: item?.proposedResolution ?? '',
});

/** Empty text is no text: stored as absent. */
export const textOrUndefined = (text: string): string | undefined => (text.trim() ? text : undefined);

export const baseItemInput = (values: BaseItemValues) => ({
  kind: values.kind,
  title: values.title,
  description: textOrUndefined(values.description),
  plannedMinutes: typeof values.plannedMinutes === 'number' ? values.plannedMinutes : undefined,
  proposedResolution: textOrUndefined(values.proposedResolution),
});

/**
 * Validates form values with the shared schema after turning them into the repository's input,
 * so the messages at the fields are the schema's own German ones.
 */
export const inputResolver =
  <V, I>(schema: z.ZodType, toInput: (values: V) => I) =>
  (values: V) =>
    zod4Resolver(schema)(toInput(values) as Record<string, unknown>);
