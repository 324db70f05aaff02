import { Accordion, Stack, Text } from '@mantine/core';
import { IconTargetArrow } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useActiveNetwork } from '../../app/active-network';
import { EmptyHint } from '../../ui/EmptyHint';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';
import { ActionFieldReportMenu } from '../documents/DocumentMenus';
import { ActionFieldPanel } from './ActionFieldPanel';
import { loadActionFieldDetails } from './action-fields-data';

export function ActionFieldsPage() {
  const { t } = useTranslation();
  const network = useActiveNetwork();
  const details = useLiveQuery(() => loadActionFieldDetails(network.id), [network.id]);

  return (
    <>
      <PageHeader title={t('actionFields.title')} actions={<ActionFieldReportMenu />} />
      {!details ? (
        <LoadingState />
      ) : details.length === 0 ? (
        <EmptyHint text={t('actionFields.empty')} icon={IconTargetArrow} />
      ) : (
        <Accordion multiple variant="separated" radius="md" order={2} defaultValue={[details[0]!.field.id]}>
          {details.map((detail) => (
            <Accordion.Item key={detail.field.id} value={detail.field.id}>
              <Accordion.Control>
                <Stack gap={2}>
                  <Text span display="block" fw={600} fz="lg">
                    {detail.field.title}
                  </Text>
                  <Text span display="block" size="sm" c="dimmed">
                    {[
                      t('actionFields.goalCount', { count: detail.goals.length }),
                      t('actionFields.measureCount', { count: detail.measures.length }),
                      t('actionFields.indicatorCount', { count: detail.indicators.length }),
                    ].join(' · ')}
                  </Text>
                </Stack>
              </Accordion.Control>
              <Accordion.Panel>
                <ActionFieldPanel detail={detail} />
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      )}
    </>
  );
}
