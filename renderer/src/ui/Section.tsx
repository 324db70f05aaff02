import { Group, Paper, Text, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';

interface SectionProps {
  title: string;
  description?: string;
  /** Shown beside the title, e.g. a count badge. */
  aside?: ReactNode;
  children: ReactNode;
  order?: 2 | 3;
}

/** A titled panel; the heading names the region for screen readers. */
export function Section({ title, description, aside, children, order = 2 }: SectionProps) {
  const headingId = useId();
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder radius="md" p="lg">
      <Group justify="space-between" mb="md" gap="sm">
        <div>
          <Title order={order} id={headingId} fz={order === 2 ? 'lg' : 'md'}>
            {title}
          </Title>
          {description && (
            <Text size="sm" c="dimmed" mt={4}>
              {description}
            </Text>
          )}
        </div>
        {aside}
      </Group>
      {children}
    </Paper>
  );
}
