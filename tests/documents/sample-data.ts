import type { z } from 'zod';
import {
  ActionField,
  AgendaItem,
  Attachment,
  Body,
  Goal,
  Indicator,
  IndicatorValue,
  Measure,
  Meeting,
  Minutes,
  Network,
  Organisation,
  Participant,
  Person,
  Result,
  Task,
  type RichText,
} from '../../shared/schemas';
import { assembleMeetingDocumentData } from '../../shared/documents/meeting-data';
import type {
  ActionFieldReportData,
  AttachmentInfo,
  Directory,
  DocumentContext,
  MeetingDocumentData,
  MeetingRecords,
  TaskOverviewData,
} from '../../shared/documents/model';

/**
 * Demo-like data of the fictional Kreis Auenfeld (domain-research.md §10): the Lenkungskreis'
 * 1st meeting 2025 with 7 items and sub-items, attendance, results, tasks and draft minutes, and
 * the six action fields. Every record is validated with the shared schemas.
 */

const STAMP = '2025-01-20T09:00:00.000Z';
let sequence = 0;

function record<S extends z.ZodType>(schema: S, prefix: string, input: object): z.infer<S> {
  sequence += 1;
  return schema.parse({
    id: `${prefix}-${String(sequence).padStart(4, '0')}`,
    createdAt: STAMP,
    updatedAt: STAMP,
    ...input,
  });
}

const byId = <T extends { id: string }>(items: readonly T[]): Map<string, T> => new Map(items.map((i) => [i.id, i]));

export const LOGO_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="64" viewBox="0 0 200 64">' +
  '<rect x="0" y="8" width="48" height="48" rx="6" fill="#1f1f1f"/>' +
  '<path d="M10 44 L24 18 L38 44 Z" fill="#ffffff"/>' +
  '<rect x="58" y="14" width="136" height="10" fill="#1f1f1f"/>' +
  '<rect x="58" y="32" width="100" height="6" fill="#6b6b6b"/>' +
  '<rect x="58" y="44" width="118" height="6" fill="#6b6b6b"/></svg>';

export const network: Network = record(Network, 'network', {
  name: 'Regionales Bildungsnetzwerk Bildungsregion Kreis Auenfeld',
  region: 'Kreis Auenfeld',
  governmentDistrict: 'Düsseldorf',
  contractDate: '2014-03-12',
  letterheadSender: 'Kreis Auenfeld · Regionales Bildungsbüro · Am Markt 1 · 47551 Auenfeld',
  letterheadAddress:
    'Kreis Auenfeld – Der Landrat\nAmt für Schule und Bildung\nRegionales Bildungsbüro\nKreishaus, Am Markt 1\n47551 Auenfeld',
  letterheadContact: 'Telefon 02821 85-400 · bildungsbuero@kreis-auenfeld.de · www.bildungsregion-auenfeld.de',
});

export const context: DocumentContext = { network, logo: { kind: 'svg', markup: LOGO_SVG }, issuedOn: '2025-03-03' };

const body = (input: object) => record(Body, 'body', { networkId: network.id, ...input });
export const lenkungskreis = body({
  kind: 'lenkungskreis',
  name: 'Lenkungskreis',
  code: 'LK',
  noticeDays: 14,
  minutesKind: 'ergebnisprotokoll',
  approvalRule: 'naechste-sitzung',
});
export const bildungskonferenz = body({
  kind: 'bildungskonferenz',
  name: 'Regionale Bildungskonferenz',
  code: 'BK',
  noticeDays: 14,
  minutesKind: 'ergebnisprotokoll',
  approvalRule: 'fristablauf',
  objectionDays: 14,
});
export const akSchuleBeruf = body({
  kind: 'arbeitskreis',
  name: 'Arbeitskreis Übergang Schule–Beruf',
  code: 'AK-KAOA',
  noticeDays: 7,
  minutesKind: 'ergebnisprotokoll',
  approvalRule: 'fristablauf',
  objectionDays: 14,
});

const organisation = (name: string, type: string, shortName?: string) =>
  record(Organisation, 'org', { name, type, ...(shortName ? { shortName } : {}), town: 'Auenfeld' });
