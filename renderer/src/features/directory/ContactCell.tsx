import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/schemas';

/** Business e-mail (as a mail link) above the phone number. */
export function ContactCell({ person }: { person: Person }) {
  const { t } = useTranslation();
  if (!person.email && !person.phone) return t('common.notSet');
  return (
    <Stack gap={2}>
      {person.email && (
        <Anchor href={`mailto:${person.email}`} fz="sm" style={{ overflowWrap: 'anywhere' }}>
          {person.email}
        </Anchor>
      )}
      {person.phone && (
        <Text fz="sm" style={{ whiteSpace: 'nowrap' }}>
          {person.phone}
        </Text>
      )}
    </Stack>
  );
}
