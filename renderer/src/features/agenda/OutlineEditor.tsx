import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { VisuallyHidden } from '@mantine/core';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dropInOutline, moveInOutline, type Outline } from '../../../../shared/domain/agenda-moves';
import { notify } from '../../ui/notify';
import { OutlineRow } from './OutlineRow';
import classes from './OutlineRow.module.css';
import { outlineNumber, type OutlineRowView, type RowAction } from './outline-view';

export interface OutlineEditorProps {
  /** Accessible name of the list. */
  label: string;
  rows: readonly OutlineRowView[];
  outline: Outline;
  onReorder: (outline: Outline) => Promise<void>;
  onEdit: (id: string) => void;
  onAddChild: (id: string) => void;
  onRemove: (id: string) => void;
  readOnly?: boolean;
}

type Handlers = Pick<OutlineEditorProps, 'outline' | 'onReorder' | 'onEdit' | 'onAddChild' | 'onRemove'>;

/** After a move by button the row's DOM node may be re-inserted: put focus back on the same button. */
function useRefocus(rows: readonly OutlineRowView[]) {
  const pending = useRef<{ id: string; action: RowAction }>(undefined);
  useEffect(() => {
    const target = pending.current;
    if (!target) return;
    const button = document.querySelector<HTMLElement>(
      `[data-row-id="${target.id}"][data-row-action="${target.action}"]`,
    );
    if (button && document.activeElement !== button) button.focus();
    pending.current = undefined;
  }, [rows]);
  return useCallback((target: { id: string; action: RowAction }) => {
    pending.current = target;
  }, []);
}

/**
 * An agenda or template as a sortable list: drag and drop with mouse or keyboard (announced in
 * German), and the same moves as buttons on every row. Rows are memoised; only what changed renders.
 */
export function OutlineEditor({ label, rows, readOnly = false, ...handlers }: OutlineEditorProps) {
  const { t } = useTranslation();
  const [announcement, setAnnouncement] = useState('');
  const latest = useRef<Handlers>(handlers);
  useLayoutEffect(() => {
    latest.current = handlers;
  });
  const refocusAfterMove = useRefocus(rows);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  /** Writes a new order; moves by button are announced here, drops by dnd-kit's own announcements. */
  const reorder = useCallback(
    async (next: Outline, id: string, announce: boolean) => {
      const from = outlineNumber(latest.current.outline, id);
      try {
        await latest.current.onReorder(next);
        if (announce) setAnnouncement(t('agenda.dnd.movedTo', { number: from, position: outlineNumber(next, id) }));
      } catch (error) {
        notify('error', t('agenda.reorderFailed'), (error as Error).message);
      }
    },
    [t],
  );

  const onAction = useCallback(
    (id: string, action: RowAction) => {
      const { outline, onEdit, onAddChild, onRemove } = latest.current;
      if (action === 'edit') return onEdit(id);
      if (action === 'addChild') return onAddChild(id);
      if (action === 'remove') return onRemove(id);
      const next = moveInOutline(outline, id, action);
      if (!next) return;
      refocusAfterMove({ id, action });
      void reorder(next, id, true);
    },
    [reorder, refocusAfterMove],
  );

  const numberOf = useCallback((id: string | number) => outlineNumber(latest.current.outline, String(id)), []);
  const announcements = useMemo<Announcements>(
    () => ({
      onDragStart: ({ active }) => t('agenda.dnd.pickedUp', { number: numberOf(active.id) }),
      onDragOver: ({ active, over }) =>
        over
          ? t('agenda.dnd.over', { number: numberOf(active.id), position: numberOf(over.id) })
          : t('agenda.dnd.notOver', { number: numberOf(active.id) }),
      onDragEnd: ({ active, over }) => {
        const next = over && dropInOutline(latest.current.outline, String(active.id), String(over.id));
        return next
          ? t('agenda.dnd.movedTo', { number: numberOf(active.id), position: outlineNumber(next, String(active.id)) })
          : t('agenda.dnd.stays', { number: numberOf(active.id) });
      },
      onDragCancel: ({ active }) => t('agenda.dnd.cancelled', { number: numberOf(active.id) }),
    }),
    [t, numberOf],
  );

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const next = over && dropInOutline(latest.current.outline, String(active.id), String(over.id));
    if (next) void reorder(next, String(active.id), false);
  };

  // The same ids in the same order keep their array, so an edit does not re-render every sortable row.
  const idKey = rows.map((r) => r.id).join('\n');
  const ids = useMemo(() => (idKey ? idKey.split('\n') : []), [idKey]);
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('agenda.dnd.instructions') } }}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        <ol className={classes.list} aria-label={label}>
          {rows.map((row) => (
            <OutlineRow key={row.id} row={row} onAction={onAction} readOnly={readOnly} />
          ))}
        </ol>
      </SortableContext>
      <VisuallyHidden role="status" aria-live="polite">
        {announcement}
      </VisuallyHidden>
    </DndContext>
  );
}