const orgs = {
  kreis: organisation('Kreisverwaltung Auenfeld', 'Kommune/Schulträger', 'Kreis Auenfeld'),
  bezreg: organisation('Bezirksregierung Düsseldorf', 'Schulaufsicht (obere)'),
  schulamt: organisation('Schulamt für den Kreis Auenfeld', 'Schulaufsicht (untere)', 'Schulamt'),
  jugendamt: organisation('Kreisjugendamt Auenfeld', 'Jugendamt'),
  stadtAuenfeld: organisation('Stadt Auenfeld', 'Kommune/Schulträger'),
  stadtBrueckhoven: organisation('Stadt Brückhoven', 'Kommune/Schulträger'),
  gesamtschule: organisation('Städtische Gesamtschule Lindmar', 'Weiterführende Schule'),
  grundschule: organisation('Grundschule Am Mühlenbach, Oberweiden', 'Grundschule'),
  ki: organisation('Kommunales Integrationszentrum Kreis Auenfeld', 'Kommune/Schulträger', 'KI Kreis Auenfeld'),
  ihk: organisation('IHK, Geschäftsstelle Auenfeld', 'Kammer/Wirtschaft', 'IHK Auenfeld'),
};

const person = (input: object) => record(Person, 'person', input);
export const persons = {
  stammen: person({
    salutation: 'frau',
    title: 'Dr.',
    firstName: 'Ulrike',
    lastName: 'Stammen',
    function: 'Kreisdezernentin für Schule, Jugend, Soziales',
    organisationId: orgs.kreis.id,
  }),
  kleinhaus: person({
    salutation: 'herr',
    firstName: 'Bernd',
    lastName: 'Kleinhaus',
    function: 'Leitender Regierungsschuldirektor',
    organisationId: orgs.bezreg.id,
  }),
  vos: person({
    salutation: 'frau',
    firstName: 'Annette',
    lastName: 'Vos',
    function: 'Schulamtsdirektorin',
    organisationId: orgs.schulamt.id,
  }),
  oberdieck: person({
    salutation: 'herr',
    firstName: 'Frank',
    lastName: 'Oberdieck',
    function: 'Leiter Amt für Schule und Bildung',
    organisationId: orgs.kreis.id,
  }),
  sauerland: person({
    salutation: 'frau',
    firstName: 'Miriam',
    lastName: 'Sauerland',
    function: 'Leiterin Kreisjugendamt',
    organisationId: orgs.jugendamt.id,
  }),
  pannenbecker: person({
    salutation: 'herr',
    firstName: 'Holger',
    lastName: 'Pannenbecker',
    function: 'Beigeordneter für Bildung',
    organisationId: orgs.stadtAuenfeld.id,
  }),
  rettinghaus: person({
    salutation: 'frau',
    firstName: 'Claudia',
    lastName: 'Rettinghaus',
    function: 'Schuldezernentin',
    organisationId: orgs.stadtBrueckhoven.id,
  }),
  moellers: person({
    salutation: 'herr',
    firstName: 'Stefan',
    lastName: 'Möllers',
    function: 'Schulleiter',
    organisationId: orgs.gesamtschule.id,
  }),
  endemann: person({
    salutation: 'frau',
    firstName: 'Birgit',
    lastName: 'Endemann',
    function: 'Schulleiterin',
    organisationId: orgs.grundschule.id,
  }),
  hollmann: person({
    salutation: 'frau',
    firstName: 'Katrin',
    lastName: 'Hollmann',
    function: 'Leitung Regionales Bildungsbüro',
    organisationId: orgs.kreis.id,
  }),
  wiechers: person({
    salutation: 'herr',
    firstName: 'Marek',
    lastName: 'Wiechers',
    function: 'Bildungsmonitoring',
    organisationId: orgs.kreis.id,
  }),
  aydin: person({
    salutation: 'frau',
    firstName: 'Selin',
    lastName: 'Aydın',
    function: 'Pädagogische Mitarbeiterin',
    organisationId: orgs.kreis.id,
  }),
  yildiz: person({
    salutation: 'frau',
    firstName: 'Dilek',
    lastName: 'Yıldız',
    function: 'Leitung Kommunales Integrationszentrum',
    organisationId: orgs.ki.id,
  }),
  /** No organisation on purpose: printed as "–". */
  brueggemann: person({
    salutation: 'frau',
    firstName: 'Jana',
    lastName: 'Brüggemann',
    function: 'Kommunale Koordinierung KAoA',
  }),
};

