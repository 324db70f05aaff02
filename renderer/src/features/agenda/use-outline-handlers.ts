import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { notify } from '../../ui/notify';
import { notifyUndo } from '../../ui/notify-undo';

interface OutlineHandlerOptions<T, Target> {
  items: readonly T[] | undefined;
  /** TOP numbers by item id. */
  numbers: ReadonlyMap<string, string> | undefined;
  open: (target: Target) => void;
  editTarget: (item: T, number: string) => Target;
  childTarget: (parentId: string, parentNumber: string | undefined) => Target;
  /** Removes the item (with its sub-items) and returns how to undo it. */
  remove: (id: string) => Promise<() => Promise<unknown>>;
}

/** Edit, add a sub-item, remove with "Rückgängig": what agenda and template rows do alike. */
export function useOutlineHandlers<T extends { id: string; title: string }, Target>({
  items,
  numbers,
  open,
  editTarget,
  childTarget,
  remove,
}: OutlineHandlerOptions<T, Target>) {
  const { t } = useTranslation();
  const onEdit = useCallback(
    (id: string) => {
      const item = items?.find((i) => i.id === id);
      if (item) open(editTarget(item, numbers?.get(id) ?? ''));
    },
    [items, numbers, open, editTarget],
  );
  const onAddChild = useCallback((id: string) => open(childTarget(id, numbers?.get(id))), [numbers, open, childTarget]);
  const onRemove = useCallback(
    async (id: string) => {
      const title = items?.find((i) => i.id === id)?.title ?? '';
      const number = numbers?.get(id) ?? '';
      try {
        notifyUndo(t('agenda.removed', { number }), title, await remove(id));
      } catch (error) {
        notify('error', t('common.error'), (error as Error).message);
      }
    },
    [items, numbers, remove, t],
  );
  return { onEdit, onAddChild, onRemove };
}
