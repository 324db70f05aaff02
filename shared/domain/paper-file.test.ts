import { describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_BYTES } from '../schemas';
import { defaultMeetingTimes } from './meeting-defaults';
import { paperFileProblem, paperMimeType, paperSaveName } from './paper-file';

describe('papers', () => {
  it('takes the reported type when accepted, else the extension', () => {
    expect(paperMimeType('Vorlage.pdf', 'application/pdf')).toBe('application/pdf');
    expect(paperMimeType('Haushalt.XLSX', '')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(paperMimeType('Foto.jpeg', 'application/octet-stream')).toBe('image/jpeg');
    expect(paperMimeType('setup.exe', 'application/x-msdownload')).toBeUndefined();
  });

  it('refuses unknown types, empty and oversized files in German', () => {
    expect(paperFileProblem({ name: 'a.pdf', size: 1000, type: 'application/pdf' })).toBeUndefined();
    expect(paperFileProblem({ name: 'setup.exe', size: 10, type: '' })).toMatch(
      /^Dateien vom Typ „\.exe“ können nicht/,
    );
    expect(paperFileProblem({ name: 'README', size: 10, type: '' })).toMatch(/^Dateien ohne Endung/);
    expect(paperFileProblem({ name: 'leer.pdf', size: 0, type: 'application/pdf' })).toBe(
      'Die Datei „leer.pdf“ ist leer.',
    );
    expect(paperFileProblem({ name: 'gross.pdf', size: MAX_ATTACHMENT_BYTES + 1, type: 'application/pdf' })).toMatch(
      /ist 25 MB groß\. Erlaubt sind höchstens 25 MB/,
    );
    expect(paperFileProblem({ name: 'riesig.pdf', size: 31.5 * 1024 * 1024, type: 'application/pdf' })).toMatch(
      /31,5 MB/,
    );
  });
});

describe('new meeting times', () => {
  it('uses the body defaults and stays before midnight', () => {
    expect(defaultMeetingTimes({ defaultStartTime: '09:30', defaultDurationMinutes: 90 })).toEqual({
      startTime: '09:30',
      endTime: '11:00',
    });
    expect(defaultMeetingTimes({})).toEqual({ startTime: '14:00', endTime: '16:00' });
    expect(defaultMeetingTimes({ defaultStartTime: '22:00', defaultDurationMinutes: 240 }).endTime).toBe('23:59');
  });
});

describe('saving papers again', () => {
  it('gives a safe file name that keeps the extension', () => {
    expect(paperSaveName('Vorlage Übergänge.pdf')).toBe('Vorlage-Uebergaenge.pdf');
    expect(paperSaveName('..\\secret:<x>.DOCX')).toBe('secret-x.docx');
    expect(paperSaveName('ohne Endung')).toBe('ohne-Endung');
    expect(paperSaveName('.pdf')).toBe('Datei.pdf');
  });
});
