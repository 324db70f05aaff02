import { ActionIcon, Group, Tooltip } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface RowActionsProps {
  /** Names the row in the buttons' labels: "Kreis Auenfeld bearbeiten". */
  name: string;
  onEdit: () => void;
  onDelete?: () => void;
}

/** Edit and delete buttons of a table row, named for screen readers and explained on hover. */
export function RowActions({ name, onEdit, onDelete }: RowActionsProps) {
  const { t } = useTranslation();
  const edit = t('directory.editNamed', { name });
  const remove = t('directory.deleteNamed', { name });
  return (
    <Group gap={4} wrap="nowrap" justify="flex-end">
      <Tooltip label={edit}>
        <ActionIcon variant="subtle" onClick={onEdit} aria-label={edit}>
          <IconPencil size="1.125rem" aria-hidden />
        </ActionIcon>
      </Tooltip>
      {onDelete && (
        <Tooltip label={remove}>
          <ActionIcon variant="subtle" color="red" onClick={onDelete} aria-label={remove}>
            <IconTrash size="1.125rem" aria-hidden />
          </ActionIcon>
        </Tooltip>
      )}
    </Group>
  );
}
