import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentJob } from './document-jobs';

/** The name of a document in menus and dialogs: "Aufgaben- und Beschlussübersicht nach Gremien". */
export function useDocumentLabel(): (job: DocumentJob) => string {
  const { t } = useTranslation();
  return useCallback(
    (job: DocumentJob) => {
      const name = t(`documents.kinds.${job.kind}`);
      if (job.kind === 'aufgabenuebersicht') return `${name} ${t(`documents.groupBy.${job.groupBy}`)}`;
      if (job.kind === 'sachstandsbericht' && job.audience) {
        return `${name} ${t('documents.forAudience', { audience: job.audience })}`;
      }
      return name;
    },
    [t],
  );
}
