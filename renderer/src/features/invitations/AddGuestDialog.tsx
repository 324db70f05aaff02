import { Button, SegmentedControl, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { IconUserPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { invitationRepo } from '../../db/repos';
import { FormFrame, FormModal } from '../../ui/FormFrame';
import { useSubmit } from '../../ui/use-submit';
import { usePersonOptions } from '../meetings/person-options';

interface GuestValues {
  source: 'verzeichnis' | 'name';
  personId: string | null;
  displayName: string;
  organisationName: string;
}

function GuestForm({ meetingId, onDone }: { meetingId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const persons = usePersonOptions() ?? [];
  const form = useForm<GuestValues>({
    initialValues: { source: 'verzeichnis', personId: null, displayName: '', organisationName: '' },
  });
  const { saving, submit } = useSubmit(
    form,
    (v) =>
      v.source === 'verzeichnis'
        ? invitationRepo.addGuest(meetingId, { personId: v.personId ?? '' })
        : invitationRepo.addGuest(meetingId, {
            name: v.displayName,
            organisationName: v.organisationName.trim() || undefined,
          }),
    onDone,
  );
  const fromDirectory = form.getValues().source === 'verzeichnis';
  return (
    <FormFrame onSubmit={submit} onCancel={onDone} saving={saving} submitLabel={t('invitations.addGuest')}>
      <SegmentedControl
        aria-label={t('invitations.guestSource')}
        data={[
          { value: 'verzeichnis', label: t('invitations.fromDirectory') },
          { value: 'name', label: t('invitations.byName') },
        ]}
        {...form.getInputProps('source')}
      />
      {fromDirectory ? (
        <Select
          label={t('invitations.person')}
          data={persons}
          searchable
          withAsterisk
          nothingFoundMessage={t('agenda.noPersonFound')}
          {...form.getInputProps('personId')}
        />
      ) : (
        <Stack gap="md">
          <TextInput
            label={t('invitations.guestName')}
            withAsterisk
            data-autofocus
            {...form.getInputProps('displayName')}
          />
          <TextInput label={t('invitations.guestOrganisation')} {...form.getInputProps('organisationName')} />
        </Stack>
      )}
    </FormFrame>
  );
}

/** A guest from the directory or by name, e.g. a speaker from outside the network. */
export function AddGuestButton({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button variant="default" leftSection={<IconUserPlus size="1.125rem" aria-hidden />} onClick={open}>
        {t('invitations.addGuest')}
      </Button>
      <FormModal opened={opened} onClose={close} title={t('invitations.addGuestTitle')} size="md">
        <GuestForm meetingId={meetingId} onDone={close} />
      </FormModal>
    </>
  );
}
