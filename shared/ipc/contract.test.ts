import { describe, expect, it } from 'vitest';
import { channelNames } from './channel-names';
import {
  MAX_FILE_BYTES,
  OpenExternalResult,
  PdfBytes,
  PdfFileName,
  PrintPdfResult,
  SafeFileName,
  SaveFileRequest,
  SaveFileResult,
  channels,
} from './contract';

const pdf = new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n');

describe('channels', () => {
  it('covers exactly the channel names, each named domain:verb and used once', () => {
    expect(Object.keys(channels)).toEqual(Object.keys(channelNames));
    const names = Object.values(channels).map((channel) => channel.name);
    for (const name of names) expect(name).toMatch(/^[a-z]+:[a-z]+$/);
    expect(new Set(names).size).toBe(names.length);
  });

  it('getAppInfo takes no argument', () => {
    expect(channels.getAppInfo.request.safeParse(undefined).success).toBe(true);
    expect(channels.getAppInfo.request.safeParse({ path: '/' }).success).toBe(false);
  });
});

describe('SafeFileName', () => {
  it.each([
    'Protokoll Lenkungskreis 03-2026.pdf',
    'Einladung_Bildungskonferenz_2026-11-04.pdf',
    'Maßnahmenübersicht (Entwurf) – Stand März.csv',
    'a',
    'x'.repeat(200),
  ])('accepts %s', (name) => {
    expect(SafeFileName.safeParse(name).success).toBe(true);
  });

  it.each([
    ['empty', ''],
    ['too long', 'x'.repeat(201)],
    ['a relative path', '../Protokoll.pdf'],
    ['a sub-directory', 'ordner/Protokoll.pdf'],
    ['a Windows path', 'C:\\Users\\Public\\Protokoll.pdf'],
    ['a drive letter', 'C:Protokoll.pdf'],
    ['a UNC path', '\\\\server\\freigabe\\x.pdf'],
    ['the parent directory', '..'],
    ['the current directory', '.'],
    ['a hidden file', '.bashrc'],
    ['a trailing dot', 'Protokoll.pdf.'],
    ['a trailing space', 'Protokoll.pdf '],
    ['a leading space', ' Protokoll.pdf'],
    ['a wildcard', 'Protokoll*.pdf'],
    ['a question mark', 'Protokoll?.pdf'],
    ['quotes', 'Das "Protokoll".pdf'],
    ['angle brackets', '<Protokoll>.pdf'],
    ['a pipe', 'a|b.pdf'],
    ['a NUL byte', 'Protokoll.pdf\u0000.exe'],
    ['a newline', 'Protokoll\n.pdf'],
    ['a right-to-left override', 'Protokoll\u202efdp.exe'],
    ['a reserved device name', 'CON'],
    ['a reserved device name with extension', 'nul.pdf'],
    ['a COM port', 'com1.txt'],
  ])('refuses %s', (_label, name) => {
    expect(SafeFileName.safeParse(name).success).toBe(false);
  });

  it('answers in German', () => {
    expect(SafeFileName.safeParse('a/b.pdf').error?.issues[0]?.message).toMatch(/^Der Dateiname darf keine/);
  });
});

describe('PdfFileName and PdfBytes', () => {
  it('wants the .pdf extension, in any case', () => {
    expect(PdfFileName.safeParse('Protokoll.PDF').success).toBe(true);
    expect(PdfFileName.safeParse('Protokoll.pdf.exe').success).toBe(false);
    expect(PdfFileName.safeParse('Protokoll').success).toBe(false);
  });

  it('wants bytes that start like a PDF', () => {
    expect(PdfBytes.safeParse(pdf).success).toBe(true);
    expect(PdfBytes.safeParse(new TextEncoder().encode('MZ\x90\x00')).success).toBe(false);
    expect(PdfBytes.safeParse(new Uint8Array()).success).toBe(false);
    expect(PdfBytes.safeParse(pdf.buffer).success).toBe(false);
  });
});

describe('SaveFileRequest', () => {
  it('accepts data with optional filters', () => {
    const request = {
      suggestedName: 'Adressen.csv',
      data: new Uint8Array([65]),
      filters: [{ name: 'CSV', extensions: ['csv'] }],
    };
    expect(SaveFileRequest.parse(request)).toEqual(request);
  });

  it('refuses files above 200 MB without copying them', () => {
    const huge = new Uint8Array(new ArrayBuffer(MAX_FILE_BYTES + 1));
    expect(SaveFileRequest.safeParse({ suggestedName: 'x.bin', data: huge }).error?.issues[0]?.message).toBe(
      'Die Datei ist größer als 200 MB.',
    );
  });
});

describe('result schemas', () => {
  it('accept success and the listed failures', () => {
    expect(SaveFileResult.safeParse({ ok: true, path: '/x.pdf' }).success).toBe(true);
    expect(SaveFileResult.safeParse({ ok: false, reason: 'canceled' }).success).toBe(true);
    expect(
      SaveFileResult.safeParse({ ok: false, reason: 'write-failed', message: 'Der Datenträger ist voll.' }).success,
    ).toBe(true);
    expect(PrintPdfResult.safeParse({ ok: true }).success).toBe(true);
    expect(OpenExternalResult.safeParse({ ok: false, reason: 'refused' }).success).toBe(true);
  });

  it('refuse unknown reasons, missing payloads and extra keys', () => {
    expect(SaveFileResult.safeParse({ ok: true }).success).toBe(false);
    expect(SaveFileResult.safeParse({ ok: false, reason: 'refused' }).success).toBe(false);
    expect(SaveFileResult.safeParse({ ok: true, path: '/x', stack: 'Error: …' }).success).toBe(false);
    expect(OpenExternalResult.safeParse({ ok: 'yes' }).success).toBe(false);
  });
});
