import { Table, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A table of records with named columns and, if given, a last column of row actions whose header
 * is named for screen readers only. It scrolls sideways below `minWidth`.
 */
export function RowsTable({
  minWidth,
  headers,
  actionsLabel,
  caption,
  striped = false,
  children,
}: {
  minWidth: string;
  headers: readonly string[];
  actionsLabel?: string;
  caption?: string;
  striped?: boolean;
  children: ReactNode;
}) {
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table verticalSpacing="sm" striped={striped}>
        {caption && <Table.Caption>{caption}</Table.Caption>}
        <Table.Thead>
          <Table.Tr>
            {headers.map((header) => (
              <Table.Th key={header}>{header}</Table.Th>
            ))}
            {actionsLabel && (
              <Table.Th>
                <VisuallyHidden>{actionsLabel}</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
