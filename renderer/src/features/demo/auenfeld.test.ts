import { beforeEach, describe, expect, it } from 'vitest';
import { numberAgendaItems } from '../../../../shared/domain/agenda-numbering';
import { dateWarnings } from '../../../../shared/domain/holidays';
import { meetingStatusForMinutes } from '../../../../shared/domain/status-cycle';
import { computeTimePlan } from '../../../../shared/domain/time-plan';
import type { Meeting } from '../../../../shared/schemas';
import { db } from '../../db/database';
import { RECORD_SCHEMAS } from '../../db/record-schemas';
import { meetingRepo, membershipRepo, networkRepo, taskRepo } from '../../db/repos';
import { DEMO_REFUSED_MESSAGE, loadDemoNetwork } from './auenfeld';
import { DEMO_AS_OF } from './auenfeld-network';

beforeEach(async () => {
  await db.delete();
  await db.open();
  await loadDemoNetwork();
});

const bodyId = async (code: string): Promise<string> => (await db.bodies.where('code').equals(code).first())!.id;

async function meeting(code: string, date: string): Promise<Meeting> {
  const found = await db.meetings
    .where('[bodyId+date]')
    .equals([await bodyId(code), date])
    .first();
  if (!found) throw new Error(`Keine Sitzung ${code} am ${date}`);
  return found;
}

/** "4 Jahresplanung …", "6.1 Empfehlung …" in agenda order. */
async function agendaLines(meetingId: string): Promise<string[]> {
  const items = await db.agendaItems.where('meetingId').equals(meetingId).toArray();
  return numberAgendaItems(items).map(({ number, item }) => `${number} ${item.title}`);
}

const participantsOf = (meetingId: string) => db.participants.where('meetingId').equals(meetingId).toArray();
const personName = async (id: string | undefined) => (await db.persons.get(id ?? ''))?.lastName;

async function tasksOf(meetingId: string) {
  const tasks = await db.tasks.where('meetingId').equals(meetingId).toArray();
  return Promise.all(
    tasks.map(async (t) => ({
      owner:
        (await personName(t.ownerPersonId)) ??
        (await db.organisations.get(t.ownerOrganisationId ?? ''))?.shortName ??
        (await db.bodies.get(t.ownerBodyId ?? ''))?.code,
      due: t.dueDate,
      status: t.status,
    })),
  );
}

