import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../database';
import { freshNetworkWithLenkungskreis } from './test-network';
import { ValidationError } from '../../errors';
import { membershipRepo, organisationRepo, personRepo } from '../../repos';

let lk: string;
beforeEach(async () => {
  lk = await freshNetworkWithLenkungskreis();
});

const issuesOf = async (promise: Promise<unknown>) => {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).issues;
};

describe('membership rules', () => {
  it('refuses the same seat twice for one person in overlapping periods, and saves nothing', async () => {
    const person = await personRepo.create({ lastName: 'Hollmann', firstName: 'Katrin' });
    const seat = { personId: person.id, bodyId: lk, role: 'mitglied' as const, seat: 'Schulform Gymnasium' };
    await membershipRepo.create({ ...seat, from: '2024-01-01', to: '2025-12-31' });

    expect(await issuesOf(membershipRepo.create({ ...seat, seat: 'schulform gymnasium', from: '2025-06-01' }))).toEqual(
      [
        {
          path: 'from',
          message:
            'Diese Person hat den Sitz „Schulform Gymnasium“ in diesem Gremium bereits vom 01.01.2024 bis 31.12.2025. Bitte die bestehende Mitgliedschaft beenden oder einen anderen Zeitraum wählen.',
        },
      ],
    );
    expect(await db.memberships.count()).toBe(1);

    await membershipRepo.create({ ...seat, from: '2026-01-01' });
    await membershipRepo.create({ ...seat, seat: 'für die kreisangehörigen Städte', from: '2025-06-01' });
    expect(await db.memberships.count()).toBe(3);
  });

  it('refuses the same role without seat twice at once', async () => {
    const person = await personRepo.create({ lastName: 'Vos' });
    await membershipRepo.create({ personId: person.id, bodyId: lk, role: 'beratend', from: '2025-01-01' });
    expect(
      await issuesOf(membershipRepo.create({ personId: person.id, bodyId: lk, role: 'beratend', from: '2030-01-01' })),
    ).toEqual([
      {
        path: 'from',
        message:
          'Diese Person hat die Rolle „beratendes Mitglied“ in diesem Gremium bereits seit 01.01.2025. Bitte die bestehende Mitgliedschaft beenden oder einen anderen Zeitraum wählen.',
      },
    ]);
  });

  it('needs a deputy to be another person, whose principal is a member in that period', async () => {
    const principal = await personRepo.create({ lastName: 'Stammen', firstName: 'Ulrike' });
    const deputy = await personRepo.create({ lastName: 'Wiechers', firstName: 'Tim' });
    const asDeputy = {
      personId: deputy.id,
      bodyId: lk,
      role: 'stellvertretung' as const,
      deputyOfPersonId: principal.id,
    };

    expect(
      await issuesOf(membershipRepo.create({ ...asDeputy, deputyOfPersonId: deputy.id, from: '2025-01-01' })),
    ).toEqual([{ path: 'deputyOfPersonId', message: 'Eine Person kann nicht ihre eigene Stellvertretung sein.' }]);
    expect(await issuesOf(membershipRepo.create({ ...asDeputy, from: '2025-01-01' }))).toEqual([
      {
        path: 'deputyOfPersonId',
        message:
          'Die vertretene Person ist in diesem Zeitraum nicht Mitglied dieses Gremiums. Bitte zuerst ihre Mitgliedschaft eintragen oder den Zeitraum anpassen.',
      },
    ]);

    await membershipRepo.create({
      personId: principal.id,
      bodyId: lk,
      role: 'vorsitz',
      from: '2025-01-01',
      to: '2025-12-31',
    });
    await expect(membershipRepo.create({ ...asDeputy, from: '2026-01-01' })).rejects.toThrow(
      /nicht Mitglied dieses Gremiums/,
    );
    const created = await membershipRepo.create({ ...asDeputy, from: '2025-03-01' });
    expect(created.deputyOfPersonId).toBe(principal.id);
  });

  it('refuses references to records that do not exist, and an end before the start', async () => {
    const person = await personRepo.create({ lastName: 'Becker' });
    expect(
      await issuesOf(
        membershipRepo.create({
          personId: 'gibt-es-nicht',
          bodyId: 'auch-nicht',
          role: 'mitglied',
          representedOrganisationId: 'nein',
          from: '2025-01-01',
        }),
      ),
    ).toEqual([
      { path: 'personId', message: 'Bitte eine Person aus dem Verzeichnis auswählen.' },
      { path: 'bodyId', message: 'Bitte ein Gremium auswählen.' },
      { path: 'representedOrganisationId', message: 'Die vertretene Organisation wurde nicht gefunden.' },
    ]);
    expect(
      await issuesOf(
        membershipRepo.create({
          personId: person.id,
          bodyId: lk,
          role: 'mitglied',
          from: '2025-02-01',
          to: '2025-01-31',
        }),
      ),
    ).toEqual([{ path: 'to', message: 'Das Ende darf nicht vor dem Beginn liegen.' }]);
    expect(await db.memberships.count()).toBe(0);
  });

  it('ends a membership into history and refuses to end it twice', async () => {
    const person = await personRepo.create({ lastName: 'Kaya' });
    const membership = await membershipRepo.create({
      personId: person.id,
      bodyId: lk,
      role: 'mitglied',
      from: '2024-01-01',
    });
    await expect(membershipRepo.endMembership(membership.id, '2023-12-31')).rejects.toThrow(
      'Das Ende darf nicht vor dem Beginn liegen.',
    );

    const ended = await membershipRepo.endMembership(membership.id, '2025-06-30');
    expect(ended.to).toBe('2025-06-30');
    expect(await membershipRepo.currentForBody(lk, '2025-07-01')).toEqual([]);
    expect((await membershipRepo.forBody(lk)).map((m) => m.to)).toEqual(['2025-06-30']);
    expect(await issuesOf(membershipRepo.endMembership(membership.id, '2025-12-31'))).toEqual([
      {
        path: 'to',
        message:
          'Diese Mitgliedschaft ist bereits zum 30.06.2025 beendet. Das Enddatum lässt sich beim Bearbeiten ändern.',
      },
    ]);
  });

  it('records the organisation represented at the time, kept when the person changes jobs', async () => {
    const schulamt = await organisationRepo.create({
      name: 'Schulamt für den Kreis Kleve',
      type: 'Schulaufsicht (untere)',
    });
    const vhs = await organisationRepo.create({ name: 'VHS Kleve', type: 'Weiterbildung/VHS' });
    const person = await personRepo.create({ lastName: 'Janssen', organisationId: schulamt.id });
    const membership = await membershipRepo.create({
      personId: person.id,
      bodyId: lk,
      role: 'mitglied',
      from: '2020-01-01',
    });
    await personRepo.update(person.id, { organisationId: vhs.id });
    expect((await membershipRepo.require(membership.id)).representedOrganisationId).toBe(schulamt.id);
  });

  it('checks the rules on update too', async () => {
    const person = await personRepo.create({ lastName: 'Berger' });
    const base = { personId: person.id, bodyId: lk, role: 'mitglied' as const, seat: 'Jugendhilfe' };
    await membershipRepo.create({ ...base, from: '2020-01-01', to: '2021-12-31' });
    const later = await membershipRepo.create({ ...base, from: '2022-01-01' });
    await expect(membershipRepo.update(later.id, { from: '2021-06-01' })).rejects.toThrow(
      /bereits vom 01.01.2020 bis 31.12.2021/,
    );
    expect((await membershipRepo.require(later.id)).from).toBe('2022-01-01');
  });
});
