import { beforeEach, describe, expect, it } from 'vitest';
import { personDisplayName } from '../../../../../shared/directory/person-name';
import { db } from '../../database';
import { freshNetworkWithLenkungskreis } from './test-network';
import {
  bodyOverview,
  meetingRepo,
  membershipRepo,
  organisationRepo,
  participantRepo,
  personOverview,
  personRepo,
  searchOrganisations,
  searchPersons,
  taskRepo,
} from '../../repos';

let lk: string;
beforeEach(async () => {
  lk = await freshNetworkWithLenkungskreis();
});

const TODAY = '2026-03-01';
const names = (entries: readonly { person: { title?: string; firstName: string; lastName: string } }[]) =>
  entries.map((e) => personDisplayName(e.person));

describe('body page', () => {
  it('groups current members by role, shows seats, vacancies, deputies, history and meetings', async () => {
    const kreis = await organisationRepo.create({ name: 'Kreis Kleve', type: 'Kommune/Schulträger' });
    const person = (lastName: string, firstName: string) =>
      personRepo.create({ lastName, firstName, organisationId: kreis.id });
    const [oezdemir, aydin, zander, arndt, wolff, vos] = await Promise.all([
      person('Özdemir', 'Elif'),
      person('Aydın', 'Can'),
      person('Zander', 'Ida'),
      person('Arndt', 'Ole'),
      person('Wolff', 'Eva'),
      person('Vos', 'Annette'),
    ]);
    const base = { bodyId: lk, from: '2024-01-01' };
    await membershipRepo.create({ ...base, personId: zander.id, role: 'mitglied', seat: 'Schulform Gymnasium' });
    await membershipRepo.create({ ...base, personId: oezdemir.id, role: 'vorsitz' });
    await membershipRepo.create({ ...base, personId: aydin.id, role: 'mitglied', seat: 'Jugendhilfe' });
    await membershipRepo.create({ ...base, personId: arndt.id, role: 'stellvertretung', deputyOfPersonId: zander.id });
    const ended = await membershipRepo.create({
      ...base,
      personId: wolff.id,
      role: 'mitglied',
      seat: 'Schulform Realschule',
    });
    await membershipRepo.endMembership(ended.id, '2025-12-31');
    await membershipRepo.create({
      ...base,
      personId: vos.id,
      role: 'mitglied',
      seat: 'Schulform Realschule',
      from: '2026-06-01',
    });

    await meetingRepo.create({ bodyId: lk, date: '2026-05-27', startTime: '14:00', endTime: '16:00' });
    await meetingRepo.create({ bodyId: lk, date: '2025-11-12', startTime: '14:00', endTime: '16:00' });
    await meetingRepo.create({ bodyId: lk, date: '2026-02-18', startTime: '14:00', endTime: '16:00' });

    const page = await bodyOverview(lk, TODAY);
    expect(page.body.code).toBe('LK');
    expect(page.byRole.map((g) => [g.role, names(g.members)])).toEqual([
      ['vorsitz', ['Elif Özdemir']],
      ['mitglied', ['Can Aydın', 'Ida Zander']],
      ['stellvertretung', ['Ole Arndt']],
    ]);
    expect(
      page.seats.map((s) => [
        s.seat,
        names(s.holders),
        s.vacant,
        s.lastHolder && personDisplayName(s.lastHolder.person),
      ]),
    ).toEqual([
      ['Jugendhilfe', ['Can Aydın'], false, undefined],
      ['Schulform Gymnasium', ['Ida Zander'], false, undefined],
      ['Schulform Realschule', [], true, 'Eva Wolff'],
    ]);
    expect(
      page.deputies.map((d) => [personDisplayName(d.person), d.deputyOf && personDisplayName(d.deputyOf)]),
    ).toEqual([['Ole Arndt', 'Ida Zander']]);
    expect(names(page.history)).toEqual(['Eva Wolff']);
    expect(names(page.startingLater)).toEqual(['Annette Vos']);
    expect(page.byRole[0]!.members[0]!.representedOrganisation?.name).toBe('Kreis Kleve');
    expect(page.upcomingMeetings.map((m) => m.date)).toEqual(['2026-05-27']);
    expect(page.pastMeetings.map((m) => m.date)).toEqual(['2026-02-18', '2025-11-12']);
  });
});

