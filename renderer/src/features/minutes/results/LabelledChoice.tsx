import { Group, SegmentedControl, Text } from '@mantine/core';
import type { ReactNode } from 'react';

interface LabelledChoiceProps<V extends string> {
  label: string;
  value: V | undefined;
  options: readonly { value: V; label: string }[];
  readOnly: boolean;
  onChange: (value: V) => void;
  /** Shown after the choice, e.g. how many may vote. */
  aside?: ReactNode;
}

/** A short row of choices (radio buttons) with its label in front. */
export function LabelledChoice<V extends string>({
  label,
  value,
  options,
  readOnly,
  onChange,
  aside,
}: LabelledChoiceProps<V>) {
  return (
    <Group gap="md" align="center">
      <Text size="sm" fw={500} component="span">
        {label}
      </Text>
      <SegmentedControl
        aria-label={label}
        size="xs"
        color="petrol"
        readOnly={readOnly}
        value={value ?? ''}
        onChange={(next) => onChange(next as V)}
        data={[...options]}
      />
      {aside}
    </Group>
  );
}
