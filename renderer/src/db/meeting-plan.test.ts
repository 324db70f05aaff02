import { beforeEach, describe, expect, it } from 'vitest';
import { ConflictError, ValidationError } from './errors';
import { db } from './database';
import { freshNetworkWithLenkungskreis } from './repos/directory/test-network';
import {
  agendaBuilderRepo,
  agendaRepo,
  meetingPlanRepo,
  meetingRepo,
  membershipRepo,
  participantRepo,
  personRepo,
  templateEditRepo,
  templateRepo,
} from './repos';
import { moveInOutline, outlineOf } from '../../../shared/domain/agenda-moves';
import { numberAgendaItems } from '../../../shared/domain/agenda-numbering';

let lk: string;
beforeEach(async () => {
  lk = await freshNetworkWithLenkungskreis();
});

const meetingOn = (date: string) => ({ bodyId: lk, date, startTime: '14:00', endTime: '16:00' });

const issuesOf = async (promise: Promise<unknown>) => {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).issues;
};

/** Titles in TOP order (1, 2, 2.1, 3 …). */
const titles = async (meetingId: string) =>
  numberAgendaItems(await agendaRepo.forMeeting(meetingId)).map(({ item }) => item.title);

describe('creating meetings', () => {
  it('starts from the usual agenda when the body has no template, and invites the current members', async () => {
    const chair = await personRepo.create({ lastName: 'Becker', firstName: 'Jana', title: 'Dr.' });
    const member = await personRepo.create({ lastName: 'Aydin', firstName: 'Selin' });
    const deputy = await personRepo.create({ lastName: 'Vos', firstName: 'Lena' });
    await membershipRepo.create({ personId: chair.id, bodyId: lk, role: 'vorsitz', from: '2020-01-01' });
    await membershipRepo.create({ personId: member.id, bodyId: lk, role: 'mitglied', from: '2020-01-01' });
    await membershipRepo.create({
      personId: deputy.id,
      bodyId: lk,
      role: 'stellvertretung',
      deputyOfPersonId: member.id,
      from: '2020-01-01',
    });

    const meeting = await meetingPlanRepo.create(meetingOn('2026-03-10'), { kind: 'template' });
    expect(meeting.number).toBe(1);
    expect(await titles(meeting.id)).toEqual([
      'Begrüßung und Feststellung der Tagesordnung',
      'Genehmigung des Protokolls der letzten Sitzung',
      'Bericht aus dem Bildungsbüro',
      'Sachstand Handlungsfelder und offene Aufgaben',
      'Verschiedenes',
    ]);
    const invited = await participantRepo.forMeeting(meeting.id);
    expect(invited.map((p) => [p.displayName, p.roleLabel, p.isVoting])).toEqual([
      ['Dr. Jana Becker', 'Vorsitz', true],
      ['Selin Aydin', 'Mitglied (stimmberechtigt)', true],
    ]);
  });

  it('copies the previous agenda with sub-items and action fields, but not what came of it', async () => {
    const first = await meetingPlanRepo.create(meetingOn('2026-03-10'), { kind: 'empty' });
    const parent = await agendaBuilderRepo.append({
      meetingId: first.id,
      kind: 'beratung',
      title: 'Übergänge',
      plannedMinutes: 20,
    });
    const child = await agendaBuilderRepo.append(
      {
        meetingId: first.id,
        parentId: parent.id,
        kind: 'bericht',
        title: 'KAoA',
        plannedMinutes: 10,
        chairNotes: 'kurz',
      },
      ['af-1'],
    );
    await agendaRepo.update(child.id, { notes: { type: 'doc', content: [] } as never });

    const second = await meetingPlanRepo.create(meetingOn('2026-06-16'), { kind: 'copy', meetingId: first.id });
    const copied = await agendaRepo.forMeeting(second.id);
    const copiedChild = copied.find((i) => i.title === 'KAoA')!;
    expect(copiedChild.parentId).toBe(copied.find((i) => i.title === 'Übergänge')!.id);
    expect(copiedChild.chairNotes).toBe('kurz');
    expect(copiedChild.notes).toBeUndefined();
    expect(await agendaRepo.actionFieldIds(copiedChild.id)).toEqual(['af-1']);
  });

  it('fills an empty agenda only, and refuses a meeting without a body', async () => {
    const meeting = await meetingPlanRepo.create(meetingOn('2026-03-10'), { kind: 'empty' });
    await meetingPlanRepo.fillAgenda(meeting.id, { kind: 'template' });
    expect(await issuesOf(meetingPlanRepo.fillAgenda(meeting.id, { kind: 'template' }))).toEqual([
      { path: 'agenda', message: 'Die Tagesordnung enthält bereits Punkte. Bitte diese bearbeiten.' },
    ]);
    expect(
      await issuesOf(meetingPlanRepo.create({ ...meetingOn('2026-04-01'), bodyId: 'nope' }, { kind: 'empty' })),
    ).toEqual([{ path: 'bodyId', message: 'Bitte ein Gremium auswählen.' }]);
  });

  it('refuses an end before the start at the field, saving nothing', async () => {
    const issues = await issuesOf(
      meetingPlanRepo.create({ ...meetingOn('2026-03-10'), endTime: '13:00' }, { kind: 'template' }),
    );
    expect(issues).toEqual([{ path: 'endTime', message: 'Das Ende muss nach dem Beginn liegen.' }]);
    expect(await db.meetings.count()).toBe(0);
    expect(await db.agendaItems.count()).toBe(0);
  });
});