export const directory: Directory = {
  persons: byId(Object.values(persons)),
  organisations: byId(Object.values(orgs)),
  bodies: byId([lenkungskreis, bildungskonferenz, akSchuleBeruf]),
};

export const meeting: Meeting = record(Meeting, 'meeting', {
  bodyId: lenkungskreis.id,
  year: 2025,
  number: 1,
  date: '2025-02-18',
  startTime: '14:00',
  endTime: '16:00',
  location: 'Kreishaus Auenfeld, Raum 2.14',
  chairPersonId: persons.stammen.id,
  minuteTakerPersonId: persons.hollmann.id,
  status: 'protokoll-entwurf',
  invitationSentOn: '2025-01-28',
  replyBy: '2025-02-11',
  actualStart: '14:00',
  actualEnd: '16:05',
});

export const nextMeeting: Meeting = record(Meeting, 'meeting', {
  bodyId: lenkungskreis.id,
  year: 2025,
  number: 2,
  date: '2025-05-27',
  startTime: '14:00',
  endTime: '16:00',
  location: 'Kreishaus Auenfeld, Raum 2.14',
});

const text = (value: string, marks?: ('bold' | 'italic')[]) => ({
  type: 'text' as const,
  text: value,
  ...(marks ? { marks: marks.map((type) => ({ type })) } : {}),
});
const paragraph = (...content: ReturnType<typeof text>[]) => ({ type: 'paragraph' as const, content });
const list = (type: 'bulletList' | 'orderedList', ...items: string[]) => ({
  type,
  content: items.map((item) => ({ type: 'listItem' as const, content: [paragraph(text(item))] })),
});
const notes = (...content: object[]): RichText => ({ type: 'doc', content: content as RichText[] });

