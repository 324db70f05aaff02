import { Anchor, Badge, Stack, Table, Text } from '@mantine/core';
import { IconCircleCheck, IconCircleDashed } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SeatStatus } from '../../../../shared/directory/body-roster';
import { personDisplayName } from '../../../../shared/directory/person-name';
import { formatDate } from '../../../../shared/domain/dates';
import type { Person } from '../../../../shared/schemas';
import { paths } from '../../app/routes';

function PersonLink({ person }: { person: Person }) {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to={paths.person(person.id)} fz="sm">
      {person.anonymisedAt ? t('directory.anonymised') : personDisplayName(person)}
    </Anchor>
  );
}

/** Each seat with who fills it now; a vacant seat says so in words and names its last holder. */
export function SeatsTable({ seats, label }: { seats: readonly SeatStatus[]; label: string }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth="40rem">
      <Table striped verticalSpacing="xs" aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('directory.seat')}</Table.Th>
            <Table.Th>{t('directory.seatStatus')}</Table.Th>
            <Table.Th>{t('directory.seatHolders')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {seats.map((seat) => (
            <Table.Tr key={seat.seat}>
              <Table.Td fw={600}>{seat.seat}</Table.Td>
              <Table.Td>
                {seat.vacant ? (
                  <Badge variant="light" color="orange" leftSection={<IconCircleDashed size="0.875rem" aria-hidden />}>
                    {t('directory.vacant')}
                  </Badge>
                ) : (
                  <Badge variant="light" color="green" leftSection={<IconCircleCheck size="0.875rem" aria-hidden />}>
                    {t('directory.filled')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Stack gap={2}>
                  {seat.holders.map((holder) => (
                    <PersonLink key={holder.membership.id} person={holder.person} />
                  ))}
                  {seat.lastHolder?.membership.to && (
                    <Text fz="sm" c="dimmed">
                      {t('directory.lastHolder', {
                        name: personDisplayName(seat.lastHolder.person),
                        date: formatDate(seat.lastHolder.membership.to),
                      })}
                    </Text>
                  )}
                  {seat.holders.length === 0 && !seat.vacant && t('common.notSet')}
                </Stack>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
