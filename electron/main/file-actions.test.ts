import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type FileActionDeps, describeWriteError, fileActions } from './file-actions';

const pdf = new TextEncoder().encode('%PDF-1.7\nProtokoll');
let root: string;
let documentsDirectory: string;
let tempDirectory: string;

beforeEach(async () => {
  root = await fs.mkdtemp(join(tmpdir(), 'file-actions-'));
  documentsDirectory = join(root, 'Dokumente');
  tempDirectory = join(root, 'temp');
  await fs.mkdir(documentsDirectory);
});

afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

function actions(overrides: Partial<FileActionDeps> = {}) {
  return fileActions({
    documentsDirectory,
    tempDirectory,
    showSaveDialog: vi.fn(async () => ({ canceled: true })),
    openPath: vi.fn(async () => ''),
    printFile: vi.fn(async () => ({ success: true, failureReason: '' })),
    ...overrides,
  });
}

const errorWithCode = (code: string) => Object.assign(new Error(code), { code });

describe('saveFile', () => {
  it('offers the suggested name in the documents folder and writes where the user chose', async () => {
    const chosen = join(documentsDirectory, 'Protokoll LK.pdf');
    const showSaveDialog = vi.fn(async () => ({ canceled: false, filePath: chosen }));
    const filters = [{ name: 'PDF-Dokument', extensions: ['pdf'] }];

    const result = await actions({ showSaveDialog }).saveFile({ suggestedName: 'Protokoll.pdf', data: pdf, filters });

    expect(showSaveDialog).toHaveBeenCalledWith({ defaultPath: join(documentsDirectory, 'Protokoll.pdf'), filters });
    expect(result).toEqual({ ok: true, path: chosen });
    expect(new Uint8Array(await fs.readFile(chosen))).toEqual(pdf);
  });

  it('reports a cancelled dialog and writes nothing', async () => {
    const writeFile = vi.fn();
    expect(await actions({ writeFile }).saveFile({ suggestedName: 'a.pdf', data: pdf })).toEqual({
      ok: false,
      reason: 'canceled',
    });
    expect(writeFile).not.toHaveBeenCalled();
  });

  it('reports a failed write with a German message that says what to do', async () => {
    const result = await actions({
      showSaveDialog: async () => ({ canceled: false, filePath: join(documentsDirectory, 'a.pdf') }),
      writeFile: async () => {
        throw errorWithCode('ENOSPC');
      },
    }).saveFile({ suggestedName: 'a.pdf', data: pdf });
    expect(result).toEqual({ ok: false, reason: 'write-failed', message: describeWriteError(errorWithCode('ENOSPC')) });
    expect(result.ok === false && result.message).toMatch(/nicht genug Platz/);
  });
});

describe('openPdf', () => {
  it('writes the PDF under its own name into the app temp folder and opens it', async () => {
    const openPath = vi.fn(async (_path: string) => '');
    const result = await actions({ openPath }).openPdf({ suggestedName: 'Einladung BK.pdf', data: pdf });

    expect(result).toEqual({ ok: true });
    const opened = openPath.mock.calls[0]?.[0] as string;
    expect(basename(opened)).toBe('Einladung BK.pdf');
    expect(dirname(dirname(opened))).toBe(tempDirectory);
    expect(new Uint8Array(await fs.readFile(opened))).toEqual(pdf);
  });

  it('keeps two PDFs of the same name apart', async () => {
    const openPath = vi.fn(async (_path: string) => '');
    const open = actions({ openPath });
    await open.openPdf({ suggestedName: 'a.pdf', data: pdf });
    await open.openPdf({ suggestedName: 'a.pdf', data: pdf });
    expect(openPath.mock.calls[0]?.[0]).not.toBe(openPath.mock.calls[1]?.[0]);
  });

  it('reports when no program could open it', async () => {
    const result = await actions({ openPath: async () => 'No application' }).openPdf({
      suggestedName: 'a.pdf',
      data: pdf,
    });
    expect(result).toMatchObject({ ok: false, reason: 'open-failed', message: expect.stringMatching(/PDF-Programm/) });
  });

  it('reports when the temp file cannot be written', async () => {
    const result = await actions({
      writeFile: async () => {
        throw errorWithCode('EACCES');
      },
    }).openPdf({ suggestedName: 'a.pdf', data: pdf });
    expect(result).toMatchObject({ ok: false, reason: 'write-failed', message: expect.stringMatching(/Berechtigung/) });
  });
});

describe('printPdf', () => {
  it('hands a temporary copy to the print dialog and removes it afterwards', async () => {
    let printed = '';
    const printFile = vi.fn(async (path: string) => {
      printed = path;
      expect(new Uint8Array(await fs.readFile(path))).toEqual(pdf);
      return { success: true, failureReason: '' };
    });

    expect(await actions({ printFile }).printPdf({ data: pdf, title: 'Protokoll' })).toEqual({ ok: true });
    expect(printFile).toHaveBeenCalledWith(printed, 'Protokoll');
    await expect(fs.access(printed)).rejects.toThrow();
    expect(await fs.readdir(tempDirectory)).toEqual([]);
  });

  it('reports a cancelled print dialog', async () => {
    const printFile = async () => ({ success: false, failureReason: 'cancelled' });
    expect(await actions({ printFile }).printPdf({ data: pdf, title: 'x' })).toEqual({ ok: false, reason: 'canceled' });
  });

  it.each([
    ['a failed job', async () => ({ success: false, failureReason: 'failed' })],
    ['a crash of the print window', async () => Promise.reject(new Error('load failed'))],
  ])('reports %s in German and cleans up', async (_label, printFile) => {
    const result = await actions({ printFile }).printPdf({ data: pdf, title: 'x' });
    expect(result).toMatchObject({
      ok: false,
      reason: 'print-failed',
      message: expect.stringMatching(/nicht gedruckt/),
    });
    expect(await fs.readdir(tempDirectory)).toEqual([]);
  });
});

describe('describeWriteError', () => {
  it('names unknown causes and still says what to do', () => {
    expect(describeWriteError(errorWithCode('EIO'))).toMatch(/\(EIO\).*Bitte/);
    expect(describeWriteError(new Error('?'))).toMatch(/^Die Datei konnte nicht gespeichert werden\. Bitte/);
    expect(describeWriteError(null)).toMatch(/^Die Datei konnte nicht gespeichert werden/);
  });
});
