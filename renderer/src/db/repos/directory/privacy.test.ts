import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../database';
import { freshNetworkWithLenkungskreis } from './test-network';
import { ValidationError } from '../../errors';
import {
  agendaRepo,
  anonymisePerson,
  exportPersonData,
  meetingRepo,
  membershipRepo,
  minutesRepo,
  organisationRepo,
  participantRepo,
  personRepo,
  personsForRetentionReview,
  resultRepo,
  settingsRepo,
  taskRepo,
} from '../../repos';

let lk: string;
beforeEach(async () => {
  lk = await freshNetworkWithLenkungskreis();
});

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

const meetingOn = (date: string) => meetingRepo.create({ bodyId: lk, date, startTime: '14:00', endTime: '16:00' });

/** A person who sits in the Lenkungskreis, attended an approved and a draft meeting, and owns a task. */
async function personWithHistory() {
  const org = await organisationRepo.create({ name: 'Schulamt für den Kreis Kleve', type: 'Schulaufsicht (untere)' });
  const person = await personRepo.create({
    salutation: 'frau',
    title: 'Dr.',
    firstName: 'Jana',
    lastName: 'Becker',
    function: 'Schulamtsdirektorin',
    organisationId: org.id,
    email: 'j.becker@kreis-kleve.de',
    phone: '02821 85-100',
    notes: 'Vertritt das Schulamt',
  });
  await membershipRepo.create({
    personId: person.id,
    bodyId: lk,
    role: 'co-vorsitz',
    seat: 'Schulaufsicht',
    from: '2022-01-01',
  });

  const approvedMeeting = await meetingOn('2025-11-12');
  await meetingRepo.update(approvedMeeting.id, { chairPersonId: person.id });
  const item = await agendaRepo.create({
    meetingId: approvedMeeting.id,
    position: 1,
    kind: 'bericht',
    title: 'Bericht der Schulaufsicht',
    plannedMinutes: 15,
    presenterPersonId: person.id,
  });
  await resultRepo.create({ meetingId: approvedMeeting.id, agendaItemId: item.id, kind: 'kenntnisnahme' });
  await participantRepo.create({
    meetingId: approvedMeeting.id,
    personId: person.id,
    displayName: 'Dr. Jana Becker',
    attendance: 'anwesend',
  });
  const approvedContent = JSON.stringify({
    title: 'Protokoll',
    participants: ['Dr. Jana Becker'],
    items: ['TOP 1 Bericht der Schulaufsicht (Dr. Jana Becker)'],
  });
  const fingerprint = await sha256(approvedContent);
  const approved = await minutesRepo.create({
    meetingId: approvedMeeting.id,
    status: 'genehmigt',
    approvedOn: '2026-02-18',
    approvedContent,
    fingerprint,
  });
  await minutesRepo.addAmendment({
    minutesId: approved.id,
    date: '2026-02-20',
    reason: 'Tippfehler',
    text: 'Seite 2: „Becker“ statt „Bäcker“.',
  });

  const draftMeeting = await meetingOn('2026-02-18');
  const draftParticipant = await participantRepo.create({
    meetingId: draftMeeting.id,
    personId: person.id,
    displayName: 'Dr. Jana Becker',
  });
  const substitute = await participantRepo.create({
    meetingId: draftMeeting.id,
    displayName: 'Ulrike Stammen',
    attendance: 'vertreten',
    substitutePersonId: person.id,
    substituteName: 'Dr. Jana Becker',
  });
  await minutesRepo.create({ meetingId: draftMeeting.id, status: 'entwurf' });
  const noMinutesMeeting = await meetingOn('2026-05-27');
  const invited = await participantRepo.create({
    meetingId: noMinutesMeeting.id,
    personId: person.id,
    displayName: 'Dr. Jana Becker',
  });

  await taskRepo.create({
    ownerKind: 'person',
    ownerPersonId: person.id,
    title: 'Schulstatistik liefern',
    dueDate: '2026-04-01',
    meetingId: draftMeeting.id,
  });
  return { person, org, approved, approvedContent, fingerprint, draftParticipant, substitute, invited };
}

