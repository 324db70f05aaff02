import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { anonymisePerson } from '../../db/repos';
import { notify } from '../../ui/notify';
import { ConfirmDialog } from './ConfirmDialog';

interface AnonymisePersonDialogProps {
  opened: boolean;
  onClose: () => void;
  person?: { id: string; name: string };
}

/** DSGVO Art. 17 for a person who appears in records: what changes and what stays as printed. */
export function AnonymisePersonDialog({ opened, onClose, person }: AnonymisePersonDialogProps) {
  const { t } = useTranslation();
  const anonymise = async () => {
    if (!person) return;
    const result = await anonymisePerson(person.id);
    notify('success', t('directory.anonymisedTitle'), t('directory.anonymisedText', { ...result }));
  };
  return (
    <ConfirmDialog
      opened={opened}
      onClose={onClose}
      title={t('directory.anonymiseTitle', { name: person?.name ?? '' })}
      confirmLabel={t('directory.anonymise')}
      danger
      onConfirm={anonymise}
    >
      <Text>{t('directory.anonymiseIntro')}</Text>
      <List spacing="xs">
        <List.Item>{t('directory.anonymiseRemoves')}</List.Item>
        <List.Item>{t('directory.anonymiseKeepsLinks')}</List.Item>
        <List.Item>{t('directory.anonymiseOpenLists')}</List.Item>
        <List.Item>{t('directory.anonymiseApproved')}</List.Item>
      </List>
      <Text fw={600}>{t('directory.cannotBeUndone')}</Text>
    </ConfirmDialog>
  );
}
