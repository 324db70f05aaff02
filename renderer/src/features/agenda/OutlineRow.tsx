import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { ActionIcon, Group, Menu, Text, Tooltip } from '@mantine/core';
import {
  IconArrowDown,
  IconArrowUp,
  IconGripVertical,
  IconIndentDecrease,
  IconIndentIncrease,
  IconPencil,
  IconPlus,
  IconTrash,
  type Icon,
} from '@tabler/icons-react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './OutlineRow.module.css';
import type { OutlineRowView, RowAction } from './outline-view';
import { MoreMenu } from '../../ui/MoreMenu';

interface OutlineRowProps {
  row: OutlineRowView;
  /** Stable across renders: rows re-render only when their own view changes. */
  onAction: (id: string, action: RowAction) => void;
  /** Templates have no sub-items of sub-items either, but may offer fewer actions. */
  readOnly: boolean;
}

function RowButton({
  row,
  action,
  icon: Icon,
  enabled,
  onAction,
}: {
  row: OutlineRowView;
  action: RowAction;
  icon: Icon;
  enabled: boolean;
  onAction: OutlineRowProps['onAction'];
}) {
  const { t } = useTranslation();
  const label = t(`agenda.action.${action}`, { number: row.number });
  // Stays focusable when unavailable, so focus is not lost after moving an item to the edge.
  return (
    <Tooltip label={label} openDelay={400} withinPortal>
      <ActionIcon
        variant="subtle"
        color="gray"
        size="lg"
        aria-label={label}
        aria-disabled={!enabled}
        data-disabled={!enabled || undefined}
        data-row-id={row.id}
        data-row-action={action}
        onClick={() => enabled && onAction(row.id, action)}
      >
        <Icon size="1.125rem" aria-hidden />
      </ActionIcon>
    </Tooltip>
  );
}

/** One agenda (or template) item: drag handle, TOP number, time, title, and the keyboard moves. */
function OutlineRowView({ row, onAction, readOnly }: OutlineRowProps) {
  const { t } = useTranslation();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: row.id,
    disabled: readOnly,
    attributes: { roleDescription: t('agenda.dnd.roleDescription') },
  });
  const number = t('meetings.agendaNumber', { number: row.number });

  return (
    <li
      ref={setNodeRef}
      className={classes.row}
      data-depth={row.depth}
      data-dragging={isDragging || undefined}
      style={{ transform: CSS.Translate.toString(transform), transition }}
    >
      {!readOnly && (
        <ActionIcon
          ref={setActivatorNodeRef}
          variant="subtle"
          color="gray"
          size="lg"
          className={classes.handle}
          aria-label={t('agenda.dnd.handle', { number: row.number, title: row.title })}
          {...attributes}
          {...listeners}
        >
          <IconGripVertical size="1.125rem" aria-hidden />
        </ActionIcon>
      )}
      <Text fw={700} className={classes.number}>
        {number}
      </Text>
      {row.time !== undefined && (
        <Text size="sm" c="dimmed" className={classes.time}>
          {row.time}
        </Text>
      )}
      <div className={classes.text}>
        <Text fw={row.depth === 0 ? 600 : 500}>{row.title}</Text>
        {row.details && (
          <Text size="sm" c="dimmed">
            {row.details}
          </Text>
        )}
      </div>
      {!readOnly && (
        <Group gap={2} wrap="nowrap" className={classes.actions}>
          <RowButton row={row} action="up" icon={IconArrowUp} enabled={row.canUp} onAction={onAction} />
          <RowButton row={row} action="down" icon={IconArrowDown} enabled={row.canDown} onAction={onAction} />
          <RowButton row={row} action="indent" icon={IconIndentIncrease} enabled={row.canIndent} onAction={onAction} />
          <RowButton
            row={row}
            action="outdent"
            icon={IconIndentDecrease}
            enabled={row.canOutdent}
            onAction={onAction}
          />
          <RowButton row={row} action="edit" icon={IconPencil} enabled onAction={onAction} />
          <MoreMenu label={t('agenda.moreActions', { number: row.number })} size="lg">
            {row.depth === 0 && (
              <Menu.Item
                leftSection={<IconPlus size="1rem" aria-hidden />}
                onClick={() => onAction(row.id, 'addChild')}
              >
                {t('agenda.action.addChild', { number: row.number })}
              </Menu.Item>
            )}
            <Menu.Item
              color="red"
              leftSection={<IconTrash size="1rem" aria-hidden />}
              onClick={() => onAction(row.id, 'remove')}
            >
              {t('agenda.action.remove', { number: row.number })}
            </Menu.Item>
          </MoreMenu>
        </Group>
      )}
    </li>
  );
}

const sameView = (a: OutlineRowView, b: OutlineRowView): boolean =>
  (Object.keys(a) as (keyof OutlineRowView)[]).every((key) => a[key] === b[key]);

/**
 * Memoised on the row's values, not its identity: a save re-reads the whole agenda, and only rows
 * whose number, time or text changed render again.
 */
export const OutlineRow = memo(
  OutlineRowView,
  (a, b) => a.onAction === b.onAction && a.readOnly === b.readOnly && sameView(a.row, b.row),
);