describe('year planning', () => {
  it('creates all dates at once, numbered after the meetings already in the year', async () => {
    await meetingPlanRepo.create(meetingOn('2026-02-03'), { kind: 'empty' });
    const created = await meetingPlanRepo.planYear(
      lk,
      2026,
      ['2026-09-15', '2026-04-21'],
      { startTime: '14:00', endTime: '16:00', location: 'Kreishaus' },
      '2026-01-10',
    );
    expect(created.map((m) => [m.date, m.number, m.location])).toEqual([
      ['2026-04-21', 2, 'Kreishaus'],
      ['2026-09-15', 3, 'Kreishaus'],
    ]);
  });

  it('refuses the whole plan when one date is taken or doubled', async () => {
    await meetingPlanRepo.create(meetingOn('2026-02-03'), { kind: 'empty' });
    const issues = await issuesOf(
      meetingPlanRepo.planYear(lk, 2026, ['2026-02-03', '2026-05-05', '2026-05-05'], meetingOn('x'), '2026-01-10'),
    );
    expect(issues).toEqual([
      { path: 'dates.0', message: 'Am 03.02.2026 ist bereits die 1. Sitzung 2026 geplant.' },
      { path: 'dates.2', message: 'Der 05.05.2026 ist doppelt ausgewählt.' },
    ]);
    expect(await db.meetings.count()).toBe(1);
    expect(await issuesOf(meetingPlanRepo.planYear(lk, 2026, [], meetingOn('x'), '2026-01-10'))).toEqual([
      { path: 'dates', message: 'Bitte mindestens einen Termin auswählen.' },
    ]);
  });
});