const item = (input: object) => record(AgendaItem, 'item', { meetingId: meeting.id, isPublic: false, ...input });
const top1 = item({
  position: 1,
  kind: 'formalia',
  title: 'Begrüßung, Feststellung der ordnungsgemäßen Einladung und der Tagesordnung',
  plannedMinutes: 5,
  presenterPersonId: persons.stammen.id,
  notes: notes(
    paragraph(
      text(
        'Frau Dr. Stammen begrüßt die Mitglieder und stellt die ordnungsgemäße Einladung fest. Die Tagesordnung wird ohne Änderungen festgestellt.',
      ),
    ),
  ),
});
const top2 = item({
  position: 2,
  kind: 'formalia',
  title: 'Genehmigung des Protokolls der Sitzung vom 26.11.2024',
  plannedMinutes: 5,
  presenterPersonId: persons.stammen.id,
  proposedResolution: 'Das Protokoll der Sitzung vom 26.11.2024 wird genehmigt.',
});
const top3 = item({
  position: 3,
  kind: 'bericht',
  title: 'Bericht aus dem Regionalen Bildungsbüro',
  plannedMinutes: 5,
  presenterPersonId: persons.hollmann.id,
  description: 'Sachstand der Arbeitskreise und des Bildungsmonitorings',
});
const top31 = item({
  position: 1,
  parentId: top3.id,
  kind: 'bericht',
  title: 'Sachstand der Handlungsfelder',
  plannedMinutes: 10,
  presenterPersonId: persons.hollmann.id,
  notes: notes(
    paragraph(text('Frau Hollmann berichtet über den Stand in den sechs Handlungsfeldern. Hervorzuheben sind:')),
    list(
      'bulletList',
      'Übergang Kita–Grundschule: 16 von 38 Grundschulen haben eine Kooperationsvereinbarung abgeschlossen.',
      'KAoA: Die BFE-Platzbörse bietet 1.200 Plätze; Auslastung 90 %.',
      'Ganztag: Die Raumbedarfsanalyse mit den acht Städten läuft.',
    ),
  ),
});
const top32 = item({
  position: 2,
  parentId: top3.id,
  kind: 'bericht',
  title: 'Bildungsmonitoring: Indikatorenliste für den Bildungsbericht',
  plannedMinutes: 10,
  presenterPersonId: persons.wiechers.id,
  notes: notes(
    paragraph(
      text('Herr Wiechers stellt den Entwurf der Indikatorenliste vor. Die Mitglieder regen an, die '),
      text('Übergangsquoten', ['bold']),
      text(' nach Schulformen auszuweisen.'),
    ),
  ),
});
const top4 = item({
  position: 4,
  kind: 'beschluss',
  title: 'Jahresplanung 2025 und Arbeitsaufträge an die sechs Arbeitskreise',
  plannedMinutes: 25,
  presenterPersonId: persons.hollmann.id,
  proposedResolution:
    'Der Lenkungskreis beschließt die Jahresplanung 2025 (Vorlage LK-01/2025) und erteilt den Arbeitskreisen die darin genannten Arbeitsaufträge.',
  chairNotes: 'Nach dem Bericht Wortmeldungen der Schulaufsicht aufrufen; Konsens feststellen.',
  notes: notes(
    paragraph(
      text('Frau Hollmann erläutert die Jahresplanung. Schwerpunkte sind '),
      text('Übergänge', ['bold']),
      text(', der '),
      text('Ganztag', ['italic']),
      text(' und die Vorbereitung des ersten Bildungsberichts.'),
    ),
    list(
      'orderedList',
      'Die Arbeitskreise legen bis zur Sommerpause ihre Maßnahmenpläne vor.',
      'Das Bildungsbüro koordiniert die Termine und führt die Übersicht der Maßnahmen.',
    ),
    paragraph(
      text(
        'Herr Kleinhaus begrüßt die Schwerpunktsetzung für die Schulaufsicht; Frau Vos sagt die Beteiligung des Schulamts zu.',
      ),
    ),
  ),
});
const top5 = item({
  position: 5,
  kind: 'beratung',
  title: 'Vorbereitung der 11. Regionalen Bildungskonferenz am 14.05.2025',
  plannedMinutes: 5,
  presenterPersonId: persons.hollmann.id,
});
const top51 = item({
  position: 1,
  parentId: top5.id,
  kind: 'beschluss',
  title: 'Termin und Thema „Übergänge gestalten“',
  plannedMinutes: 10,
  presenterPersonId: persons.hollmann.id,
  proposedResolution:
    'Die Bildungskonferenz findet am 14.05.2025 im Forum des Berufskollegs Auenfeld unter dem Thema „Übergänge gestalten“ statt.',
});
const top52 = item({
  position: 2,
  parentId: top5.id,
  kind: 'beschluss',
  title: 'Sitzverteilung der Bildungskonferenz',
  plannedMinutes: 15,
  presenterPersonId: persons.oberdieck.id,
  chairNotes: 'Abstimmung ist beantragt (Stadt Auenfeld); Stimmen auszählen.',
});
const top6 = item({
  position: 6,
  kind: 'beschluss',
  title: 'Gliederung des Bildungsberichts 2026',
  plannedMinutes: 20,
  presenterPersonId: persons.wiechers.id,
  proposedResolution: 'Der Lenkungskreis stimmt der Gliederung des Bildungsberichts 2026 (Vorlage LK-03/2025) zu.',
  notes: notes(
    paragraph(
      text(
        'Die Gliederung wird mit einer Änderung beschlossen: Das Kapitel „Non-formale Bildung“ wird um die Offene Jugendarbeit ergänzt.',
      ),
    ),
  ),
});
const top7 = item({
  position: 7,
  kind: 'verschiedenes',
  title: 'Verschiedenes, Termine',
  plannedMinutes: 10,
  presenterText: 'alle',
  notes: notes(paragraph(text('Weitere Sitzungstermine 2025: 27.05., 09.09. und 25.11.2025, jeweils 14:00 Uhr.'))),
});
export const agendaItems = [top7, top52, top1, top31, top2, top6, top3, top51, top5, top4, top32];

const participant = (position: number, p: Person, input: object = {}) =>
  record(Participant, 'participant', {
    meetingId: meeting.id,
    personId: p.id,
    displayName: [p.title, p.firstName, p.lastName].filter(Boolean).join(' '),
    ...(p.organisationId ? { organisationName: directory.organisations.get(p.organisationId)!.name } : {}),
    isVoting: true,
    reply: 'zugesagt',
    attendance: 'anwesend',
    position,
    ...input,
  });
