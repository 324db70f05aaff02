import { Anchor, Button, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { personDisplayName } from '../../../../shared/directory/person-name';
import { formatDate } from '../../../../shared/domain/dates';
import type { Body, Membership, Organisation, Person } from '../../../../shared/schemas';
import { paths } from '../../app/routes';

/** A membership with what it points to; a person page knows the person, a body page the body. */
export interface MembershipRow {
  membership: Membership;
  person?: Person;
  body?: Body;
  representedOrganisation?: Organisation;
  deputyOf?: Person;
}

interface MembershipsTableProps {
  rows: readonly MembershipRow[];
  /** The first column: who (on a body page) or where (on a person page). */
  subject: 'person' | 'body';
  /** Accessible name of the table, e.g. the section heading. */
  label: string;
  /** Off where the table lists one role only. */
  showRole?: boolean;
  onEdit: (membership: Membership) => void;
  onEnd: (row: MembershipRow) => void;
}

/** "Jana Becker – Lenkungskreis" */
export const membershipLabel = ({ person, body }: MembershipRow): string =>
  [person && personDisplayName(person), body?.name].filter(Boolean).join(' – ');

function Subject({ row, subject }: { row: MembershipRow; subject: 'person' | 'body' }) {
  const { t } = useTranslation();
  if (subject === 'body') {
    return row.body ? (
      <Anchor component={Link} to={paths.body(row.body.id)} fz="sm" fw={600}>
        {row.body.name}
      </Anchor>
    ) : (
      t('common.notSet')
    );
  }
  if (!row.person) return t('common.notSet');
  return (
    <Anchor component={Link} to={paths.person(row.person.id)} fz="sm" fw={600}>
      {row.person.anonymisedAt ? t('directory.anonymised') : personDisplayName(row.person)}
    </Anchor>
  );
}

export function MembershipPeriod({ membership }: { membership: Membership }) {
  const { t } = useTranslation();
  const from = formatDate(membership.from);
  return membership.to
    ? t('directory.periodRange', { from, to: formatDate(membership.to) })
    : t('directory.periodSince', { from });
}

function RoleCell({ row }: { row: MembershipRow }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2}>
      <Text fz="sm">{t(`directory.roles.${row.membership.role}`)}</Text>
      {row.deputyOf && <DeputyNote deputyOf={row.deputyOf} />}
    </Stack>
  );
}

function DeputyNote({ deputyOf }: { deputyOf: Person }) {
  const { t } = useTranslation();
  return (
    <Text fz="sm" c="dimmed">
      {t('directory.deputyFor', { name: personDisplayName(deputyOf) })}
    </Text>
  );
}

const PERIOD_WIDTH = '10rem';
const ACTIONS_WIDTH = '16rem';

/**
 * Memberships with role, seat, represented organisation and period, each editable and endable.
 * Fixed column widths keep several tables on one page aligned; without the role column (a table
 * per role) a deputy's principal is named under the person.
 */
export function MembershipsTable({ rows, subject, label, showRole = true, onEdit, onEnd }: MembershipsTableProps) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth="52rem">
      <Table striped verticalSpacing="sm" layout="fixed" aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{subject === 'person' ? t('directory.person') : t('directory.body')}</Table.Th>
            {showRole && <Table.Th>{t('directory.role')}</Table.Th>}
            <Table.Th>{t('directory.seat')}</Table.Th>
            <Table.Th>{t('directory.representedOrganisationShort')}</Table.Th>
            <Table.Th w={PERIOD_WIDTH}>{t('directory.period')}</Table.Th>
            <Table.Th w={ACTIONS_WIDTH}>
              <VisuallyHidden>{t('directory.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const { membership } = row;
            return (
              <Table.Tr key={membership.id}>
                <Table.Td>
                  <Subject row={row} subject={subject} />
                  {!showRole && row.deputyOf && <DeputyNote deputyOf={row.deputyOf} />}
                </Table.Td>
                {showRole && (
                  <Table.Td>
                    <RoleCell row={row} />
                  </Table.Td>
                )}
                <Table.Td>{membership.seat ?? t('common.notSet')}</Table.Td>
                <Table.Td>{row.representedOrganisation?.name ?? t('common.notSet')}</Table.Td>
                <Table.Td>
                  <MembershipPeriod membership={membership} />
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" justify="flex-end" wrap="nowrap">
                    <Button
                      variant="subtle"
                      size="compact-sm"
                      aria-label={t('directory.actionOn', { action: t('directory.edit'), what: membershipLabel(row) })}
                      onClick={() => onEdit(membership)}
                    >
                      {t('directory.edit')}
                    </Button>
                    {membership.to === undefined && (
                      <Button
                        variant="subtle"
                        size="compact-sm"
                        aria-label={t('directory.actionOn', { action: t('directory.end'), what: membershipLabel(row) })}
                        onClick={() => onEnd(row)}
                      >
                        {t('directory.end')}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
