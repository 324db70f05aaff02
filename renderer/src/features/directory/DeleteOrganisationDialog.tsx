import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../../../shared/schemas';
import { organisationRepo } from '../../db/repos';
import { notify } from '../../ui/notify';
import { useToday } from '../../ui/use-today';
import { ConfirmDialog } from './ConfirmDialog';

interface DeleteOrganisationDialogProps {
  opened: boolean;
  onClose: () => void;
  organisation?: Organisation;
  onDeleted?: () => void;
}

/** Deletes an organisation nobody refers to any more; otherwise shows what still does. */
export function DeleteOrganisationDialog({ opened, onClose, organisation, onDeleted }: DeleteOrganisationDialogProps) {
  const { t } = useTranslation();
  const today = useToday();
  const name = organisation?.name ?? '';
  const remove = async () => {
    if (!organisation) return;
    await organisationRepo.remove(organisation.id, today);
    notify('success', t('directory.deletedTitle'), t('directory.organisationDeleted', { name }));
    onDeleted?.();
  };
  return (
    <ConfirmDialog
      opened={opened}
      onClose={onClose}
      title={t('directory.deleteOrganisationTitle', { name })}
      confirmLabel={t('directory.delete')}
      danger
      onConfirm={remove}
    >
      <Text>{t('directory.deleteOrganisationText')}</Text>
    </ConfirmDialog>
  );
}
