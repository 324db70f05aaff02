import { describe, expect, it } from 'vitest';
import { documentFileName, fileNamePart } from './file-name';

describe('document file names', () => {
  it('combines date, body and kind', () => {
    expect(documentFileName('2026-02-18', 'Lenkungskreis', 'protokoll')).toBe('2026-02-18_Lenkungskreis_Protokoll.pdf');
    expect(documentFileName('2025-05-14', 'Regionale Bildungskonferenz', 'einladung')).toBe(
      '2025-05-14_Regionale-Bildungskonferenz_Einladung.pdf',
    );
    expect(documentFileName('2025-02-18', 'Lenkungskreis', 'tagesordnung-sitzungsleitung')).toBe(
      '2025-02-18_Lenkungskreis_Tagesordnung_Sitzungsleitung.pdf',
    );
  });

  it('transliterates umlauts and ß and leaves no spaces, slashes or quotes', () => {
    expect(fileNamePart('Regionales Bildungsbüro')).toBe('Regionales-Bildungsbuero');
    expect(fileNamePart('AK „Übergang Schule–Beruf“ / Straße')).toBe('AK-Uebergang-Schule-Beruf-Strasse');
    expect(fileNamePart('Café Ayşe Aydın')).toBe('Cafe-Ayse-Aydin');
    expect(fileNamePart('🎉')).toBe('');
    expect(documentFileName('2025-01-01', '🎉', 'protokoll')).toBe('2025-01-01_Dokument_Protokoll.pdf');
  });

  it('keeps long names short', () => {
    expect(fileNamePart('Arbeitskreis '.repeat(20)).length).toBeLessThanOrEqual(60);
  });
});
