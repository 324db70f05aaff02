import { Alert, List } from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ProducedDocument } from './produce-document';

/**
 * What the user should know before sending the document: a mismatch with the approved minutes,
 * and the builder's notes on missing data (in German, like the document).
 */
export function DocumentNotices({ document }: { document: ProducedDocument }) {
  const { t } = useTranslation();
  const { minutesProblem, warnings } = document;
  return (
    <>
      {minutesProblem && (
        <Alert
          color={minutesProblem === 'kein-fingerabdruck' ? 'yellow' : 'red'}
          title={t('documents.minutesProblemTitle')}
          icon={<IconAlertTriangle aria-hidden />}
        >
          {t(`documents.minutesProblem.${minutesProblem}`)}
        </Alert>
      )}
      {warnings.length > 0 && (
        <Alert color="yellow" title={t('documents.notesTitle')} icon={<IconInfoCircle aria-hidden />}>
          <List size="sm" spacing={4}>
            {warnings.map((warning) => (
              <List.Item key={warning}>{warning}</List.Item>
            ))}
          </List>
        </Alert>
      )}
    </>
  );
}