describe('person page', () => {
  it('shows memberships with the organisation as it was, attendance and open tasks', async () => {
    const schulamt = await organisationRepo.create({
      name: 'Schulamt für den Kreis Kleve',
      type: 'Schulaufsicht (untere)',
    });
    const vhs = await organisationRepo.create({ name: 'VHS Kleve', type: 'Weiterbildung/VHS' });
    const person = await personRepo.create({ lastName: 'Janssen', firstName: 'Maren', organisationId: schulamt.id });
    const old = await membershipRepo.create({ personId: person.id, bodyId: lk, role: 'mitglied', from: '2020-01-01' });
    await membershipRepo.endMembership(old.id, '2024-12-31');
    await personRepo.update(person.id, { organisationId: vhs.id });
    await membershipRepo.create({ personId: person.id, bodyId: lk, role: 'beratend', from: '2025-01-01' });

    const meeting = await meetingRepo.create({ bodyId: lk, date: '2026-02-18', startTime: '14:00', endTime: '16:00' });
    await participantRepo.create({
      meetingId: meeting.id,
      personId: person.id,
      displayName: 'Maren Janssen',
      attendance: 'anwesend',
      reply: 'zugesagt',
    });
    const owner = { ownerKind: 'person' as const, ownerPersonId: person.id };
    await taskRepo.create({ ...owner, title: 'Bericht schreiben', dueDate: '2026-04-01' });
    await taskRepo.create({ ...owner, title: 'Längst erledigt', dueDate: '2025-04-01', status: 'erledigt' });

    const page = await personOverview(person.id, TODAY);
    expect(page.organisation?.name).toBe('VHS Kleve');
    expect(
      page.currentMemberships.map((m) => [m.body?.code, m.membership.role, m.representedOrganisation?.name]),
    ).toEqual([['LK', 'beratend', 'VHS Kleve']]);
    expect(page.pastMemberships.map((m) => [m.membership.to, m.representedOrganisation?.name])).toEqual([
      ['2024-12-31', 'Schulamt für den Kreis Kleve'],
    ]);
    expect(
      page.attendance.map((a) => [a.meeting?.date, a.body?.code, a.participant.attendance, a.participant.reply]),
    ).toEqual([['2026-02-18', 'LK', 'anwesend', 'zugesagt']]);
    expect(page.openTasks.map((t) => t.title)).toEqual(['Bericht schreiben']);
  });
});

describe('lists and search', () => {
  it('sorts the German way and ignores case and diacritics', async () => {
    const org = await organisationRepo.create({
      name: 'Städtische Gesamtschule Goch',
      shortName: 'GE Goch',
      type: 'Weiterführende Schule',
      town: 'Goch',
    });
    await organisationRepo.create({ name: 'Arbeitsagentur Wesel', type: 'Agentur für Arbeit/Jobcenter' });
    for (const [lastName, firstName] of [
      ['Zander', 'Ida'],
      ['Müller', 'Jürgen'],
      ['Aydın', 'Elif'],
      ['Mueller', 'Anna'],
      ['Ärztin', 'Eva'],
    ] as const) {
      await personRepo.create({ lastName, firstName, organisationId: org.id });
    }
    expect((await searchPersons('')).map((e) => e.person.lastName)).toEqual([
      'Ärztin',
      'Aydın',
      'Mueller',
      'Müller',
      'Zander',
    ]);
    expect((await searchPersons('muller')).map((e) => e.person.firstName)).toEqual(['Jürgen']);
    expect((await searchPersons('AYDIN')).map((e) => e.person.firstName)).toEqual(['Elif']);
    expect((await searchPersons('ge goch zander')).map((e) => e.person.lastName)).toEqual(['Zander']);
    expect((await searchOrganisations('stadtische')).map((o) => o.name)).toEqual(['Städtische Gesamtschule Goch']);
    expect((await searchOrganisations('')).map((o) => o.name)).toEqual([
      'Arbeitsagentur Wesel',
      'Servicestelle Regionale Bildungsnetzwerke',
      'Städtische Gesamtschule Goch',
    ]);
  });
});

describe('deleting organisations', () => {
  it('refuses while persons or running memberships refer to it, listing the counts', async () => {
    const org = await organisationRepo.create({ name: 'Jugendamt Kleve', type: 'Jugendamt' });
    const a = await personRepo.create({ lastName: 'Arndt', organisationId: org.id });
    await personRepo.create({ lastName: 'Berger', organisationId: org.id });
    const other = await personRepo.create({ lastName: 'Claßen' });
    await membershipRepo.create({
      personId: other.id,
      bodyId: lk,
      role: 'mitglied',
      representedOrganisationId: org.id,
      from: '2025-01-01',
    });

    await expect(organisationRepo.remove(org.id, TODAY)).rejects.toThrow(
      'Die Organisation kann nicht gelöscht werden. Ihr sind noch zugeordnet: 2 Personen, 1 laufende Mitgliedschaft. Bitte die Personen zuerst einer anderen Organisation zuordnen und die Mitgliedschaften beenden.',
    );
    await personRepo.update(a.id, { organisationId: undefined });
    await expect(organisationRepo.remove(org.id, '2020-01-01')).rejects.toThrow('Ihr sind noch zugeordnet: 1 Person.');
    expect(await organisationRepo.get(org.id)).toBeDefined();
  });

  it('soft-deletes an organisation nobody refers to any more', async () => {
    const org = await organisationRepo.create({ name: 'Alter Verein', type: 'Verein' });
    await organisationRepo.remove(org.id, TODAY);
    expect(await organisationRepo.get(org.id)).toBeUndefined();
    expect((await db.organisations.get(org.id))?.deletedAt).toBeDefined();
  });
});
