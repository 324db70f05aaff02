import { beforeEach, describe, expect, it } from 'vitest';
import { db } from './database';
import { ValidationError } from './errors';
import { bodyRepo, meetingRepo, membershipRepo, networkRepo, personRepo, taskRepo } from './repos';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

const setUp = () =>
  networkRepo.setUp({ name: 'Regionales Bildungsnetzwerk Kreis Kleve', region: 'Kreis Kleve', contractYear: 2012 });

describe('network set-up', () => {
  it('creates the network, its three fixed bodies and the Servicestelle in one go', async () => {
    const { network, bodies } = await setUp();
    expect((await networkRepo.active())?.id).toBe(network.id);
    expect(bodies.map((b) => b.code)).toEqual(['BK', 'LK', 'RBB']);
    const orgs = await db.organisations.toArray();
    expect(orgs.map((o) => o.name)).toEqual(['Servicestelle Regionale Bildungsnetzwerke']);
    expect(network.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(network.createdAt).toBe(network.updatedAt);
  });

  it('refuses to delete a fixed body with a German message', async () => {
    const { bodies } = await setUp();
    await expect(bodyRepo.remove(bodies[1]!.id)).rejects.toThrow(/können nicht gelöscht werden/);
  });
});

describe('repositories validate with the shared schemas', () => {
  it('refuses a person without last name and saves nothing', async () => {
    const error = await personRepo.create({ lastName: '  ' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues[0]).toMatchObject({
      path: 'lastName',
      message: 'Bitte den Nachnamen angeben.',
    });
    expect(await db.persons.count()).toBe(0);
  });

  it('refuses a membership that ends before it starts and a person as their own deputy', async () => {
    const { bodies } = await setUp();
    const person = await personRepo.create({ lastName: 'Hollmann', firstName: 'Katrin' });
    const base = { personId: person.id, bodyId: bodies[1]!.id, role: 'mitglied' as const, from: '2025-01-01' };
    await expect(membershipRepo.create({ ...base, to: '2024-12-31' })).rejects.toThrow(/nicht vor dem Beginn/);
    await expect(
      membershipRepo.create({ ...base, role: 'stellvertretung', deputyOfPersonId: person.id }),
    ).rejects.toThrow(/eigene Stellvertretung/);
  });

  it('bulk-creates only when every input is valid, naming the failing row', async () => {
    const error = await personRepo.bulkCreate([{ lastName: 'Vos' }, { lastName: '' }]).catch((e: unknown) => e);
    expect((error as ValidationError).issues[0]?.path).toBe('1.lastName');
    expect(await db.persons.count()).toBe(0);
    const created = await personRepo.bulkCreate([{ lastName: 'Vos' }, { lastName: 'Möllers' }]);
    expect(new Set(created.map((p) => p.id)).size).toBe(2);
    expect(await db.persons.count()).toBe(2);
  });

  it('updates only the changed fields and bumps updatedAt', async () => {
    const person = await personRepo.create({ lastName: 'Vos', firstName: 'Annette', function: 'Schulamtsdirektorin' });
    await new Promise((r) => setTimeout(r, 5));
    const updated = await personRepo.update(person.id, { function: '  Regionalkoordinatorin ' });
    expect(updated.function).toBe('Regionalkoordinatorin');
    expect(updated.updatedAt > person.updatedAt).toBe(true);
    expect((await personRepo.require(person.id)).firstName).toBe('Annette');
  });

  it('soft-deletes: the record stays in the table but is hidden', async () => {
    const person = await personRepo.create({ lastName: 'Möllers' });
    await personRepo.remove(person.id);
    expect(await personRepo.get(person.id)).toBeUndefined();
    expect((await db.persons.get(person.id))?.deletedAt).toBeDefined();
  });
});

describe('meetings', () => {
  it('numbers meetings per body and year', async () => {
    const { bodies } = await setUp();
    const lk = bodies[1]!.id;
    const base = { bodyId: lk, startTime: '14:00', endTime: '16:00' };
    const first = await meetingRepo.create({ ...base, date: '2026-02-18' });
    const second = await meetingRepo.create({ ...base, date: '2026-05-27' });
    const nextYear = await meetingRepo.create({ ...base, date: '2027-02-17' });
    expect([first.number, second.number, nextYear.number]).toEqual([1, 2, 1]);
    expect(second.year).toBe(2026);
  });

  it('refuses an end before the start', async () => {
    const { bodies } = await setUp();
    await expect(
      meetingRepo.create({ bodyId: bodies[1]!.id, date: '2026-02-18', startTime: '16:00', endTime: '14:00' }),
    ).rejects.toThrow(/Ende muss nach dem Beginn/);
  });

  it('lists upcoming meetings soonest first and overdue open tasks', async () => {
    const { bodies } = await setUp();
    const base = { bodyId: bodies[1]!.id, startTime: '14:00', endTime: '16:00' };
    await meetingRepo.create({ ...base, date: '2026-09-09' });
    await meetingRepo.create({ ...base, date: '2026-01-09' });
    await meetingRepo.create({ ...base, date: '2026-05-27' });
    expect((await meetingRepo.upcoming('2026-03-01')).map((m) => m.date)).toEqual(['2026-05-27', '2026-09-09']);

    const owner = await personRepo.create({ lastName: 'Wiechers' });
    const task = { ownerKind: 'person' as const, ownerPersonId: owner.id };
    await taskRepo.create({ ...task, title: 'Indikatorenliste', dueDate: '2026-02-01' });
    await taskRepo.create({ ...task, title: 'Erledigt', dueDate: '2026-01-01', status: 'erledigt' });
    await taskRepo.create({ ...task, title: 'Später', dueDate: '2026-12-01' });
    expect((await taskRepo.overdue('2026-03-01')).map((t) => t.title)).toEqual(['Indikatorenliste']);
  });
});
