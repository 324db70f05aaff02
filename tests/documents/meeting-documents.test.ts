import { beforeAll, describe, expect, it } from 'vitest';
import { buildAgenda, buildAttendanceSheet, buildInvitation, buildMinutes } from '../../shared/documents';
import { BLANK_GUEST_ROWS } from '../../shared/documents/attendance-sheet';
import { positionsInOrder, renderAndRead, squeeze, type RenderedPdf } from './pdf-tools';
import { approvedMinutes, nextMeeting, sampleMeeting } from './sample-data';

const meeting = sampleMeeting();

/** TOP numbers and titles in agenda order (the fixture stores them shuffled). */
const AGENDA = [
  ['1', 'Begrüßung, Feststellung'],
  ['2', 'Genehmigung des Protokolls'],
  ['3', 'Bericht aus dem Regionalen'],
  ['3.1', 'Sachstand der Handlungsfelder'],
  ['3.2', 'Bildungsmonitoring: Indikatorenliste'],
  ['4', 'Jahresplanung 2025 und'],
  ['5', 'Vorbereitung der 11. Regionalen'],
  ['5.1', 'Termin und Thema „Übergänge'],
  ['5.2', 'Sitzverteilung der Bildungskonferenz'],
  ['6', 'Gliederung des Bildungsberichts 2026'],
  ['7', 'Verschiedenes, Termine'],
] as const;

describe('Einladung (DIN 5008 letter)', () => {
  let pdf: RenderedPdf;
  beforeAll(async () => {
    pdf = await renderAndRead(buildInvitation(meeting), 'einladung');
  });

  it('has sender line, address field, date, subject and salutation in letter order', () => {
    const text = squeeze(pdf.text);
    positionsInOrder(text, [
      'Kreis Auenfeld · Regionales Bildungsbüro · Am Markt 1 · 47551 Auenfeld',
      'An die Mitglieder',
      'des Lenkungskreises',
      'Einladung zur 1. Sitzung 2025 des Lenkungskreises',
      'Sehr geehrte Damen und Herren,',
      'hiermit lade ich Sie herzlich zur 1. Sitzung 2025 des Lenkungskreises ein.',
    ]);
    expect(text).toMatch(/Datum: 28\.01\.2025/);
  });

  it('names date, time and place, the agenda in order, the reply-by date and the chair', () => {
    const text = squeeze(pdf.text);
    positionsInOrder(text, [
      'Datum Dienstag, 18. Februar 2025',
      'Uhrzeit 14:00–16:00 Uhr',
      'Ort Kreishaus Auenfeld, Raum 2.14',
      'Tagesordnung',
      ...AGENDA.map(([number, title]) => `${number} ${title}`),
      'Bitte teilen Sie uns bis zum 11.02.2025 mit, ob Sie teilnehmen.',
      'Mit freundlichen Grüßen',
      'Dr. Ulrike Stammen',
      'Kreisdezernentin für Schule, Jugend, Soziales',
      'Anlagen',
      'Vorlage LK-01/2025 – Jahresplanung 2025',
      'Vorlage LK-02/2025 – Sitzverteilung der Bildungskonferenz',
      'Vorlage LK-03/2025 – Gliederung des Bildungsberichts 2026',
    ]);
  });

  it('greets a single recipient by name', async () => {
    const single = sampleMeeting({
      recipient: {
        addressLines: ['Stadt Brückhoven', 'Frau Claudia Rettinghaus', 'Markt 3', '47560 Brückhoven'],
        person: { ...[...meeting.directory.persons.values()].find((p) => p.lastName === 'Rettinghaus')! },
      },
    });
    const text = squeeze((await renderAndRead(buildInvitation(single), 'einladung-einzeln')).text);
    positionsInOrder(text, [
      'Frau Claudia Rettinghaus',
      'Markt 3',
      '47560 Brückhoven',
      'Sehr geehrte Frau Rettinghaus,',
    ]);
  });
});

