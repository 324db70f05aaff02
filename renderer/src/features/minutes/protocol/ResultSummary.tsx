import { Blockquote, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../../../../shared/schemas';

/** A result as the minutes state it: kind and number, exact wording, vote and outcome. */
export function ResultSummary({ result }: { result: Result }) {
  const { t } = useTranslation();
  const heading = [t(`minutes.result.kinds.${result.kind}`), result.label].filter(Boolean).join(' ');
  const vote =
    result.voteMode === 'abstimmung'
      ? t('minutes.protocol.voteCounts', { yes: result.votesYes, no: result.votesNo, abstain: result.votesAbstain })
      : result.voteMode && t('minutes.result.voteModes.konsens');
  const facts = [
    result.addressee && t('minutes.protocol.addressee', { addressee: result.addressee }),
    vote && t('minutes.protocol.vote', { vote }),
    result.outcome && t('minutes.protocol.outcome', { outcome: t(`minutes.result.outcomes.${result.outcome}`) }),
  ].filter(Boolean);
  return (
    <Stack gap={4}>
      <Text fw={700} size="sm">
        {heading}
      </Text>
      {result.text && (
        <Blockquote color="petrol" p="xs" fz="sm" icon={null}>
          {result.text}
        </Blockquote>
      )}
      {facts.length > 0 && (
        <Text size="sm" c="dimmed">
          {facts.join(' · ')}
        </Text>
      )}
    </Stack>
  );
}
