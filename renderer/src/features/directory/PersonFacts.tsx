import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Organisation, Person } from '../../../../shared/schemas';
import { Facts } from '../../ui/Facts';

/** Salutation, function, organisation and business contact data. */
export function PersonFacts({ person, organisation }: { person: Person; organisation?: Organisation }) {
  const { t } = useTranslation();
  const notSet = t('common.notSet');
  return (
    <Facts
      labelWidth="9rem"
      items={[
        { label: t('directory.salutation'), value: t(`directory.salutations.${person.salutation}`) },
        { label: t('directory.function'), value: person.function ?? notSet },
        { label: t('directory.organisation'), value: organisation?.name ?? notSet },
        {
          label: t('directory.businessEmail'),
          value: person.email ? <Anchor href={`mailto:${person.email}`}>{person.email}</Anchor> : notSet,
        },
        { label: t('directory.businessPhone'), value: person.phone ?? notSet },
        {
          label: t('directory.notes'),
          value: <Text style={{ whiteSpace: 'pre-line' }}>{person.notes ?? notSet}</Text>,
        },
      ]}
    />
  );
}