describe('the demo network Bildungsregion Kreis Auenfeld', () => {
  it('has the network, three fixed bodies and six working groups, each linked to its action field', async () => {
    const network = await networkRepo.active();
    expect(network).toMatchObject({
      name: 'Regionales Bildungsnetzwerk Bildungsregion Kreis Auenfeld',
      region: 'Kreis Auenfeld',
      governmentDistrict: 'Düsseldorf',
      contractDate: '2014-03-12',
      letterheadSender: 'Kreis Auenfeld · Amt für Schule und Bildung · Regionales Bildungsbüro',
    });
    expect(network?.letterheadAddress).toContain('47610 Auenfeld');

    const bodies = await db.bodies.toArray();
    expect(bodies.filter((b) => b.kind !== 'arbeitskreis').map((b) => b.code)).toEqual(['BK', 'LK', 'RBB']);
    const groups = bodies.filter((b) => b.kind === 'arbeitskreis');
    expect(groups.map((b) => b.code).sort()).toEqual(['AK-DIGI', 'AK-GT', 'AK-KITA', 'AK-SB', 'AK-SPR', 'QZ-INKL']);
    for (const group of groups) {
      const field = await db.actionFields.get(group.actionFieldId!);
      expect(field?.workingGroupBodyId).toBe(group.id);
    }
    expect((await db.bodies.get(await bodyId('AK-SB')))?.name).toBe('AK Übergang Schule–Beruf');

    const fields = await db.actionFields.orderBy('position').toArray();
    expect(fields.map((f) => f.title)).toEqual([
      'Übergang Kita–Grundschule',
      'Berufliche Orientierung / KAoA',
      'Inklusion',
      'Sprachbildung und Integration Neuzugewanderter',
      'Digitale Bildung und MINT',
      'Ganztag (OGS-Rechtsanspruch 2026)',
    ]);
    for (const field of fields) {
      expect(await db.goals.where('actionFieldId').equals(field.id).count()).toBeGreaterThan(0);
      expect(await db.measures.where('actionFieldId').equals(field.id).count()).toBeGreaterThanOrEqual(2);
      expect(await db.indicators.where('actionFieldId').equals(field.id).count()).toBeGreaterThan(0);
    }
    const agreements = (await db.indicators.toArray()).find((i) => i.name.includes('Kooperationsvereinbarung'))!;
    expect(agreements).toMatchObject({ baselineValue: 42, targetValue: 100, unit: '%' });
    const values = await db.indicatorValues.where('indicatorId').equals(agreements.id).sortBy('year');
    expect(values.map((v) => [v.year, v.value])).toEqual([
      [2022, 42],
      [2023, 50],
      [2024, 61],
      [2025, 74],
      [2026, 87],
    ]);

    const templates = await db.agendaTemplates.toArray();
    expect(templates).toHaveLength(3);
    for (const template of templates) {
      const items = await db.templateItems.where('templateId').equals(template.id).sortBy('position');
      expect(items[0]?.title).toBe('Begrüßung und Feststellung der Tagesordnung');
    }
  });

  it('has the Lenkungskreis of ten with two co-chairs, an advisory bureau head, a deputy and history', async () => {
    const current = (await membershipRepo.currentForBody(await bodyId('LK'), '2025-02-18')).filter(
      (m) => m.role !== 'stellvertretung',
    );
    expect(current).toHaveLength(10);
    const roleOf = async (role: string) =>
      Promise.all(current.filter((m) => m.role === role).map((m) => personName(m.personId)));
    expect((await roleOf('co-vorsitz')).sort()).toEqual(['Kleinhaus', 'Stammen']);
    expect(await roleOf('beratend')).toEqual(['Hollmann']);

    const all = await membershipRepo.forBody(await bodyId('LK'));
    const deputy = all.find((m) => m.role === 'stellvertretung')!;
    expect(await personName(deputy.personId)).toBe('Kortmann');
    expect(await personName(deputy.deputyOfPersonId)).toBe('Rettinghaus');
    expect(all.filter((m) => m.to !== undefined).length).toBeGreaterThanOrEqual(2);

    const bk = await membershipRepo.currentForBody(await bodyId('BK'), '2025-05-14');
    expect(bk.filter((m) => m.seat && m.role !== 'geschaeftsfuehrung')).toHaveLength(48);
    expect(await personName(bk.find((m) => m.role === 'vorsitz')?.personId)).toBe('Weidenbach');
  });

  it('has the Lenkungskreis meeting of 18.02.2025 with its agenda, Vorlagen, attendance, results and tasks', async () => {
    const lk = await meeting('LK', '2025-02-18');
    expect(lk).toMatchObject({
      number: 1,
      year: 2025,
      startTime: '14:00',
      endTime: '16:00',
      invitationSentOn: '2025-01-28',
    });
    expect(lk.location).toBe('Kreishaus Auenfeld, Raum 2.14');
    expect(await agendaLines(lk.id)).toEqual([
      '1 Begrüßung, Feststellung der Tagesordnung',
      '2 Genehmigung des Protokolls vom 26.11.2024',
      '3 Bericht aus dem Bildungsbüro',
      '4 Jahresplanung 2025 und Arbeitsaufträge an die sechs Arbeitskreise',
      '5 Vorbereitung der Bildungskonferenz: Termin, Thema, Sitzliste',
      '6 Gliederung des Bildungsberichts 2026',
      '7 Verschiedenes, Termine',
    ]);

    const participants = await participantsOf(lk.id);
    expect(participants.filter((p) => p.attendance === 'anwesend')).toHaveLength(9);
    const rettinghaus = participants.find((p) => p.displayName === 'Claudia Rettinghaus')!;
    expect(rettinghaus).toMatchObject({
      reply: 'vertreten',
      attendance: 'vertreten',
      substituteName: 'Jan-Philipp Kortmann',
    });
    expect(participants.find((p) => p.displayName === 'Dr. Ulrike Stammen')).toMatchObject({
      roleLabel: 'Co-Vorsitz',
      isVoting: true,
    });
    expect(participants.find((p) => p.displayName === 'Katrin Hollmann')).toMatchObject({ isVoting: false });

    const papers = await db.attachments.where('meetingId').equals(lk.id).toArray();
    expect(papers.map((a) => a.label).sort()).toEqual([
      'Vorlage LK-01/2025',
      'Vorlage LK-02/2025',
      'Vorlage LK-03/2025',
    ]);
    const pdf = new TextDecoder('latin1').decode(await papers[0]!.blob.arrayBuffer());
    expect(pdf.startsWith('%PDF-1.4')).toBe(true);
    expect(pdf.trimEnd().endsWith('%%EOF')).toBe(true);

    const results = await db.results.where('meetingId').equals(lk.id).toArray();
    expect(results.map((r) => r.label).filter(Boolean)).toEqual(['B-LK-2025-01', 'B-LK-2025-02', 'B-LK-2025-03']);
    expect(results.find((r) => r.label === 'B-LK-2025-03')?.text).toContain('mit folgender Änderung');
    expect(results.filter((r) => r.kind === 'beschluss').every((r) => r.voteMode === 'konsens')).toBe(true);

    expect(await tasksOf(lk.id)).toEqual(
      expect.arrayContaining([
        { owner: 'Hollmann', due: '2025-04-30', status: 'erledigt' },
        { owner: 'Wiechers', due: '2025-04-15', status: 'erledigt' },
        { owner: 'Vos', due: '2025-03-15', status: 'erledigt' },
      ]),
    );

    const minutes = await db.minutes.where('meetingId').equals(lk.id).first();
    expect(minutes).toMatchObject({ status: 'genehmigt', approvedOn: '2025-05-27' });
    expect(minutes?.approvedInMeetingId).toBe((await meeting('LK', '2025-05-27')).id);
  });

  it('has the 11. Bildungskonferenz: 41 of 48 seats present, 12 guests, two recommendations and a decision', async () => {
    const bk = await meeting('BK', '2025-05-14');
    expect(bk).toMatchObject({ startTime: '14:00', endTime: '17:30', status: 'protokoll-versandt' });
    expect(bk.theme).toContain('Übergänge gestalten');
    expect(await agendaLines(bk.id)).toEqual([
      '1 Begrüßung durch den Landrat',
      '2 Grußwort der Bezirksregierung Düsseldorf',
      '3 Rechenschaftsbericht des Lenkungskreises und des Bildungsbüros 2024',
      '4 Ergebnisse aus den Arbeitskreisen',
      '4.1 AK Übergang Kita–GS: Kooperationskalender und Tandem-Treffen',
      '4.2 AK Übergang Schule–Beruf: BFE-Platzbörse und Ausbildungsmesse',
      '5 Fachforen: Kita–Grundschule · Schule–Beruf · Ganztag',
      '6 Empfehlungen an die Schulträger und Partner',
      '6.1 Empfehlung zum Kooperationskalender Kita–Grundschule',
      '6.2 Empfehlung zur Öffnung der Ausbildungsmesse für die Sekundarstufe II',
      '7 Einrichtung eines Arbeitskreises Demokratiebildung ab 2026',
      '8 Ausblick und Verabschiedung',
    ]);

    const participants = await participantsOf(bk.id);
    const seats = participants.filter((p) => p.isVoting);
    expect(seats).toHaveLength(48);
    expect(seats.filter((p) => p.attendance === 'anwesend')).toHaveLength(41);
    expect(seats.filter((p) => p.attendance === 'entschuldigt')).toHaveLength(7);
    expect(participants.filter((p) => p.isGuest && p.attendance === 'gast')).toHaveLength(12);

    const results = await db.results.where('meetingId').equals(bk.id).toArray();
    const e1 = results.find((r) => r.label === 'E-2025-01')!;
    const e2 = results.find((r) => r.label === 'E-2025-02')!;
    expect(e1).toMatchObject({
      kind: 'empfehlung',
      voteMode: 'konsens',
      outcome: 'angenommen',
      followUpStatus: 'in-umsetzung',
    });
    expect(e1.addressee).toContain('Schulträger');
    expect(e2).toMatchObject({ kind: 'empfehlung', followUpStatus: 'umgesetzt' });
    expect(await db.resultUpdates.where('resultId').equals(e2.id).count()).toBe(3);
    const decision = results.find((r) => r.label === 'B-BK-2025-01')!;
    expect(decision.text).toContain('Demokratiebildung');
  });

  it('has the AK Übergang Schule–Beruf meeting of 26.06.2025 with nine members and its tasks', async () => {
    const ak = await meeting('AK-SB', '2025-06-26');
    expect(ak).toMatchObject({
      number: 2,
      year: 2025,
      startTime: '09:30',
      endTime: '11:30',
      status: 'protokoll-entwurf',
    });
    expect(await agendaLines(ak.id)).toEqual([
      '1 Genehmigung des Protokolls vom 13.03.2025',
      '2 Auswertung der BFE-Platzbörse',
      '3 Umsetzung der Empfehlung E-2025-02',
      '4 Planung der Elternabende',
      '5 Verschiedenes',
    ]);
    const participants = await participantsOf(ak.id);
    expect(participants).toHaveLength(9);
    expect(participants.filter((p) => p.attendance === 'anwesend')).toHaveLength(9);
    expect(participants.filter((p) => p.roleLabel?.startsWith('Mitglied') && p.seat?.startsWith('StuBo'))).toHaveLength(
      3,
    );

    expect(await tasksOf(ak.id)).toEqual(
      expect.arrayContaining([
        { owner: 'IHK', due: '2025-07-31', status: 'in-arbeit' },
        { owner: 'Hölscher', due: '2025-09-15', status: 'erledigt' },
        { owner: 'RBB', due: '2025-09-09', status: 'erledigt' },
      ]),
    );
    expect((await db.minutes.where('meetingId').equals(ak.id).first())?.status).toBe('entwurf');
  });

  it('looks alive on 27.11.2026: next meetings with invitations, overdue tasks', async () => {
    const upcoming = await meetingRepo.upcoming(DEMO_AS_OF, 4);
    const codes = await Promise.all(
      upcoming.map(async (m) => `${(await db.bodies.get(m.bodyId))?.code} ${m.date} ${m.status}`),
    );
    expect(codes).toEqual([
      'BK 2026-12-02 eingeladen',
      'AK-KITA 2026-12-09 eingeladen',
      'LK 2026-12-15 geplant',
      'AK-DIGI 2026-12-17 eingeladen',
    ]);
    const overdue = await taskRepo.overdue(DEMO_AS_OF);
    expect(overdue.map((t) => t.title)).toEqual(
      expect.arrayContaining([
        'Liste mit 30 weiteren Betrieben für BFE-Plätze vorlegen',
        'Rückmeldungen der Schulträger zum Qualitätsrahmen OGS einholen',
      ]),
    );
    const invited = await participantsOf((await meeting('BK', '2026-12-02')).id);
    expect(invited.filter((p) => p.isVoting)).toHaveLength(48);
    expect(invited.some((p) => p.displayName === 'Emma Dörtelmann')).toBe(true);
    expect(invited.every((p) => p.attendance === 'offen' && (p.repliedOn ?? '') <= DEMO_AS_OF)).toBe(true);
  });

  it('keeps its meetings plausible: weekdays outside holidays, full time plans, minutes matching the status', async () => {
    for (const m of await db.meetings.toArray()) {
      expect(dateWarnings(m.date), m.date).toEqual([]);
      const items = await db.agendaItems.where('meetingId').equals(m.id).toArray();
      if (items.length > 0) expect(computeTimePlan(items, m.startTime, m.endTime).plannedEnd, m.date).toBe(m.endTime);
      const minutes = await db.minutes.where('meetingId').equals(m.id).first();
      if (minutes) expect(m.status, m.date).toBe(meetingStatusForMinutes(minutes.status));
      expect(m.status === 'geplant' || (m.invitationSentOn ?? '') < m.date, m.date).toBe(true);
    }
    const labels = (await db.results.toArray()).flatMap((r) => (r.label ? [r.label] : []));
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('stores only records that satisfy their schemas, with umlauts intact', async () => {
    for (const [table, schema] of Object.entries(RECORD_SCHEMAS)) {
      for (const record of await db.table(table).toArray()) {
        const parsed = schema.safeParse(record);
        expect(parsed.success, `${table}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
      }
    }
    const names = (await db.persons.toArray()).map((p) => `${p.firstName} ${p.lastName}`);
    expect(names).toEqual(expect.arrayContaining(['Selin Aydın', 'Ayşe Korkmaz', 'Jana Brüggemann', 'Heike Gößling']));
    expect((await db.organisations.toArray()).map((o) => o.name)).toContain('Stadt Brückhoven');
    expect(names.every((n) => n === n.normalize('NFC'))).toBe(true);
  });

  it('refuses to load a second time and leaves the data as it was', async () => {
    const snapshot = async () =>
      Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, JSON.stringify(await t.toArray())])));
    const before = await snapshot();
    await expect(loadDemoNetwork()).rejects.toThrow(DEMO_REFUSED_MESSAGE);
    expect(await snapshot()).toEqual(before);
  });
});
