import type * as PdfMakeApi from 'pdfmake/build/pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

type PdfMake = typeof PdfMakeApi;

/**
 * A document that takes longer than this is stuck, not slow: pdfmake waits forever on an image it
 * cannot decode (the ten-year action-field report takes a few seconds).
 */
const RENDER_TIMEOUT_MS = 60_000;

/** pdfmake did not finish in time; the message is for the log, the UI says it in its language. */
export class PdfRenderTimeout extends Error {
  constructor() {
    super(`Das PDF wurde nach ${RENDER_TIMEOUT_MS / 1000} Sekunden nicht fertig.`);
    this.name = 'PdfRenderTimeout';
  }
}

let loading: Promise<PdfMake> | undefined;

/**
 * pdfmake and its Roboto fonts (the largest part of the app) load on the first document, in their
 * own chunks, so the start does not pay for them. The browser build needs no eval: it looks up
 * `globalThis` before it would try `new Function`, so it runs under the CSP without 'unsafe-eval'.
 */
function loadPdfMake(): Promise<PdfMake> {
  loading ??= (async () => {
    // Both are CommonJS: the bundler hands over `module.exports` as the default export. pdfmake's is
    // an instance whose methods live on its prototype, so only the default export carries them.
    const [pdfMakeModule, vfsModule] = await Promise.all([
      import('pdfmake/build/pdfmake') as Promise<unknown> as Promise<{ default: PdfMake }>,
      import('pdfmake/build/vfs_fonts'),
    ]);
    const pdfMake = pdfMakeModule.default;
    pdfMake.addVirtualFileSystem(vfsModule.default);
    // Documents are made from local data only: pdfmake must not fetch anything (images are data URLs).
    pdfMake.setUrlAccessPolicy(() => false);
    return pdfMake;
  })();
  // A failed load (e.g. an interrupted update) is tried again with the next document.
  loading.catch(() => (loading = undefined));
  return loading;
}

function withTimeout<T>(work: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new PdfRenderTimeout()), RENDER_TIMEOUT_MS);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Renders a document definition to the bytes of a PDF file. */
export async function renderPdf(definition: TDocumentDefinitions): Promise<Uint8Array<ArrayBuffer>> {
  const pdfMake = await loadPdfMake();
  const buffer: Uint8Array = await withTimeout(pdfMake.createPdf(definition).getBuffer());
  // A plain Uint8Array (not pdfmake's Buffer polyfill) travels through IPC and into Blobs as is.
  return new Uint8Array(buffer.buffer as ArrayBuffer, buffer.byteOffset, buffer.byteLength);
}
