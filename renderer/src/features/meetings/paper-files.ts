import { paperSaveName } from '../../../../shared/domain/paper-file';
import type { Attachment } from '../../../../shared/schemas';
import { platform } from '../../platform/api';

const bytesOf = async (paper: Attachment): Promise<Uint8Array<ArrayBuffer>> =>
  new Uint8Array(await paper.blob.arrayBuffer());

/** Opens a PDF in the system's viewer; other files are saved, to be opened from there. */
export async function openPaper(paper: Attachment) {
  const suggestedName = paperSaveName(paper.fileName);
  if (paper.mimeType === 'application/pdf') return platform.openPdf({ data: await bytesOf(paper), suggestedName });
  return platform.saveFile({ suggestedName, data: await bytesOf(paper) });
}

/** Saves a stored paper as a file again. */
export const savePaper = async (paper: Attachment) =>
  platform.saveFile({ suggestedName: paperSaveName(paper.fileName), data: await bytesOf(paper) });
