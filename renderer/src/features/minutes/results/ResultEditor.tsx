import {
  ActionIcon,
  Autocomplete,
  Badge,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { voteOf, voteOutcome } from '../../../../../shared/domain/votes';
import { ResultKind, ResultOutcome, type AgendaItem, type Result } from '../../../../../shared/schemas';
import { resultRepo } from '../../../db/repos';
import { ConfirmDialog } from '../../directory/ConfirmDialog';
import { useAutosavedRecord } from '../autosave/use-autosaved-record';
import { resultChanges, resultValues, suggestedKind, type ResultValues } from './result-values';
import { LabelledChoice } from './LabelledChoice';
import { VoteFields } from './VoteFields';

interface ResultEditorProps {
  item: AgendaItem;
  /** The stored result; undefined for a new one, created on its first valid save. */
  result?: Result;
  position: number;
  votingPresent: number | undefined;
  readOnly: boolean;
  addressees: readonly string[];
  autoFocus: boolean;
  onCreated?: (id: string) => void;
}

/** A counted vote suggests the outcome (unless the item was deferred). */
function withOutcome(values: ResultValues, patch: Partial<ResultValues>): Partial<ResultValues> {
  const next = { ...values, ...patch };
  if (next.kind === 'kenntnisnahme' || next.outcome === 'vertagt' || 'outcome' in patch) return patch;
  const suggested = voteOutcome(voteOf({ ...resultChanges(next) }));
  return { ...patch, voteMode: next.voteMode ?? 'konsens', outcome: suggested ?? next.outcome };
}

/**
 * One result of an item: Kenntnisnahme, Beschluss or Empfehlung with its exact wording, the vote
 * and the outcome. Saved while typing; the number is given on the first save.
 */
export function ResultEditor({
  item,
  result,
  position,
  votingPresent,
  readOnly,
  addressees,
  autoFocus,
  onCreated,
}: ResultEditorProps) {
  const { t } = useTranslation();
  const [removing, setRemoving] = useState(false);
  const valuesOf = useCallback((r: Result | undefined) => resultValues(r, suggestedKind(item.kind)), [item.kind]);
  const { values, change, errorOf, flush } = useAutosavedRecord({
    record: result,
    valuesOf,
    onCreated,
    save: (v, id) =>
      id
        ? resultRepo.update(id, resultChanges(v))
        : resultRepo.record({ meetingId: item.meetingId, agendaItemId: item.id, position, ...resultChanges(v) }),
  });
  const update = (patch: Partial<ResultValues>, options?: { now?: boolean }) =>
    change(withOutcome(values, patch), options);
  const decided = values.kind !== 'kenntnisnahme';
  const heading = [t(`minutes.result.kinds.${values.kind}`), result?.label].filter(Boolean).join(' ');

  return (
    <Paper withBorder p="md" radius="sm" component="article" aria-label={heading} onBlur={() => void flush()}>
      <Stack gap="sm">
        <Group justify="space-between" gap="sm">
          <Group gap="sm">
            <SegmentedControl
              aria-label={t('minutes.result.kind')}
              color="petrol"
              readOnly={readOnly}
              value={values.kind}
              onChange={(kind) => update({ kind: kind as ResultValues['kind'] }, { now: values.text.trim() !== '' })}
              data={ResultKind.options.map((kind) => ({ value: kind, label: t(`minutes.result.kinds.${kind}`) }))}
            />
            {decided &&
              (result?.label && result.kind === values.kind ? (
                <Badge variant="outline" size="lg" ff="monospace">
                  {result.label}
                </Badge>
              ) : (
                <Text size="sm" c="dimmed">
                  {t('minutes.result.numberPending')}
                </Text>
              ))}
          </Group>
          {result && !readOnly && (
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={t('minutes.result.remove')}
              onClick={() => setRemoving(true)}
            >
              <IconTrash size="1.1rem" aria-hidden />
            </ActionIcon>
          )}
        </Group>
        <Textarea
          label={decided ? t('minutes.result.text') : t('minutes.result.note')}
          description={decided ? t('minutes.result.textHint') : undefined}
          withAsterisk={decided}
          autoFocus={autoFocus}
          autosize
          minRows={2}
          readOnly={readOnly}
          value={values.text}
          error={errorOf('text', ['text', 'kind'])}
          onChange={(event) => update({ text: event.currentTarget.value })}
        />
        {decided && item.proposedResolution && values.text.trim() === '' && !readOnly && (
          <Button
            variant="light"
            size="compact-sm"
            w="fit-content"
            onClick={() => update({ text: item.proposedResolution ?? '' }, { now: true })}
          >
            {t('minutes.result.useProposal')}
          </Button>
        )}
        {values.kind === 'empfehlung' && (
          <Autocomplete
            label={t('minutes.result.addressee')}
            description={t('minutes.result.addresseeHint')}
            data={[...addressees]}
            readOnly={readOnly}
            value={values.addressee}
            onChange={(addressee) => update({ addressee })}
          />
        )}
        {decided && (
          <>
            <VoteFields
              values={values}
              votingPresent={votingPresent}
              readOnly={readOnly}
              errorOf={errorOf}
              onChange={update}
            />
            <LabelledChoice
              label={t('minutes.result.outcome')}
              readOnly={readOnly}
              value={values.outcome}
              onChange={(outcome) => update({ outcome }, { now: true })}
              options={ResultOutcome.options.map((o) => ({ value: o, label: t(`minutes.result.outcomes.${o}`) }))}
            />
            {values.outcome === 'vertagt' && (
              <Text size="sm" c="dimmed">
                {t('minutes.result.deferredHint')}
              </Text>
            )}
          </>
        )}
      </Stack>
      {result && (
        <ConfirmDialog
          opened={removing}
          title={t('minutes.result.removeTitle', { heading })}
          confirmLabel={t('minutes.result.remove')}
          danger
          onConfirm={() => resultRepo.remove(result.id)}
          onClose={() => setRemoving(false)}
        >
          <Text>{t('minutes.result.removeText')}</Text>
        </ConfirmDialog>
      )}
    </Paper>
  );
}
