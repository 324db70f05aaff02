import { Button, Group, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { outlineOf, type Outline } from '../../../../shared/domain/agenda-moves';
import { numberAgendaItems } from '../../../../shared/domain/agenda-numbering';
import type { AgendaTemplate, TemplateItem } from '../../../../shared/schemas';
import { templateEditRepo, templateRepo } from '../../db/repos';
import { EmptyHint } from '../../ui/EmptyHint';
import { LoadingState } from '../../ui/LoadingState';
import { useDrawerTarget } from '../agenda/ItemDrawer';
import { baseDetails } from '../agenda/item-details';
import { OutlineEditor } from '../agenda/OutlineEditor';
import { outlineRowViews } from '../agenda/outline-view';
import { useOutlineHandlers } from '../agenda/use-outline-handlers';
import { TemplateItemDrawer, type TemplateItemTarget } from './TemplateItemDrawer';

/** A body's template as a list like the agenda builder, without times and presenters. */
export function TemplateEditor({ template }: { template: AgendaTemplate }) {
  const { t } = useTranslation();
  const items = useLiveQuery(() => templateRepo.itemsOf(template.id), [template.id]);
  const drawer = useDrawerTarget<TemplateItemTarget>();
  const view = useMemo(() => {
    if (!items) return undefined;
    const numbered = numberAgendaItems(items);
    const outline = outlineOf(items);
    return {
      outline,
      rows: outlineRowViews(numbered, outline, (item) => ({ details: baseDetails(item, t) })),
      numbers: new Map(numbered.map((n) => [n.item.id, n.number])),
      minutes: items.reduce((sum, i) => sum + i.plannedMinutes, 0),
    };
  }, [items, t]);
  const { open } = drawer;
  const onReorder = useCallback((outline: Outline) => templateEditRepo.reorder(template.id, outline), [template.id]);
  const handlers = useOutlineHandlers<TemplateItem, TemplateItemTarget>({
    items,
    numbers: view?.numbers,
    open,
    editTarget: useCallback((item: TemplateItem, number: string) => ({ mode: 'edit', item, number }), []),
    childTarget: useCallback(
      (parentId: string, parentNumber?: string) => ({ mode: 'create', parentId, parentNumber }),
      [],
    ),
    remove: useCallback(async (id: string) => {
      const removed = await templateEditRepo.removeItem(id);
      return () => templateEditRepo.restoreItems(removed);
    }, []),
  });

  if (!view) return <LoadingState />;
  return (
    <>
      <Group justify="space-between" mb="sm">
        <Text>{t('templates.totalMinutes', { count: view.minutes })}</Text>
        <Button leftSection={<IconPlus size="1.125rem" aria-hidden />} onClick={() => open({ mode: 'create' })}>
          {t('agenda.add')}
        </Button>
      </Group>
      {view.rows.length === 0 ? (
        <EmptyHint text={t('templates.noItems')} />
      ) : (
        <OutlineEditor
          label={t('templates.itemsOf', { name: template.name })}
          rows={view.rows}
          outline={view.outline}
          onReorder={onReorder}
          {...handlers}
        />
      )}
      <TemplateItemDrawer templateId={template.id} drawer={drawer} />
    </>
  );
}
