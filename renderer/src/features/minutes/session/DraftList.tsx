import { Button, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';

interface DraftListProps<R extends { id: string }> {
  records: readonly R[];
  /** One editor: for a stored record, or (record undefined) for a new one with `onCreated`. */
  editor: (props: { record?: R; onCreated?: (id: string) => void; isNew: boolean }) => ReactNode;
  addLabel: string;
  emptyText: string;
  readOnly: boolean;
}

/**
 * Stored entries and new ones being filled in. A new entry keeps its editor — with focus and
 * what was typed — when it is saved and comes back as a stored record.
 */
export function DraftList<R extends { id: string }>({
  records,
  editor,
  addLabel,
  emptyText,
  readOnly,
}: DraftListProps<R>) {
  const [drafts, setDrafts] = useState<readonly string[]>([]);
  const [savedAs, setSavedAs] = useState<ReadonlyMap<string, string>>(new Map());
  const keyOf = new Map([...savedAs].map(([draft, id]) => [id, draft]));
  const stored = new Set(records.map((r) => r.id));
  const entries = [
    ...records.map((record) => ({ key: keyOf.get(record.id) ?? record.id, record })),
    ...drafts
      .filter((draft) => !stored.has(savedAs.get(draft) ?? ''))
      .map((draft) => ({ key: draft, record: undefined })),
  ];
  return (
    <Stack gap="sm">
      {entries.length === 0 && (
        <Text size="sm" c="dimmed">
          {emptyText}
        </Text>
      )}
      {entries.map(({ key, record }) => (
        <div key={key}>
          {editor({
            record,
            isNew: drafts.includes(key),
            onCreated: (id) => setSavedAs((before) => new Map(before).set(key, id)),
          })}
        </div>
      ))}
      {!readOnly && (
        <Button
          variant="default"
          w="fit-content"
          leftSection={<IconPlus size="1rem" aria-hidden />}
          onClick={() => setDrafts((before) => [...before, crypto.randomUUID()])}
        >
          {addLabel}
        </Button>
      )}
    </Stack>
  );
}