export const participants = [
  participant(1, persons.stammen, { roleLabel: 'Co-Vorsitz (Kommune)', seat: 'Kreis Auenfeld' }),
  participant(2, persons.kleinhaus, { roleLabel: 'Co-Vorsitz (Land)', seat: 'Obere Schulaufsicht' }),
  participant(3, persons.vos, { seat: 'Untere Schulaufsicht' }),
  participant(4, persons.oberdieck, { seat: 'Schulträger Kreis' }),
  participant(5, persons.sauerland, { seat: 'Jugendhilfe' }),
  participant(6, persons.pannenbecker, {
    seat: 'Kreisangehörige Städte',
    reply: 'abgesagt',
    attendance: 'entschuldigt',
  }),
  participant(7, persons.rettinghaus, {
    seat: 'Kreisangehörige Städte (rotierend)',
    reply: 'vertreten',
    attendance: 'vertreten',
    substituteName: 'Jens Hoffmann (Büro des Bürgermeisters, Stadt Brückhoven)',
  }),
  participant(8, persons.moellers, { seat: 'Schulen der Sekundarstufe' }),
  participant(9, persons.endemann, { seat: 'Grundschulen' }),
  participant(10, persons.hollmann, {
    isVoting: false,
    roleLabel: 'beratend, Protokoll',
    seat: 'Regionales Bildungsbüro',
  }),
  participant(11, persons.brueggemann, { isVoting: false, organisationName: undefined, roleLabel: 'beratend' }),
  participant(12, persons.yildiz, { isVoting: false, isGuest: true, attendance: 'gast', roleLabel: 'Gast zu TOP 5' }),
];

const result = (agendaItem: AgendaItem, input: object) =>
  record(Result, 'result', { meetingId: meeting.id, agendaItemId: agendaItem.id, year: 2025, ...input });
export const results = [
  result(top2, {
    kind: 'beschluss',
    label: 'B-LK-2025-01',
    sequence: 1,
    text: 'Das Protokoll der Sitzung vom 26.11.2024 wird ohne Änderungen genehmigt.',
    voteMode: 'konsens',
    outcome: 'angenommen',
    followUpStatus: 'umgesetzt',
  }),
  result(top31, { kind: 'kenntnisnahme', text: 'Der Lenkungskreis nimmt den Bericht zur Kenntnis.' }),
  result(top4, {
    kind: 'beschluss',
    label: 'B-LK-2025-02',
    sequence: 2,
    text: 'Der Lenkungskreis beschließt die Jahresplanung 2025 (Vorlage LK-01/2025). Die sechs Arbeitskreise erhalten die darin genannten Arbeitsaufträge und berichten in der Sitzung am 09.09.2025.',
    voteMode: 'konsens',
    outcome: 'angenommen',
    followUpStatus: 'in-umsetzung',
  }),
  result(top51, {
    kind: 'beschluss',
    label: 'B-LK-2025-03',
    sequence: 3,
    text: 'Die 11. Regionale Bildungskonferenz findet am 14.05.2025, 14:00–17:30 Uhr, im Forum des Berufskollegs Auenfeld unter dem Thema „Übergänge gestalten“ statt.',
    voteMode: 'konsens',
    outcome: 'angenommen',
    followUpStatus: 'umgesetzt',
  }),
  result(top52, {
    kind: 'beschluss',
    label: 'B-LK-2025-04',
    sequence: 4,
    text: 'Die Sitzverteilung der Bildungskonferenz (48 Sitze) wird gemäß Vorlage LK-02/2025 beschlossen; die kreisangehörigen Städte erhalten je einen Sitz.',
    voteMode: 'abstimmung',
    votesYes: 7,
    votesNo: 0,
    votesAbstain: 1,
    outcome: 'angenommen',
    followUpStatus: 'in-umsetzung',
  }),
  result(top6, {
    kind: 'beschluss',
    label: 'B-LK-2025-05',
    sequence: 5,
    text: 'Der Lenkungskreis stimmt der Gliederung des Bildungsberichts 2026 (Vorlage LK-03/2025) mit folgender Änderung zu: Das Kapitel „Non-formale Bildung“ wird um die Offene Jugendarbeit ergänzt.',
    voteMode: 'konsens',
    outcome: 'angenommen',
    followUpStatus: 'offen',
  }),
  result(top6, {
    kind: 'empfehlung',
    label: 'E-2025-01',
    sequence: 1,
    addressee: 'alle Schulträger im Kreis Auenfeld',
    text: 'Der Lenkungskreis empfiehlt den Schulträgern, die Daten zur Ganztagsbetreuung für den Bildungsbericht bis zum 30.06.2025 bereitzustellen.',
    voteMode: 'konsens',
    outcome: 'angenommen',
    position: 1,
  }),
];

