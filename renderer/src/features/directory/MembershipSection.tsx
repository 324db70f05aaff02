import { Stack, Title } from '@mantine/core';
import type { Membership } from '../../../../shared/schemas';
import { EmptyHint } from '../../ui/EmptyHint';
import { Section } from '../../ui/Section';
import { CountBadge } from './CountBadge';
import { EndMembershipDialog } from './EndMembershipDialog';
import { MembershipDialog } from './MembershipDialog';
import { membershipLabel, MembershipsTable, type MembershipRow } from './MembershipsTable';
import { useDialog } from './use-dialog';

export interface MembershipGroup {
  key: string;
  title: string;
  rows: readonly MembershipRow[];
}

interface MembershipSectionProps {
  title: string;
  /** One table … */
  rows?: readonly MembershipRow[];
  /** … or one per group, each under its own heading (e.g. per role). */
  groups?: readonly MembershipGroup[];
  subject: 'person' | 'body';
  emptyText: string;
}

/** A titled list of memberships whose rows can be edited or ended in a dialog. */
export function MembershipSection({ title, rows = [], groups, subject, emptyText }: MembershipSectionProps) {
  const tables = groups ?? [{ key: 'all', title, rows }];
  const editing = useDialog<Membership>();
  const ending = useDialog<MembershipRow>();
  const count = tables.reduce((sum, group) => sum + group.rows.length, 0);
  return (
    <Section title={title} aside={<CountBadge count={count} />}>
      {count === 0 && <EmptyHint text={emptyText} />}
      <Stack gap="lg">
        {tables
          .filter((group) => group.rows.length > 0)
          .map((group) => (
            <Stack gap="xs" key={group.key}>
              {groups && (
                <Title order={3} fz="md">
                  {group.title}
                </Title>
              )}
              <MembershipsTable
                rows={group.rows}
                subject={subject}
                label={group.title}
                showRole={!groups}
                onEdit={(membership) => editing.open(membership)}
                onEnd={(row) => ending.open(row)}
              />
            </Stack>
          ))}
      </Stack>
      <MembershipDialog key={editing.key} opened={editing.opened} onClose={editing.close} membership={editing.value} />
      <EndMembershipDialog
        key={`end-${ending.key}`}
        opened={ending.opened}
        onClose={ending.close}
        membership={ending.value?.membership}
        label={ending.value ? membershipLabel(ending.value) : ''}
      />
    </Section>
  );
}
