import type { DocumentJob } from './document-jobs';
import { renderPdf } from './pdf-service';
import { prepareDocument, type PreparedDocument } from './prepare-document';

/** A finished document: the PDF bytes, what to tell the user, and how to name and title it. */
export interface ProducedDocument extends Omit<PreparedDocument, 'definition'> {
  pdf: Uint8Array<ArrayBuffer>;
  /** The PDF's title (metadata), also the print job's name. */
  title: string;
}

/**
 * Reads the data, builds the document and renders it. Loaded on the first document together with
 * the builders; pdfmake follows in its own chunk.
 */
export async function produceDocument(job: DocumentJob, issuedOn: string): Promise<ProducedDocument> {
  const { definition, ...prepared } = await prepareDocument(job, issuedOn);
  const pdf = await renderPdf(definition);
  return { ...prepared, pdf, title: definition.info?.title ?? prepared.fileName };
}
