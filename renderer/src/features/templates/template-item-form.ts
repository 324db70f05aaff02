import { useForm } from '@mantine/form';
import { TemplateItemInput, type TemplateItem } from '../../../../shared/schemas';
import { baseItemInput, baseItemValues, inputResolver, type BaseItemValues } from '../agenda/item-form';

const EditableFields = TemplateItemInput.pick({
  kind: true,
  title: true,
  description: true,
  plannedMinutes: true,
  proposedResolution: true,
});

export const useTemplateItemForm = (item?: TemplateItem) =>
  useForm<BaseItemValues>({
    mode: 'uncontrolled',
    initialValues: baseItemValues(item),
    validate: inputResolver(EditableFields, baseItemInput),
  });
