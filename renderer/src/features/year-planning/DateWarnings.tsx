import { Group, List, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DateWarning } from '../../../../shared/domain/holidays';

/** Holiday, school-holiday and weekend warnings of a date in words with an icon, never by colour alone. */
export function DateWarnings({
  warnings,
  holidaysKnown,
}: {
  warnings: readonly DateWarning[];
  holidaysKnown: boolean;
}) {
  const { t } = useTranslation();
  if (warnings.length === 0) {
    return (
      <Group gap={6} wrap="nowrap">
        {holidaysKnown ? (
          <IconCircleCheck size="1rem" color="var(--mantine-color-green-8)" aria-hidden />
        ) : (
          <IconInfoCircle size="1rem" aria-hidden />
        )}
        <Text size="sm">{holidaysKnown ? t('yearPlanning.noWarning') : t('yearPlanning.holidaysUnknown')}</Text>
      </Group>
    );
  }
  return (
    <List spacing={2} size="sm" listStyleType="none" p={0}>
      {warnings.map((w) => (
        <List.Item key={w.kind}>
          <Group gap={6} wrap="nowrap">
            <IconAlertTriangle size="1rem" color="var(--mantine-color-orange-8)" aria-hidden />
            <Text size="sm" fw={600}>
              {t(`yearPlanning.warning.${w.kind}`, { label: w.label })}
            </Text>
          </Group>
        </List.Item>
      ))}
    </List>
  );
}
