import { DataList } from '@mantine/core';
import type { ReactNode } from 'react';

/** Label–value pairs as a description list. */
export function Facts({
  items,
  labelWidth = '11rem',
}: {
  items: readonly { label: string; value: ReactNode }[];
  labelWidth?: string;
}) {
  return (
    <DataList labelWidth={labelWidth} withDivider>
      {items.map((item) => (
        <DataList.Item key={item.label}>
          <DataList.ItemLabel>{item.label}</DataList.ItemLabel>
          <DataList.ItemValue>{item.value}</DataList.ItemValue>
        </DataList.Item>
      ))}
    </DataList>
  );
}
