import { Group, NumberInput, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { VoteMode } from '../../../../../shared/schemas';
import { LabelledChoice } from './LabelledChoice';
import type { ResultValues } from './result-values';

interface VoteFieldsProps {
  values: ResultValues;
  /** Voting members present; undefined while attendance is not recorded. */
  votingPresent: number | undefined;
  readOnly: boolean;
  errorOf: (field: string, touchedBy?: readonly string[]) => string | undefined;
  onChange: (patch: Partial<ResultValues>, options?: { now?: boolean }) => void;
}

const COUNTS = ['votesYes', 'votesNo', 'votesAbstain'] as const;

/** Konsens, or yes/no/abstentions checked against the voting members present. */
export function VoteFields({ values, votingPresent, readOnly, errorOf, onChange }: VoteFieldsProps) {
  const { t } = useTranslation();
  const total = errorOf('votes', COUNTS);
  return (
    <Stack gap="xs">
      <LabelledChoice
        label={t('minutes.result.vote')}
        readOnly={readOnly}
        value={values.voteMode ?? 'konsens'}
        onChange={(voteMode) => onChange({ voteMode }, { now: true })}
        options={VoteMode.options.map((mode) => ({ value: mode, label: t(`minutes.result.voteModes.${mode}`) }))}
        aside={
          <Text size="sm" c="dimmed">
            {votingPresent === undefined
              ? t('minutes.result.votingUnknown')
              : t('minutes.result.votingPresent', { count: votingPresent })}
          </Text>
        }
      />
      {values.voteMode === 'abstimmung' && (
        <Stack gap={4}>
          <Group gap="sm" align="flex-start">
            {COUNTS.map((field) => (
              <NumberInput
                key={field}
                label={t(`minutes.result.${field}`)}
                w="7.5rem"
                min={0}
                max={999}
                allowDecimal={false}
                allowNegative={false}
                readOnly={readOnly}
                value={values[field]}
                error={errorOf(field)}
                onChange={(value) => onChange({ [field]: value })}
              />
            ))}
          </Group>
          {total && (
            <Text size="sm" c="red.9" role="alert">
              {total}
            </Text>
          )}
        </Stack>
      )}
    </Stack>
  );
}