const task = (input: object) => record(Task, 'task', { meetingId: meeting.id, ...input });
export const tasks = [
  task({
    title: 'Einladung zur Bildungskonferenz versenden (Einladungsfrist 14 Tage)',
    ownerKind: 'person',
    ownerPersonId: persons.hollmann.id,
    dueDate: '2025-04-30',
    agendaItemId: top51.id,
  }),
  task({
    title: 'Indikatorenliste an den Lenkungskreis senden',
    ownerKind: 'person',
    ownerPersonId: persons.wiechers.id,
    dueDate: '2025-04-15',
    agendaItemId: top32.id,
    status: 'in-arbeit',
  }),
  task({
    title: 'Zwei Schulvertretungen für den Qualitätszirkel Inklusion benennen',
    ownerKind: 'person',
    ownerPersonId: persons.vos.id,
    dueDate: '2025-03-15',
    agendaItemId: top4.id,
  }),
  task({
    title: 'Gliederung des Bildungsberichts um die Offene Jugendarbeit ergänzen',
    ownerKind: 'organisation',
    ownerOrganisationId: orgs.jugendamt.id,
    dueDate: '2025-03-31',
    agendaItemId: top6.id,
  }),
];

const attachment = (input: object): AttachmentInfo => {
  const { blob: _blob, ...info } = record(Attachment, 'attachment', {
    meetingId: meeting.id,
    bodyId: lenkungskreis.id,
    year: 2025,
    mimeType: 'application/pdf',
    size: 1024,
    sha256: 'a'.repeat(64),
    blob: new Blob(['%PDF-1.7']),
    ...input,
  });
  return info;
};
export const attachments = [
  attachment({
    kind: 'vorlage',
    sequence: 1,
    agendaItemId: top4.id,
    title: 'Jahresplanung 2025',
    fileName: 'LK-01-2025_Jahresplanung.pdf',
  }),
  attachment({
    kind: 'vorlage',
    sequence: 2,
    agendaItemId: top52.id,
    title: 'Sitzverteilung der Bildungskonferenz',
    fileName: 'LK-02-2025_Sitzverteilung.pdf',
  }),
  attachment({
    kind: 'vorlage',
    sequence: 3,
    agendaItemId: top6.id,
    title: 'Gliederung des Bildungsberichts 2026',
    fileName: 'LK-03-2025_Gliederung.pdf',
  }),
];

export const draftMinutes: Minutes = record(Minutes, 'minutes', { meetingId: meeting.id, status: 'entwurf' });
export const approvedMinutes: Minutes = {
  ...draftMinutes,
  status: 'genehmigt',
  sentOn: '2025-02-25',
  approvedOn: '2025-05-27',
  approvedInMeetingId: nextMeeting.id,
  fingerprint: '3f9a6c0e5b2d4f7a8c1e9b0d2f4a6c8e0b1d3f5a7c9e2b4d6f8a0c1e3b5d7f9a',
};

export function sampleMeetingRecords(overrides: Partial<MeetingRecords> = {}): MeetingRecords {
  return {
    context,
    directory,
    body: lenkungskreis,
    meeting,
    agendaItems,
    participants,
    results,
    tasks,
    attachments,
    minutes: draftMinutes,
    amendments: [],
    ...overrides,
  };
}

export const sampleMeeting = (overrides: Partial<MeetingRecords> = {}): MeetingDocumentData =>
  assembleMeetingDocumentData(sampleMeetingRecords(overrides));

interface FieldSpec {
  title: string;
  leadText: string;
  responsibility: 'land' | 'kommune' | 'gemeinsam';
  goal: string;
  targetDate?: string;
  measures: [title: string, status: Measure['status'], start?: string, end?: string][];
  indicator: {
    name: string;
    unit: string;
    baseline: [number, number];
    target: [number, number];
    values: [number, number][];
  };
}

