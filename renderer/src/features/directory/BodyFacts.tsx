import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ActionField, Body } from '../../../../shared/schemas';
import { Facts } from '../../ui/Facts';

/** Code, action field and the procedure the body follows. */
export function BodyFacts({ body, actionField }: { body: Body; actionField?: ActionField }) {
  const { t } = useTranslation();
  const notSet = t('common.notSet');
  const approval =
    body.approvalRule === 'fristablauf'
      ? t('directory.approvalAfterDays', { count: body.objectionDays ?? 0 })
      : t('directory.approvalRules.naechste-sitzung');
  const items = [
    { label: t('directory.code'), value: body.code },
    { label: t('directory.kind'), value: t(`status.bodyKind.${body.kind}`) },
    ...(body.kind === 'arbeitskreis'
      ? [{ label: t('directory.actionField'), value: actionField?.title ?? notSet }]
      : []),
    { label: t('directory.noticePeriod'), value: t('common.days', { count: body.noticeDays }) },
    { label: t('directory.minutesKind'), value: t(`directory.minutesKinds.${body.minutesKind}`) },
    { label: t('directory.approvalRule'), value: approval },
    { label: t('directory.defaultLocation'), value: body.defaultLocation ?? notSet },
    {
      label: t('directory.defaultTime'),
      value: body.defaultStartTime
        ? t('directory.startAndDuration', {
            time: body.defaultStartTime,
            minutes: body.defaultDurationMinutes ?? 0,
          })
        : notSet,
    },
  ];
  const half = Math.ceil(items.length / 2);
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="xl">
      <Facts labelWidth="12rem" items={items.slice(0, half)} />
      <Facts labelWidth="12rem" items={items.slice(half)} />
    </SimpleGrid>
  );
}