describe('changing a meeting', () => {
  it('takes the next number when moved into another year', async () => {
    await meetingPlanRepo.create(meetingOn('2027-02-02'), { kind: 'empty' });
    const meeting = await meetingPlanRepo.create(meetingOn('2026-11-10'), { kind: 'empty' });
    const moved = await meetingPlanRepo.update(meeting.id, { date: '2027-01-12', theme: 'Jahresauftakt' });
    expect([moved.year, moved.number, moved.theme]).toEqual([2027, 2, 'Jahresauftakt']);
  });

  it('moves through the status cycle with the details each step needs', async () => {
    const meeting = await meetingPlanRepo.create(meetingOn('2026-03-10'), { kind: 'empty' });
    expect(await issuesOf(meetingPlanRepo.changeStatus(meeting.id, 'durchgefuehrt'))).toEqual([
      {
        path: 'status',
        message:
          'Die Sitzung kann nicht von „geplant“ auf „durchgeführt“ gesetzt werden. Nächster Schritt: „Einladung versandt“.',
      },
    ]);
    expect((await issuesOf(meetingPlanRepo.changeStatus(meeting.id, 'abgesagt', { cancelReason: ' ' })))[0]?.path).toBe(
      'cancelReason',
    );
    expect((await issuesOf(meetingPlanRepo.changeStatus(meeting.id, 'eingeladen')))[0]?.path).toBe('invitationSentOn');

    const cancelled = await meetingPlanRepo.changeStatus(meeting.id, 'abgesagt', { cancelReason: 'Krankheit' });
    expect([cancelled.status, cancelled.cancelReason]).toEqual(['abgesagt', 'Krankheit']);
    const back = await meetingPlanRepo.changeStatus(meeting.id, 'geplant');
    expect([back.status, back.cancelReason]).toEqual(['geplant', undefined]);
    const invited = await meetingPlanRepo.changeStatus(meeting.id, 'eingeladen', { invitationSentOn: '2026-02-20' });
    expect([invited.status, invited.invitationSentOn]).toEqual(['eingeladen', '2026-02-20']);
  });

  it('brings a deleted meeting back, with the next number if its own was given meanwhile', async () => {
    const meeting = await meetingPlanRepo.create(meetingOn('2026-03-10'), { kind: 'empty' });
    await meetingRepo.remove(meeting.id);
    expect(await meetingRepo.get(meeting.id)).toBeUndefined();
    const other = await meetingPlanRepo.create(meetingOn('2026-05-05'), { kind: 'empty' });
    expect(other.number).toBe(1);
    const restored = await meetingPlanRepo.restore(meeting.id);
    expect([restored.number, restored.deletedAt]).toEqual([2, undefined]);
    expect((await meetingRepo.get(meeting.id))?.number).toBe(2);
  });
});

describe('agenda builder', () => {
  it('appends items and sub-items, reorders them, and removes an item with its sub-items', async () => {
    const { id } = await meetingPlanRepo.create(meetingOn('2026-03-10'), { kind: 'empty' });
    const item = (title: string, parentId?: string) =>
      agendaBuilderRepo.append({ meetingId: id, parentId, kind: 'bericht', title, plannedMinutes: 10 });
    const a = await item('A');
    const b = await item('B');
    const b1 = await item('B1', b.id);
    await item('C');
    expect(b1.position).toBe(1);
    expect(await issuesOf(item('B1a', b1.id))).toEqual([
      { path: 'parentId', message: 'Ein Unterpunkt kann keine eigenen Unterpunkte haben.' },
    ]);

    const outline = outlineOf(await agendaRepo.forMeeting(id));
    await agendaBuilderRepo.reorder(id, moveInOutline(outline, b.id, 'up')!);
    expect(await titles(id)).toEqual(['B', 'B1', 'A', 'C']);
    expect((await agendaRepo.get(a.id))?.position).toBe(2);

    // An outline from before another window's change is refused.
    await expect(agendaBuilderRepo.reorder(id, outline.slice(1))).rejects.toBeInstanceOf(ConflictError);

    await agendaBuilderRepo.remove(b.id);
    expect(await titles(id)).toEqual(['A', 'C']);
  });

  it('saves an item with its action fields in one go and refuses negative durations', async () => {
    const { id } = await meetingPlanRepo.create(meetingOn('2026-03-10'), { kind: 'empty' });
    const item = await agendaBuilderRepo.append(
      { meetingId: id, kind: 'beratung', title: 'KAoA', plannedMinutes: 10 },
      ['af-1'],
    );
    await agendaBuilderRepo.save(item.id, { title: 'KAoA – Sachstand' }, ['af-2', 'af-3']);
    expect((await agendaBuilderRepo.actionFieldLinks(id)).get(item.id)?.sort()).toEqual(['af-2', 'af-3']);
    expect(await issuesOf(agendaBuilderRepo.save(item.id, { plannedMinutes: -5 }, []))).toEqual([
      { path: 'plannedMinutes', message: 'Die Dauer kann nicht negativ sein.' },
    ]);
    expect((await agendaBuilderRepo.actionFieldLinks(id)).get(item.id)?.sort()).toEqual(['af-2', 'af-3']);
  });

  it('takes over a suggestion by renaming the generic item or inserting a new one', async () => {
    const { id } = await meetingPlanRepo.create(meetingOn('2026-06-16'), { kind: 'template' });
    const [, generic] = await agendaRepo.forMeeting(id);
    await agendaBuilderRepo.acceptSuggestion(id, {
      kind: 'protokoll',
      item: { kind: 'formalia', title: 'Genehmigung des Protokolls der Sitzung vom 10.03.2026', plannedMinutes: 5 },
      target: { update: generic!.id },
    });
    await agendaBuilderRepo.acceptSuggestion(id, {
      kind: 'sachstand',
      item: { kind: 'beratung', title: 'Neu', description: 'Liste', plannedMinutes: 20 },
      target: { insertAt: 4 },
    });
    expect(await titles(id)).toEqual([
      'Begrüßung und Feststellung der Tagesordnung',
      'Genehmigung des Protokolls der Sitzung vom 10.03.2026',
      'Bericht aus dem Bildungsbüro',
      'Sachstand Handlungsfelder und offene Aufgaben',
      'Neu',
      'Verschiedenes',
    ]);
  });
});

