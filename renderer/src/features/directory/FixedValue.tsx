import { Stack, Text } from '@mantine/core';
import { useId } from 'react';

/** A value the dialog cannot change (the person or body it was opened for), shown as labelled text. */
export function FixedValue({ label, value }: { label: string; value: string }) {
  const id = useId();
  return (
    <Stack gap={4} role="group" aria-labelledby={id}>
      <Text id={id} fw={600} size="sm">
        {label}
      </Text>
      <Text py={6}>{value}</Text>
    </Stack>
  );
}
