import { useForm } from '@mantine/form';
import { AgendaItemInput, type AgendaItem } from '../../../../shared/schemas';
import { baseItemInput, baseItemValues, inputResolver, textOrUndefined, type BaseItemValues } from './item-form';

export interface AgendaItemValues extends BaseItemValues {
  presenterPersonId: string | null;
  presenterText: string;
  chairNotes: string;
  isPublic: boolean;
  actionFieldIds: string[];
}

const EditableFields = AgendaItemInput.pick({
  kind: true,
  title: true,
  description: true,
  presenterPersonId: true,
  presenterText: true,
  plannedMinutes: true,
  proposedResolution: true,
  chairNotes: true,
  isPublic: true,
});

export const agendaItemValues = (item?: AgendaItem, actionFieldIds: readonly string[] = []): AgendaItemValues => ({
  ...baseItemValues(item),
  presenterPersonId: item?.presenterPersonId ?? null,
  presenterText: item?.presenterText ?? '',
  chairNotes: item?.chairNotes ?? '',
  isPublic: item?.isPublic ?? true,
  actionFieldIds: [...actionFieldIds],
});

/** The item's fields as the repository takes them; cleared fields are `undefined`, which clears them. */
export const agendaItemInput = (values: AgendaItemValues) => ({
  ...baseItemInput(values),
  presenterPersonId: values.presenterPersonId ?? undefined,
  presenterText: textOrUndefined(values.presenterText),
  chairNotes: textOrUndefined(values.chairNotes),
  isPublic: values.isPublic,
});

/** Uncontrolled: typing does not re-render the form (its person and action-field lists are long). */
export const useAgendaItemForm = (initialValues: AgendaItemValues) =>
  useForm<AgendaItemValues>({
    mode: 'uncontrolled',
    initialValues,
    validate: inputResolver(EditableFields, agendaItemInput),
  });
