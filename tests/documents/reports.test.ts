import { describe, expect, it } from 'vitest';
import { buildActionFieldReport, buildTaskOverview } from '../../shared/documents';
import { positionsInOrder, renderAndRead, squeeze } from './pdf-tools';
import { sampleActionFieldReport, sampleTaskOverview } from './sample-data';

describe('Aufgaben- und Beschlussübersicht', () => {
  it('groups open tasks and resolutions by body, with owner, due date, status and origin', async () => {
    const text = squeeze((await renderAndRead(buildTaskOverview(sampleTaskOverview('body')), 'uebersicht')).text);
    positionsInOrder(text, [
      'Stand 03.03.2025 · nach Gremien gegliedert · 10 offene Aufgaben, davon 6 überfällig',
      'Lenkungskreis',
      'Offene Aufgaben',
      'Was Wer Bis wann Status Herkunft',
      'Zwei Schulvertretungen für den Annette Vos 15.03.2025 offen LK 1/2025 vom',
      'Indikatorenliste an den Marek Wiechers 15.04.2025 in Arbeit',
      'Beschlüsse und Empfehlungen',
      'Beschluss B-LK-2025-01',
      'umgesetzt',
      'Beschluss B-LK-2025-02',
      'in Umsetzung',
      'Empfehlung E-2025-01 an alle Schulträger im Kreis Auenfeld',
      'Ohne Gremium',
      'überfällig',
    ]);
    expect(text).toContain('18.02.2025, TOP 3.2');
  });

  it('groups by action field when asked, linking tasks through their measure and results through their item', async () => {
    const text = squeeze(
      (await renderAndRead(buildTaskOverview(sampleTaskOverview('actionField')), 'uebersicht-hf')).text,
    );
    positionsInOrder(text, [
      'nach Handlungsfeldern gegliedert',
      '1. Übergang Kita–Grundschule',
      'Zwischenbericht Katrin Hollmann 28.02.2025 offen Maßnahme',
      '„Kooperationskalender und',
      '5. Digitale Bildung und MINT',
      'Beschluss B-LK-2025-05',
      '6. Ganztag (OGS-Rechtsanspruch 2026)',
      'Ohne Handlungsfeld',
      'Beschluss B-LK-2025-01',
    ]);
  });
});

describe('Sachstandsbericht Handlungsfelder', () => {
  it('gives an overview, then per field its goals, measures with status, indicators and open tasks', async () => {
    const text = squeeze((await renderAndRead(buildActionFieldReport(sampleActionFieldReport()), 'sachstand')).text);
    positionsInOrder(text, [
      'Stand 03.03.2025 · für: Lenkungskreis, Sitzung am 27.05.2025',
      'Überblick',
      '1 Übergang Kita–Grundschule 2 von 3 0 1',
      '6 Ganztag (OGS-Rechtsanspruch 2026) 1 von 2 0 1',
      '1. Übergang Kita–Grundschule',
      'Leitung Selin Aydın (Bildungsbüro) mit der unteren Schulaufsicht',
      'Verantwortung Land und Kommune gemeinsam',
      'Ziel',
      'Bis 07/2027 haben alle 38 Grundschulen',
      'Maßnahmen',
      'Maßnahme Verantwortlich Zeitraum Status',
      'Gemeinsame Fortbildung für Erzieherinnen, Kreis Auenfeld 01/2025–12/2026 laufend',
      'Übergabebogen mit Einwilligung der Eltern Kreis Auenfeld ab 08/2025 geplant',
      'Indikatoren',
      'Indikator Ausgangswert Zielwert Aktuell',
      'Grundschulen mit Kooperationsvereinbarung 42 % 100 % 58 %',
      '2023 2027 2025',
      'Offene Aufgaben',
      '2. Berufliche Orientierung / KAoA',
      'Angebotene BFE-Plätze 950 Plätze 1.200 Plätze 1.200 Plätze',
      '4. Sprachbildung und Integration Neuzugewanderter',
      'Median der Tage bis zur Schulplatzvergabe 63 Tage 42 Tage 55,5 Tage',
    ]);
    expect(text).toMatch(/Schulträger, die den Leitfaden übernommen haben 0 von 9 9 von 9 –/);
  });
});
