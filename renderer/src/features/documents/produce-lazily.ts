import type { DocumentJob } from './document-jobs';
import type { ProducedDocument } from './produce-document';

/**
 * The way into the documents feature for any view: loads the builders (and then pdfmake) on the
 * first document, so neither is part of the start bundle. Import this, not produce-document.
 */
export async function produceDocumentLazily(job: DocumentJob, issuedOn: string): Promise<ProducedDocument> {
  const { produceDocument } = await import('./produce-document');
  return produceDocument(job, issuedOn);
}