describe('DSGVO Art. 17: anonymising', () => {
  it('keeps approved minutes exactly as approved and anonymises the names everywhere else', async () => {
    const { person, approved, approvedContent, fingerprint, draftParticipant, substitute, invited } =
      await personWithHistory();
    const approvedParticipantsBefore = await participantRepo.forMeeting(approved.meetingId);

    expect(await anonymisePerson(person.id)).toEqual({ participantsAnonymised: 3, participantsKeptAsPrinted: 1 });

    const after = await personRepo.require(person.id);
    expect(after).toMatchObject({
      salutation: 'keine',
      firstName: '',
      lastName: 'anonymisiert',
      organisationId: person.organisationId,
    });
    for (const field of ['title', 'function', 'email', 'phone', 'notes'] as const) expect(after[field]).toBeUndefined();
    expect(after.anonymisedAt).toBeDefined();

    const minutes = await minutesRepo.require(approved.id);
    expect(minutes.approvedContent).toBe(approvedContent);
    expect(minutes.fingerprint).toBe(fingerprint);
    expect(await sha256(minutes.approvedContent!)).toBe(minutes.fingerprint);
    expect(await participantRepo.forMeeting(approved.meetingId)).toEqual(approvedParticipantsBefore);

    expect((await participantRepo.require(draftParticipant.id)).displayName).toBe('anonymisiert');
    expect((await participantRepo.require(invited.id)).displayName).toBe('anonymisiert');
    expect(await participantRepo.require(substitute.id)).toMatchObject({
      displayName: 'Ulrike Stammen',
      substituteName: 'anonymisiert',
    });
    expect((await membershipRepo.forPerson(person.id)).map((m) => m.personId)).toEqual([person.id]);
    expect((await taskRepo.all()).map((t) => t.ownerPersonId)).toEqual([person.id]);
  });
});

describe('DSGVO Art. 17: deleting', () => {
  it('refuses to delete a person who appears in records and suggests anonymising', async () => {
    const { person } = await personWithHistory();
    const error = await personRepo.remove(person.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).toBe(
      'Die Person kann nicht gelöscht werden, weil sie noch vorkommt (1 Mitgliedschaft, 4 Sitzungsteilnahmen, 1 Sitzungsleitung oder Protokollführung, 1 Tagesordnungspunkt, 1 Aufgabe). Bitte stattdessen anonymisieren: Name und Kontaktdaten werden entfernt, Protokolle und Listen bleiben vollständig.',
    );
    expect((await personRepo.require(person.id)).lastName).toBe('Becker');
  });

  it('deletes a person who appears nowhere, leaving no personal data behind', async () => {
    const person = await personRepo.create({
      lastName: 'Neumann',
      firstName: 'Ida',
      email: 'i.neumann@example.org',
      notes: 'Kontakt von der Messe',
    });
    await personRepo.remove(person.id);
    expect(await personRepo.get(person.id)).toBeUndefined();
    const tombstone = (await db.persons.get(person.id))!;
    expect(tombstone.deletedAt).toBeDefined();
    expect([tombstone.firstName, tombstone.lastName, tombstone.email, tombstone.notes]).toEqual([
      '',
      'anonymisiert',
      undefined,
      undefined,
    ]);
  });
});

