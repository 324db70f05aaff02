import { useCallback, useRef, useState } from 'react';
import type { DocumentJob } from './document-jobs';
import type { ProducedDocument } from './produce-document';
import { produceDocumentLazily } from './produce-lazily';

export type Production =
  | { status: 'busy'; job: DocumentJob }
  | { status: 'ready'; job: DocumentJob; document: ProducedDocument }
  | { status: 'failed'; job: DocumentJob; error: unknown };

/**
 * Produces one document at a time: `start` begins (or restarts) one, `close` ends it; a result that
 * arrives after its dialog was closed or replaced is ignored. The last production stays readable
 * after closing, so the dialog keeps its content while it fades out.
 */
export function useDocumentProduction(issuedOn: string) {
  const [production, setProduction] = useState<Production | null>(null);
  const [opened, setOpened] = useState(false);
  const latest = useRef(0);

  const start = useCallback(
    (job: DocumentJob) => {
      const run = ++latest.current;
      const settle = (next: Production) => {
        if (latest.current === run) setProduction(next);
      };
      setProduction({ status: 'busy', job });
      setOpened(true);
      produceDocumentLazily(job, issuedOn).then(
        (document) => settle({ status: 'ready', job, document }),
        (error: unknown) => settle({ status: 'failed', job, error }),
      );
    },
    [issuedOn],
  );

  const close = useCallback(() => {
    latest.current++;
    setOpened(false);
  }, []);

  return { production, opened, start, close };
}
