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

/** Order and nesting of an outline as one string, to tell whether two outlines are the same. */
const outlineKey = (outline: Outline): string => outline.map((e) => `${e.id}<${e.parentId ?? ''}`).join('|');

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
  // A move's order until the stored agenda shows it: moves in quick succession build on it,
  // not on the list as it was before the previous move was saved.
  const expected = useRef<Outline>(undefined);
  useLayoutEffect(() => {
    latest.current = handlers;
    if (expected.current && outlineKey(expected.current) === outlineKey(handlers.outline)) expected.current = undefined;
  });
  const current = useCallback(() => expected.current ?? latest.current.outline, []);
  const refocusAfterMove = useRefocus(rows);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  /** Writes a new order; moves by button are announced here, drops by dnd-kit's own announcements. */
  const reorder = useCallback(
    async (next: Outline, id: string, announce: boolean) => {
      const from = outlineNumber(current(), id);
      expected.current = next;
      try {
        await latest.current.onReorder(next);
        if (announce) setAnnouncement(t('agenda.dnd.movedTo', { number: from, position: outlineNumber(next, id) }));
      } catch (error) {
        expected.current = undefined;
        notify('error', t('agenda.reorderFailed'), (error as Error).message);
      }
    },
    [t, current],
  );

  const onAction = useCallback(
    (id: string, action: RowAction) => {
      const { onEdit, onAddChild, onRemove } = latest.current;
      if (action === 'edit') return onEdit(id);
      if (action === 'addChild') return onAddChild(id);
      if (action === 'remove') return onRemove(id);
      const next = moveInOutline(current(), id, action);
      if (!next) return;
      refocusAfterMove({ id, action });
      void reorder(next, id, true);
    },
    [reorder, refocusAfterMove, current],
  );

  // A drag is described, and dropped, against the order it started from.
  const dragBase = useRef<Outline>(undefined);
  const dragOutline = useCallback(() => dragBase.current ?? current(), [current]);
  const numberOf = useCallback((id: string | number) => outlineNumber(dragOutline(), String(id)), [dragOutline]);
  const announcements = useMemo<Announcements>(
    () => ({
      onDragStart: ({ active }) => t('agenda.dnd.pickedUp', { number: numberOf(active.id) }),
      onDragOver: ({ active, over }) =>
        over
          ? t('agenda.dnd.over', { number: numberOf(active.id), position: numberOf(over.id) })
          : t('agenda.dnd.notOver', { number: numberOf(active.id) }),
      onDragEnd: ({ active, over }) => {
        const next = over && dropInOutline(dragOutline(), String(active.id), String(over.id));
        return next
          ? t('agenda.dnd.movedTo', { number: numberOf(active.id), position: outlineNumber(next, String(active.id)) })
          : t('agenda.dnd.stays', { number: numberOf(active.id) });
      },
      onDragCancel: ({ active }) => t('agenda.dnd.cancelled', { number: numberOf(active.id) }),
    }),
    [t, numberOf, dragOutline],
  );

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const next = over && dropInOutline(dragOutline(), String(active.id), String(over.id));
    if (next) void reorder(next, String(active.id), false);
  };

  // The same ids in the same order keep their array, so an edit does not re-render every sortable row.
  const idKey = rows.map((r) => r.id).join('\n');
  const ids = useMemo(() => (idKey ? idKey.split('\n') : []), [idKey]);
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragStart={() => {
        dragBase.current = current();
      }}
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
