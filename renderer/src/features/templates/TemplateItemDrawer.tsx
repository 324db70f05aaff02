import { useTranslation } from 'react-i18next';
import type { TemplateItem } from '../../../../shared/schemas';
import { templateEditRepo } from '../../db/repos';
import { useSubmit } from '../../ui/use-submit';
import { itemDrawerTitle } from '../agenda/AgendaItemDrawer';
import { FormFrame } from '../../ui/FormFrame';
import { ItemDrawer } from '../agenda/ItemDrawer';
import { ItemFields } from '../agenda/ItemFields';
import { baseItemInput, type BaseItemValues } from '../agenda/item-form';
import { useTemplateItemForm } from './template-item-form';

export type TemplateItemTarget =
  { mode: 'create'; parentId?: string; parentNumber?: string } | { mode: 'edit'; item: TemplateItem; number: string };

function saveItem(templateId: string, target: TemplateItemTarget, values: BaseItemValues) {
  const input = { ...baseItemInput(values), plannedMinutes: Number(values.plannedMinutes) };
  if (target.mode === 'edit') return templateEditRepo.saveItem(target.item.id, input);
  return templateEditRepo.appendItem({ ...input, templateId, parentId: target.parentId });
}

function TemplateItemForm({
  templateId,
  target,
  onDone,
}: {
  templateId: string;
  target: TemplateItemTarget;
  onDone: () => void;
}) {
  const form = useTemplateItemForm(target.mode === 'edit' ? target.item : undefined);
  const { saving, submit } = useSubmit(form, (values) => saveItem(templateId, target, values), onDone);
  return (
    <FormFrame onSubmit={submit} onCancel={onDone} saving={saving}>
      <ItemFields form={form} />
    </FormFrame>
  );
}

export function TemplateItemDrawer({
  templateId,
  drawer,
}: {
  templateId: string;
  drawer: { opened: boolean; target?: TemplateItemTarget; key: number; close: () => void };
}) {
  const { t } = useTranslation();
  return (
    <ItemDrawer title={itemDrawerTitle(drawer.target, t)} opened={drawer.opened} onClose={drawer.close}>
      {drawer.target && (
        <TemplateItemForm key={drawer.key} templateId={templateId} target={drawer.target} onDone={drawer.close} />
      )}
    </ItemDrawer>
  );
}
