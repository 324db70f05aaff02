import { Button } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** "Löschen" beside other actions: outlined red, so it is not mistaken for the main action. */
export function DeleteButton({ onClick }: { onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <Button variant="outline" color="red" leftSection={<IconTrash size="1rem" aria-hidden />} onClick={onClick}>
      {t('directory.delete')}
    </Button>
  );
}