describe('Tagesordnung', () => {
  it('lists the items with their numbers in order, presenters and papers, without the time plan', async () => {
    const pdf = await renderAndRead(buildAgenda(meeting), 'tagesordnung');
    const text = squeeze(pdf.text);
    positionsInOrder(
      text,
      AGENDA.map(([number, title]) => `${number} ${title}`),
    );
    positionsInOrder(text, ['4 Jahresplanung 2025', 'Katrin Hollmann', 'Vorlage LK-01/2025', '5 Vorbereitung']);
    expect(text).not.toContain('14:35');
    expect(text).not.toContain('Beschlussvorschlag');
  });

  it('on the chair’s copy adds start times, planned minutes, proposed resolutions and notes', async () => {
    const pdf = await renderAndRead(buildAgenda(meeting, { chairCopy: true }), 'tagesordnung-vorsitz');
    const text = squeeze(pdf.text);
    const times = ['14:00', '14:05', '14:10', '14:15', '14:25', '14:35', '15:00', '15:05', '15:15', '15:30', '15:50'];
    positionsInOrder(
      text,
      AGENDA.map(([number, title], i) => `${times[i]} ${number} ${title}`),
    );
    expect(text).toContain('Tagesordnung – Exemplar der Sitzungsleitung');
    expect(text).toContain('Beschluss · geplant 25 Min.');
    positionsInOrder(text, ['Beschlussvorschlag', 'Der Lenkungskreis beschließt die Jahresplanung']);
    positionsInOrder(text, ['Hinweise für die Sitzungsleitung', 'Nach dem Bericht Wortmeldungen der']);
    expect(text).toContain('Geplantes Ende: 16:00 Uhr (Sitzungsende laut Einladung 16:00 Uhr)');
  });

  it('warns when the time plan runs past the end of the meeting', () => {
    const short = sampleMeeting({ meeting: { ...meeting.meeting, endTime: '15:30' } });
    expect(buildAgenda(short, { chairCopy: true }).warnings).toEqual([
      'Der Zeitplan endet um 16:00 Uhr und überschreitet das Sitzungsende (15:30 Uhr) um 30 Minuten.',
    ]);
  });
});

