import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../ui/PageHeader';
import { paths } from './routes';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('app.notFound')} />
      <Text>
        {t('app.notFoundText')}{' '}
        <Anchor component={Link} to={paths.overview}>
          {t('nav.overview')}
        </Anchor>
      </Text>
    </>
  );
}
