import { Autocomplete, Group, Select } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InvitationReply } from '../../../../shared/schemas';
import { ValidationError } from '../../db/errors';
import { invitationRepo } from '../../db/repos';
import { notify } from '../../ui/notify';
import type { InviteeRow } from './invitation-data';

export interface PersonNames {
  /** Display names for the substitute field, deputies first. */
  names: readonly string[];
  idByName: ReadonlyMap<string, string>;
}

/**
 * The reply of one invitee, saved on change. "vertreten" asks who comes instead (a deputy, any
 * person, or a typed name) and is saved once that is named.
 */
export function ReplyEditor({ row, today, persons }: { row: InviteeRow; today: string; persons: PersonNames }) {
  const { t } = useTranslation();
  const { participant } = row;
  const [reply, setReply] = useState<string>(participant.reply);
  const [substitute, setSubstitute] = useState(participant.substituteName ?? '');
  const [error, setError] = useState<string>();
  const name = participant.displayName;

  const save = async (value: InvitationReply, substituteName?: string) => {
    setError(undefined);
    const personId = substituteName ? persons.idByName.get(substituteName) : undefined;
    try {
      await invitationRepo.setReply(participant.id, value, today, personId ? { personId } : { name: substituteName });
    } catch (e) {
      if (e instanceof ValidationError) setError(e.issues[0]?.message);
      else notify('error', t('common.error'), (e as Error).message);
    }
  };
  const onReply = (value: string | null) => {
    const parsed = InvitationReply.safeParse(value);
    if (!parsed.success) return;
    setReply(parsed.data);
    if (parsed.data !== 'vertreten') void save(parsed.data);
    else if (substitute.trim()) void save('vertreten', substitute.trim());
  };
  const saveSubstitute = (value = substitute) => {
    if (value.trim() && value.trim() !== participant.substituteName) void save('vertreten', value.trim());
  };
  const deputyNames = row.deputies.map((d) => d.name);
  const options = [...deputyNames, ...persons.names.filter((n) => !deputyNames.includes(n) && n !== name)];

  return (
    <Group gap="xs" align="flex-start" wrap="nowrap">
      <Select
        aria-label={t('invitations.replyOf', { name })}
        data={InvitationReply.options.map((r) => ({ value: r, label: t(`invitations.reply.${r}`) }))}
        value={reply}
        onChange={onReply}
        allowDeselect={false}
        w="10rem"
      />
      {reply === 'vertreten' && (
        <Autocomplete
          aria-label={t('invitations.substituteOf', { name })}
          placeholder={t('invitations.substitutePlaceholder')}
          data={options}
          limit={12}
          value={substitute}
          onChange={setSubstitute}
          onOptionSubmit={saveSubstitute}
          onBlur={() => saveSubstitute()}
          onKeyDown={(event) => event.key === 'Enter' && saveSubstitute()}
          error={error}
          w="16rem"
        />
      )}
    </Group>
  );
}