const FIELDS: FieldSpec[] = [
  {
    title: 'Übergang Kita–Grundschule',
    leadText: 'Selin Aydın (Bildungsbüro) mit der unteren Schulaufsicht',
    responsibility: 'gemeinsam',
    goal: 'Bis 07/2027 haben alle 38 Grundschulen eine schriftliche Kooperationsvereinbarung mit ihren Kitas.',
    targetDate: '2027-07-31',
    measures: [
      ['Kooperationskalender und jährliche Tandem-Treffen je Sozialraum', 'laufend', '2024-09-01'],
      ['Gemeinsame Fortbildung für Erzieherinnen, Erzieher und Lehrkräfte', 'laufend', '2025-01-01', '2026-12-31'],
      ['Übergabebogen mit Einwilligung der Eltern', 'geplant', '2025-08-01'],
    ],
    indicator: {
      name: 'Grundschulen mit Kooperationsvereinbarung',
      unit: '%',
      baseline: [2023, 42],
      target: [2027, 100],
      values: [
        [2024, 47],
        [2025, 58],
      ],
    },
  },
  {
    title: 'Berufliche Orientierung / KAoA',
    leadText: 'Kommunale Koordinierung KAoA',
    responsibility: 'gemeinsam',
    goal: 'Alle Schülerinnen und Schüler der Klasse 8 absolvieren mindestens drei Berufsfelderkundungen in Betrieben.',
    measures: [
      ['BFE-Platzbörse mit 1.200 Plätzen', 'laufend', '2023-01-01'],
      ['Ausbildungsmesse „Zukunft Auenfeld“ (jährlich im September)', 'abgeschlossen', '2024-09-01', '2024-09-30'],
      ['Mehrsprachige Elternabende zur Berufsorientierung', 'geplant'],
    ],
    indicator: {
      name: 'Angebotene BFE-Plätze',
      unit: 'Plätze',
      baseline: [2023, 950],
      target: [2026, 1200],
      values: [
        [2024, 1080],
        [2025, 1200],
      ],
    },
  },
  {
    title: 'Inklusion',
    leadText: 'Dr. Tobias Reinartz (Qualitätszirkel Inklusion)',
    responsibility: 'land',
    goal: 'Gemeinsamer Leitfaden für Schulbegleitung aller Schulträger bis 2026.',
    targetDate: '2026-12-31',
    measures: [
      ['Redaktionsgruppe Leitfaden Schulbegleitung', 'laufend', '2024-11-01'],
      ['Fachtag Inklusion', 'pausiert'],
    ],
    indicator: {
      name: 'Schulträger, die den Leitfaden übernommen haben',
      unit: 'von 9',
      baseline: [2024, 0],
      target: [2026, 9],
      values: [],
    },
  },
  {
    title: 'Sprachbildung und Integration Neuzugewanderter',
    leadText: 'Bildungskoordination Neuzugewanderte mit dem KI',
    responsibility: 'kommune',
    goal: 'Wartezeit neu zugewanderter Kinder bis zur Schulplatzvergabe höchstens 6 Wochen.',
    measures: [
      ['Monatliche Zuweisungsrunde Schulamt, Schulträger und KI', 'laufend', '2024-03-01'],
      ['Sprachpatenprogramm mit der VHS', 'laufend'],
      ['Elterncafés an sechs Schulen', 'abgebrochen'],
    ],
    indicator: {
      name: 'Median der Tage bis zur Schulplatzvergabe',
      unit: 'Tage',
      baseline: [2023, 63],
      target: [2026, 42],
      values: [[2024, 55.5]],
    },
  },
  {
    title: 'Digitale Bildung und MINT',
    leadText: 'Marek Wiechers mit dem zdi-Partner',
    responsibility: 'gemeinsam',
    goal: 'Jede weiterführende Schule bietet mindestens einen außerunterrichtlichen MINT-Kurs mit einem externen Partner an.',
    measures: [['Ausleihpool Makerspace-Koffer', 'laufend', '2024-02-01']],
    indicator: {
      name: 'MINT-Kurse mit externem Partner',
      unit: 'Kurse',
      baseline: [2023, 11],
      target: [2026, 24],
      values: [[2024, 15]],
    },
  },
  {
    title: 'Ganztag (OGS-Rechtsanspruch 2026)',
    leadText: 'Kreisjugendamt und Amt für Schule und Bildung',
    responsibility: 'kommune',
    goal: 'Qualitätsrahmen für die OGS ist vor 08/2026 mit allen Schulträgern vereinbart.',
    targetDate: '2026-07-31',
    measures: [
      ['Raumbedarfsanalyse mit den acht Städten', 'laufend', '2025-01-01', '2025-12-31'],
      ['Qualifizierungsreihe für OGS-Personal', 'geplant', '2025-09-01'],
    ],
    indicator: {
      name: 'OGS-Standorte mit Qualitätsvereinbarung',
      unit: 'Standorte',
      baseline: [2024, 3],
      target: [2026, 38],
      values: [],
    },
  },
];