describe('templates', () => {
  it('creates the standard template once and saves an agenda as the new standard', async () => {
    const standard = await templateEditRepo.createStandard(lk);
    expect(standard.name).toBe('Standardtagesordnung Lenkungskreis');
    expect((await templateEditRepo.createStandard(lk)).id).toBe(standard.id);

    const meeting = await meetingPlanRepo.create(meetingOn('2026-03-10'), { kind: 'empty' });
    const parent = await agendaBuilderRepo.append({
      meetingId: meeting.id,
      kind: 'beratung',
      title: 'Fachforum',
      plannedMinutes: 30,
    });
    await agendaBuilderRepo.append({
      meetingId: meeting.id,
      parentId: parent.id,
      kind: 'bericht',
      title: 'Forum A',
      plannedMinutes: 15,
    });
    const saved = await templateEditRepo.saveAgendaAsTemplate(meeting.id, 'Fachforum-Sitzung', true);

    expect((await templateEditRepo.standardOf(lk))?.id).toBe(saved.id);
    expect((await templateRepo.get(standard.id))?.isStandard).toBe(false);
    const items = await templateRepo.itemsOf(saved.id);
    expect(items.find((i) => i.title === 'Forum A')?.parentId).toBe(items.find((i) => i.title === 'Fachforum')?.id);

    const next = await meetingPlanRepo.create(meetingOn('2026-06-16'), { kind: 'template' });
    expect(await titles(next.id)).toEqual(['Fachforum', 'Forum A']);
  });

  it('edits, reorders and removes template items', async () => {
    const template = await templateEditRepo.createStandard(lk);
    const added = await templateEditRepo.appendItem({
      templateId: template.id,
      kind: 'bericht',
      title: 'Gast',
      plannedMinutes: 15,
    });
    expect(added.position).toBe(6);
    const child = await templateEditRepo.appendItem({
      templateId: template.id,
      parentId: added.id,
      kind: 'bericht',
      title: 'Rückfragen',
      plannedMinutes: 5,
    });
    const items = await templateRepo.itemsOf(template.id);
    await templateEditRepo.reorder(template.id, moveInOutline(outlineOf(items), added.id, 'up')!);
    const closing = items.find((i) => i.title === 'Verschiedenes')!;
    expect(outlineOf(await templateRepo.itemsOf(template.id)).at(-1)).toEqual({ id: closing.id });
    await templateEditRepo.saveItem(added.id, { title: 'Gastvortrag' });
    await templateEditRepo.removeItem(added.id);
    const left = await templateRepo.itemsOf(template.id);
    expect(left.map((i) => i.id)).not.toContain(child.id);
    expect(left).toHaveLength(5);
  });
});
