import { Autocomplete, Button, Group, TextInput } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ValidationError } from '../../../db/errors';
import { invitationRepo, participantRepo } from '../../../db/repos';
import { notify } from '../../../ui/notify';
import { personNamed, type PersonChoice } from '../session/session-choices';

/** Adds someone who came as a guest: a person from the directory, or a typed name with organisation. */
export function AddGuestForm({
  meetingId,
  people,
  names,
}: {
  meetingId: string;
  people: readonly PersonChoice[];
  names: readonly string[];
}) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [error, setError] = useState<string>();
  const known = personNamed(people, name);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const guest = known
        ? { personId: known.id }
        : { name: name.trim(), organisationName: organisation.trim() || undefined };
      const added = await invitationRepo.addGuest(meetingId, guest);
      await participantRepo.update(added.id, { attendance: 'gast', invited: false });
      notify(
        'success',
        t('minutes.attendance.guestAddedTitle'),
        t('minutes.attendance.guestAdded', { name: added.displayName }),
      );
      setName('');
      setOrganisation('');
      setError(undefined);
    } catch (caught) {
      setError(caught instanceof ValidationError ? caught.issues[0]?.message : (caught as Error).message);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <Group align="flex-end" gap="sm" wrap="nowrap">
        <Autocomplete
          label={t('minutes.attendance.guestName')}
          placeholder={t('minutes.attendance.guestNameHint')}
          data={[...names]}
          limit={8}
          flex={1}
          value={name}
          error={error}
          onChange={(value) => {
            setName(value);
            setError(undefined);
          }}
        />
        <TextInput
          label={t('minutes.attendance.guestOrganisation')}
          flex={1}
          disabled={known !== undefined}
          value={known ? (known.organisationName ?? '') : organisation}
          onChange={(event) => setOrganisation(event.currentTarget.value)}
        />
        <Button type="submit" variant="default" leftSection={<IconUserPlus size="1rem" aria-hidden />}>
          {t('minutes.attendance.addGuest')}
        </Button>
      </Group>
    </form>
  );
}