export interface ActionFieldSet {
  actionFields: ActionField[];
  goals: Goal[];
  measures: Measure[];
  indicators: Indicator[];
  indicatorValues: IndicatorValue[];
  tasks: Task[];
}

function actionFieldSet(specs: readonly FieldSpec[]): ActionFieldSet {
  const set: ActionFieldSet = {
    actionFields: [],
    goals: [],
    measures: [],
    indicators: [],
    indicatorValues: [],
    tasks: [],
  };
  specs.forEach((spec, index) => {
    const field = record(ActionField, 'field', {
      networkId: network.id,
      position: index + 1,
      title: spec.title,
      leadText: spec.leadText,
      responsibility: spec.responsibility,
    });
    set.actionFields.push(field);
    const goal = record(Goal, 'goal', {
      actionFieldId: field.id,
      text: spec.goal,
      ...(spec.targetDate ? { targetDate: spec.targetDate } : {}),
    });
    set.goals.push(goal);
    spec.measures.forEach(([title, status, start, end], position) => {
      const measure = record(Measure, 'measure', {
        actionFieldId: field.id,
        goalId: goal.id,
        position,
        title,
        status,
        ...(start ? { start } : {}),
        ...(end ? { end } : {}),
        leadOrganisationId: orgs.kreis.id,
      });
      set.measures.push(measure);
      if (position === 0) {
        set.tasks.push(
          record(Task, 'task', {
            title: `Zwischenbericht „${title}“ für den Lenkungskreis vorbereiten`,
            ownerKind: 'person',
            ownerPersonId: persons.hollmann.id,
            dueDate: '2025-02-28',
            measureId: measure.id,
            actionFieldId: field.id,
          }),
        );
      }
    });
    const { indicator } = spec;
    const stored = record(Indicator, 'indicator', {
      actionFieldId: field.id,
      name: indicator.name,
      unit: indicator.unit,
      baselineYear: indicator.baseline[0],
      baselineValue: indicator.baseline[1],
      targetYear: indicator.target[0],
      targetValue: indicator.target[1],
    });
    set.indicators.push(stored);
    for (const [year, value] of indicator.values)
      set.indicatorValues.push(record(IndicatorValue, 'value', { indicatorId: stored.id, year, value }));
  });
  return set;
}

export const actionFields = actionFieldSet(FIELDS);

export const sampleActionFieldReport = (): ActionFieldReportData => ({
  context,
  directory,
  audience: 'Lenkungskreis, Sitzung am 27.05.2025',
  ...actionFields,
  tasks: [...actionFields.tasks, ...tasks.filter((t) => t.status !== 'erledigt')],
});

export const sampleTaskOverview = (groupBy: TaskOverviewData['groupBy'] = 'body'): TaskOverviewData => ({
  context,
  directory,
  groupBy,
  tasks: [...tasks, ...actionFields.tasks],
  results: results.filter((r) => r.kind !== 'kenntnisnahme'),
  meetings: byId([meeting, nextMeeting]),
  agendaItems: byId(agendaItems),
  actionFields: actionFields.actionFields,
  measures: byId(actionFields.measures),
  agendaItemActionFields: new Map([
    [agendaItems.find((i) => i.title.startsWith('Gliederung'))!.id, [actionFields.actionFields[4]!.id]],
  ]),
});