describe('DSGVO Art. 15: export', () => {
  it('contains everything stored about the person, as JSON and as German text', async () => {
    const { person, org, approved } = await personWithHistory();
    const { fileName, json, text } = await exportPersonData(person.id, '2026-03-01');
    expect(fileName).toBe('Auskunft-Art-15-DSGVO-Becker-Jana-2026-03-01');

    const data = JSON.parse(json) as Record<string, unknown[] | Record<string, unknown>>;
    expect(data['person']).toEqual(JSON.parse(JSON.stringify(await personRepo.require(person.id))));
    expect(data['organisation']).toMatchObject({ id: org.id, name: 'Schulamt für den Kreis Kleve' });
    expect(data['mitgliedschaften']).toEqual([
      expect.objectContaining({ gremium: 'Lenkungskreis', rolle: 'Co-Vorsitz' }),
    ]);
    expect(data['sitzungsteilnahmen']).toHaveLength(4);
    expect(data['aufgaben']).toEqual([expect.objectContaining({ title: 'Schulstatistik liefern' })]);
    expect(data['sitzungsleitungUndProtokoll']).toEqual([
      expect.objectContaining({
        sitzungsleitung: true,
        protokoll: expect.objectContaining({ id: approved.id, status: 'genehmigt' }),
        berichtigungen: [expect.objectContaining({ reason: 'Tippfehler' })],
      }),
    ]);
    expect(data['vortraege']).toEqual([
      expect.objectContaining({
        tagesordnungspunkt: expect.objectContaining({ title: 'Bericht der Schulaufsicht' }),
        ergebnisse: [expect.anything()],
      }),
    ]);

    for (const expected of [
      'Auskunft nach Art. 15 DSGVO',
      'Name: Dr. Jana Becker',
      'Anrede: Frau',
      'Funktion: Schulamtsdirektorin',
      'Organisation: Schulamt für den Kreis Kleve',
      'E-Mail: j.becker@kreis-kleve.de',
      'Telefon: 02821 85-100',
      'Notizen: Vertritt das Schulamt',
      'Mitgliedschaften (1)',
      'Lenkungskreis: Co-Vorsitz, Sitz „Schulaufsicht“, für Schulamt für den Kreis Kleve, seit 01.01.2022',
      'Sitzungsteilnahmen (4)',
      'Lenkungskreis, Sitzung am 18.02.2026: in Vertretung für Ulrike Stammen',
      'Aufgaben (1)',
      '„Schulstatistik liefern“, fällig am 01.04.2026',
      'Lenkungskreis, Sitzung am 12.11.2025: Sitzungsleitung; Protokoll genehmigt am 18.02.2026; 1 Berichtigung(en)',
      'Lenkungskreis, Sitzung am 12.11.2025: „Bericht der Schulaufsicht“, 1 Ergebnis(se)',
      'Verantwortung für Maßnahmen (0)',
    ]) {
      expect(text).toContain(expected);
    }
  });
});

describe('retention hint', () => {
  it('lists persons without membership for the configured number of years, with the reason', async () => {
    const longGone = await personRepo.create({ lastName: 'Alt' });
    const m = await membershipRepo.create({ personId: longGone.id, bodyId: lk, role: 'mitglied', from: '2015-01-01' });
    await membershipRepo.endMembership(m.id, '2019-12-31');
    const recent = await personRepo.create({ lastName: 'Kürzlich' });
    const r = await membershipRepo.create({ personId: recent.id, bodyId: lk, role: 'mitglied', from: '2015-01-01' });
    await membershipRepo.endMembership(r.id, '2023-06-30');
    const active = await personRepo.create({ lastName: 'Aktiv' });
    await membershipRepo.create({ personId: active.id, bodyId: lk, role: 'mitglied', from: '2015-01-01' });
    const never = await personRepo.create({ lastName: 'Nie' });
    await db.persons.update(never.id, { createdAt: '2019-05-01T10:00:00.000Z' });
    await personRepo.create({ lastName: 'Neu' });

    expect((await personsForRetentionReview('2026-03-01')).map((c) => [c.person.lastName, c.reason])).toEqual([
      ['Alt', 'Letzte Mitgliedschaft endete am 31.12.2019 (vor mehr als 5 Jahren).'],
      ['Nie', 'Nie Mitglied eines Gremiums; erfasst am 01.05.2019 (vor mehr als 5 Jahren).'],
    ]);
    await settingsRepo.set('retentionYears', 2);
    expect((await personsForRetentionReview('2026-03-01')).map((c) => c.person.lastName)).toEqual([
      'Alt',
      'Kürzlich',
      'Nie',
    ]);
    expect(
      (await personsForRetentionReview('2026-03-01', 1)).find((c) => c.person.lastName === 'Kürzlich')?.reason,
    ).toBe('Letzte Mitgliedschaft endete am 30.06.2023 (vor mehr als einem Jahr).');
  });
});