describe('Anwesenheitsliste', () => {
  let text: string;
  beforeAll(async () => {
    text = squeeze((await renderAndRead(buildAttendanceSheet(meeting), 'anwesenheitsliste')).text);
  });

  it('lists everyone invited with organisation and seat, and a signature column', () => {
    expect(text).toContain('Nr. Name, Organisation Sitz / in Vertretung für Unterschrift');
    positionsInOrder(text, [
      '1 Dr. Ulrike Stammen',
      'Kreisverwaltung Auenfeld',
      '2 Bernd Kleinhaus',
      '8 Stefan Möllers',
      '9 Birgit Endemann',
      'Grundschule Am Mühlenbach, Oberweiden',
      '11 Jana Brüggemann',
    ]);
  });

  it('shows who comes in whose place, who sent apologies, and a person without organisation as "–"', () => {
    expect(text).toMatch(/7 Jens Hoffmann \(Büro des in Vertretung für Claudia/);
    expect(text).toMatch(/6 Holger Pannenbecker Kreisangehörige Städte entschuldigt/);
    expect(text).toMatch(/11 Jana Brüggemann beratend\s+–/);
  });

  it('ends with the invited guests and numbered blank rows for further guests', () => {
    positionsInOrder(text, [
      'Gäste',
      '12 Dilek Yıldız',
      ...Array.from({ length: BLANK_GUEST_ROWS }, (_, i) => `${13 + i}`),
    ]);
  });
});

describe('Protokoll', () => {
  let draft: RenderedPdf;
  beforeAll(async () => {
    draft = await renderAndRead(buildMinutes(meeting), 'protokoll');
  });

  it('prints ENTWURF across every page of a draft', () => {
    expect(draft.pages.length).toBeGreaterThan(1);
    draft.rawPages.forEach((page) => expect(page).toContain('ENTWURF'));
  });

  it('opens with the header: body, number, date, start–end, place, chair, minute-taker, status', () => {
    positionsInOrder(squeeze(draft.text), [
      'Ergebnisprotokoll der 1. Sitzung 2025 des Lenkungskreises',
      'Gremium Lenkungskreis',
      'Sitzung 1. Sitzung 2025',
      'Datum Dienstag, 18. Februar 2025',
      'Beginn – Ende 14:00–16:05 Uhr',
      'Ort Kreishaus Auenfeld, Raum 2.14',
      'Sitzungsleitung Dr. Ulrike Stammen',
      'Protokoll Katrin Hollmann',
      'Status Entwurf – noch nicht genehmigt',
    ]);
  });

  it('groups attendance: present by role, represented, excused, guests', () => {
    positionsInOrder(squeeze(draft.text), [
      'Anwesenheit',
      'Anwesend – stimmberechtigt Dr. Ulrike Stammen',
      '7 Personen',
      'Birgit Endemann',
      'Anwesend – beratend Katrin Hollmann',
      'Jana Brüggemann – · beratend',
      'Vertreten Claudia Rettinghaus Stadt Brückhoven – vertreten durch Jens',
      'Entschuldigt Holger Pannenbecker',
      'Gäste Dilek Yıldız',
    ]);
  });

  it('gives every item in order with its notes, lists and results', () => {
    const text = squeeze(draft.text);
    positionsInOrder(text, [...AGENDA.map(([number]) => `TOP ${number} `), 'Aufgaben']);
    positionsInOrder(text, [
      'TOP 3.1 Sachstand der Handlungsfelder',
      'Berichterstattung: Katrin Hollmann',
      'Übergang Kita–Grundschule: 16 von 38 Grundschulen',
      'Kenntnisnahme: Der Lenkungskreis nimmt den Bericht zur Kenntnis.',
      'TOP 4 Jahresplanung',
      '1. Die Arbeitskreise legen bis zur Sommerpause ihre Maßnahmenpläne vor.',
      '2. Das Bildungsbüro koordiniert',
      'Beschluss B-LK-2025-02',
      'Der Lenkungskreis beschließt die Jahresplanung 2025',
      'Abstimmung: Konsens · Ergebnis: angenommen',
      'TOP 5.2 Sitzverteilung',
      'Beschluss B-LK-2025-04',
      'Abstimmung: Ja 7 · Nein 0 · Enthaltungen 1 · Ergebnis: angenommen',
      'Empfehlung E-2025-01 an alle Schulträger im Kreis Auenfeld',
    ]);
  });

  it('ends with the task table (Was · Wer · Bis wann), signature lines and enclosures', () => {
    positionsInOrder(squeeze(draft.text), [
      'Aufgaben',
      'TOP Was Wer Bis wann',
      '3.2 Indikatorenliste an den Lenkungskreis senden Marek Wiechers 15.04.2025',
      '5.1 Einladung zur Bildungskonferenz versenden',
      'Dr. Ulrike Stammen',
      'Sitzungsleitung',
      'Anlagen',
      'Vorlage LK-01/2025 – Jahresplanung 2025',
    ]);
    expect(draft.text).toMatch(/Katrin Hollmann\s+Protokollführung/);
  });

  it('once approved, drops the watermark and names the approval and the fingerprint', async () => {
    const approved = sampleMeeting({ minutes: approvedMinutes, approvedInMeeting: nextMeeting });
    const pdf = await renderAndRead(buildMinutes(approved), 'protokoll-genehmigt');
    const text = squeeze(pdf.text);
    expect(pdf.rawPages.join('')).not.toContain('ENTWURF');
    expect(text).toContain('Status Genehmigt am 27.05.2025 in der 2. Sitzung 2025 des Lenkungskreises');
    expect(text).toContain('SHA-256 3f9a6c0e 5b2d4f7a 8c1e9b0d 2f4a6c8e 0b1d3f5a 7c9e2b4d 6f8a0c1e 3b5d7f9a');
    expect(pdf.info['Keywords']).toContain('genehmigt');
  });

  it('says when minutes count as approved after the objection period, and prints amendments', async () => {
    const deemed = sampleMeeting({
      minutes: { ...approvedMinutes, deemedApproved: true, approvedOn: '2025-03-12' },
      amendments: [
        {
          id: 'amendment-1',
          createdAt: '2025-06-03T08:00:00.000Z',
          updatedAt: '2025-06-03T08:00:00.000Z',
          minutesId: approvedMinutes.id,
          date: '2025-06-03',
          reason: 'Schreibfehler im Namen',
          text: 'In TOP 4 muss es „Frau Vos“ statt „Frau Voss“ heißen.',
        },
      ],
    });
    const text = (await renderAndRead(buildMinutes(deemed), 'protokoll-fristablauf')).text.replace(/\s+/g, ' ');
    expect(text).toContain('Gilt als genehmigt seit dem 12.03.2025 (Einspruchsfrist ohne Einwände abgelaufen)');
    positionsInOrder(text, [
      'Berichtigungen',
      'Berichtigung vom 03.06.2025',
      'Grund: Schreibfehler im Namen',
      'statt „Frau Voss“',
    ]);
  });
});
