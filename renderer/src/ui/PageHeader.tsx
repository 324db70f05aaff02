import { Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface PageHeaderProps {
  title: string;
  /** Window title when it should differ from the heading. */
  windowTitle?: string;
  description?: ReactNode;
  actions?: ReactNode;
}

/** The page's h1 (focus target after navigation) and the window title. */
export function PageHeader({ title, windowTitle = title, description, actions }: PageHeaderProps) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = t('app.documentTitle', { page: windowTitle });
  }, [t, windowTitle]);

  return (
    <Group justify="space-between" align="flex-end" mb="xl" gap="md">
      <Stack gap={4}>
        <Title order={1} tabIndex={-1} fz="1.75rem">
          {title}
        </Title>
        {description && <Text c="dimmed">{description}</Text>}
      </Stack>
      {actions}
    </Group>
  );
}
