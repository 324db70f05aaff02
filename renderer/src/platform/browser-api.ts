import type { Api } from '../../../shared/ipc/contract';
import { version } from '../../../package.json';

/** Object URLs are revoked after a while: the download or viewer tab has read them by then. */
const URL_LIFETIME_MS = 60_000;

function blobUrl(data: Uint8Array, type: string): string {
  const url = URL.createObjectURL(new Blob([data as Uint8Array<ArrayBuffer>], { type }));
  setTimeout(() => URL.revokeObjectURL(url), URL_LIFETIME_MS);
  return url;
}

function download(url: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
}

/** Prints through a hidden frame showing the PDF in Chromium's viewer, which offers the print dialog. */
function printInFrame(url: string, title: string): void {
  const frame = document.createElement('iframe');
  frame.title = title;
  frame.style.cssText = 'position:fixed;width:0;height:0;border:0;visibility:hidden';
  frame.src = url;
  frame.addEventListener('load', () => frame.contentWindow?.print(), { once: true });
  document.body.append(frame);
  setTimeout(() => frame.remove(), URL_LIFETIME_MS);
}

function isWebUrl(text: string): boolean {
  try {
    const { protocol } = new URL(text);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/** The same bridge for the renderer running in a plain browser: downloads instead of dialogs. */
export const browserApi: Api = {
  async getAppInfo() {
    return {
      version,
      platform: 'browser',
      dataPath: `IndexedDB im Browser (Ursprung ${window.location.origin})`,
      backupPath: 'Downloads-Ordner',
    };
  },
  async saveFile({ suggestedName, data }) {
    download(blobUrl(data, 'application/octet-stream'), suggestedName);
    return { ok: true, path: suggestedName };
  },
  async printPdf({ data, title }) {
    printInFrame(blobUrl(data, 'application/pdf'), title);
    return { ok: true };
  },
  async openPdf({ data }) {
    const opened = window.open(blobUrl(data, 'application/pdf'), '_blank');
    return opened ? { ok: true } : { ok: false, reason: 'open-failed' };
  },
  async openExternal({ url }) {
    if (!isWebUrl(url)) return { ok: false, reason: 'refused' };
    window.open(url, '_blank', 'noopener,noreferrer');
    return { ok: true };
  },
};
