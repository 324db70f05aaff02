import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { deletePerson } from '../../db/repos';
import { notify } from '../../ui/notify';
import { ConfirmDialog } from './ConfirmDialog';

interface DeletePersonDialogProps {
  opened: boolean;
  onClose: () => void;
  person?: { id: string; name: string };
  onDeleted?: () => void;
}

/** DSGVO Art. 17 for a person who appears nowhere; the repository's refusal says to anonymise instead. */
export function DeletePersonDialog({ opened, onClose, person, onDeleted }: DeletePersonDialogProps) {
  const { t } = useTranslation();
  const remove = async () => {
    if (!person) return;
    await deletePerson(person.id);
    notify('success', t('directory.deletedTitle'), t('directory.personDeleted', { name: person.name }));
    onDeleted?.();
  };
  return (
    <ConfirmDialog
      opened={opened}
      onClose={onClose}
      title={t('directory.deletePersonTitle', { name: person?.name ?? '' })}
      confirmLabel={t('directory.delete')}
      danger
      onConfirm={remove}
    >
      <Text>{t('directory.deletePersonText')}</Text>
      <Text fw={600}>{t('directory.cannotBeUndone')}</Text>
    </ConfirmDialog>
  );
}
