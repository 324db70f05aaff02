import { randomUUID } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import { join } from 'node:path';
import type { ParsedRequestOf, ResultOf } from '../../shared/ipc/contract';
import { writeFileAtomic } from './atomic-write';

/** What the file actions need from Electron and the disk, passed in so they can be tested. */
export interface FileActionDeps {
  /** Where the save dialog starts. */
  documentsDirectory: string;
  /** A folder of the app's own below the system's temp folder; emptied at start. */
  tempDirectory: string;
  showSaveDialog: (options: {
    defaultPath: string;
    filters?: { name: string; extensions: string[] }[];
  }) => Promise<{ canceled: boolean; filePath?: string }>;
  /** Resolves to an error message, or '' on success (like `shell.openPath`). */
  openPath: (path: string) => Promise<string>;
  /** Shows the system print dialog for a PDF file; resolves when printing was sent or given up. */
  printFile: (path: string, title: string) => Promise<{ success: boolean; failureReason: string }>;
  writeFile?: (path: string, data: Uint8Array) => Promise<void>;
  fs?: Pick<typeof nodeFs, 'mkdir' | 'rm'>;
}

const WRITE_ERROR_MESSAGES: Readonly<Record<string, string>> = {
  ENOSPC: 'Auf dem Datenträger ist nicht genug Platz. Bitte Platz schaffen oder einen anderen Ort wählen.',
  EDQUOT: 'Ihr Speicherkontingent ist erschöpft. Bitte Platz schaffen oder einen anderen Ort wählen.',
  EACCES: 'Keine Berechtigung, hier zu speichern. Bitte einen anderen Ordner wählen.',
  EPERM:
    'Die Datei kann nicht ersetzt werden – vielleicht ist sie in einem anderen Programm geöffnet. Bitte dort schließen oder einen anderen Namen wählen.',
  EBUSY: 'Die Datei ist in einem anderen Programm geöffnet. Bitte dort schließen und noch einmal versuchen.',
  EROFS: 'Dieser Ort ist schreibgeschützt. Bitte einen anderen Ordner wählen.',
  ENOENT: 'Der Ordner existiert nicht mehr. Bitte einen anderen Ordner wählen.',
  ENAMETOOLONG: 'Der Pfad ist zu lang. Bitte einen kürzeren Namen oder Ordner wählen.',
};

/** A German sentence that says what went wrong while writing a file and what to do. */
export function describeWriteError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const known = typeof code === 'string' ? WRITE_ERROR_MESSAGES[code] : undefined;
  const cause = typeof code === 'string' ? ` (${code})` : '';
  return (
    known ??
    `Die Datei konnte nicht gespeichert werden${cause}. Bitte noch einmal versuchen oder einen anderen Ort wählen.`
  );
}

export function fileActions(deps: FileActionDeps) {
  const writeFile = deps.writeFile ?? writeFileAtomic;
  const fs = deps.fs ?? nodeFs;

  /** Each PDF gets its own folder, so it keeps its readable name and never collides with one still open. */
  async function writeTempFile(name: string, data: Uint8Array): Promise<{ folder: string; path: string }> {
    const folder = join(deps.tempDirectory, randomUUID());
    await fs.mkdir(folder, { recursive: true, mode: 0o700 });
    const path = join(folder, name);
    await writeFile(path, data);
    return { folder, path };
  }

  return {
    async saveFile({ suggestedName, data, filters }: ParsedRequestOf<'saveFile'>): Promise<ResultOf<'saveFile'>> {
      const choice = await deps.showSaveDialog({
        defaultPath: join(deps.documentsDirectory, suggestedName),
        ...(filters ? { filters } : {}),
      });
      if (choice.canceled || !choice.filePath) return { ok: false, reason: 'canceled' };
      try {
        await writeFile(choice.filePath, data);
        return { ok: true, path: choice.filePath };
      } catch (error) {
        return { ok: false, reason: 'write-failed', message: describeWriteError(error) };
      }
    },

    async openPdf({ suggestedName, data }: ParsedRequestOf<'openPdf'>): Promise<ResultOf<'openPdf'>> {
      let path: string;
      try {
        ({ path } = await writeTempFile(suggestedName, data));
      } catch (error) {
        return { ok: false, reason: 'write-failed', message: describeWriteError(error) };
      }
      const failure = await deps.openPath(path);
      return failure === ''
        ? { ok: true }
        : {
            ok: false,
            reason: 'open-failed',
            message: 'Die PDF-Datei konnte nicht geöffnet werden. Ist ein PDF-Programm installiert?',
          };
    },

    async printPdf({ data, title }: ParsedRequestOf<'printPdf'>): Promise<ResultOf<'printPdf'>> {
      let temp: { folder: string; path: string };
      try {
        temp = await writeTempFile('Druck.pdf', data);
      } catch (error) {
        return { ok: false, reason: 'print-failed', message: describeWriteError(error) };
      }
      try {
        const { success, failureReason } = await deps.printFile(temp.path, title);
        if (success) return { ok: true };
        if (failureReason === 'cancelled') return { ok: false, reason: 'canceled' };
      } catch {
        // Reported below like any other failed print job.
      } finally {
        await fs.rm(temp.folder, { recursive: true, force: true }).catch(() => undefined);
      }
      return {
        ok: false,
        reason: 'print-failed',
        message:
          'Das Dokument konnte nicht gedruckt werden. Bitte den Drucker prüfen oder die PDF öffnen und von dort drucken.',
      };
    },
  };
}
