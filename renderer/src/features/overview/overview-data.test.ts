import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../db/database';
import { actionFieldRepo, measureRepo, meetingRepo, networkRepo, personRepo, taskRepo } from '../../db/repos';
import { loadActionFieldSummaries, loadOverdueTasks, loadUpcomingMeetings } from './overview-data';

const TODAY = '2026-03-01';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

async function setUp() {
  const { network, bodies } = await networkRepo.setUp({ name: 'Regionales Bildungsnetzwerk Essen', region: 'Essen' });
  const [bk, lk] = bodies;
  return { network, bk: bk!, lk: lk! };
}

describe('Übersicht queries', () => {
  it('list the next meetings soonest first with their invitation deadline', async () => {
    const { network, bk, lk } = await setUp();
    const slot = { startTime: '14:00', endTime: '16:00' };
    await meetingRepo.create({ ...slot, bodyId: lk.id, date: '2026-02-10' }); // past
    await meetingRepo.create({ ...slot, bodyId: lk.id, date: '2026-05-20' });
    await meetingRepo.create({ ...slot, bodyId: bk.id, date: '2026-03-12', invitationSentOn: '2026-02-20' });
    await meetingRepo.create({ ...slot, bodyId: lk.id, date: '2026-03-10', status: 'abgesagt' });
    await meetingRepo.create({ ...slot, bodyId: lk.id, date: '2026-03-12', startTime: '09:00', endTime: '10:00' });

    const upcoming = await loadUpcomingMeetings(network.id, TODAY);
    expect(upcoming.map((u) => [u.meeting.date, u.body.code, u.deadline, u.deadlineState])).toEqual([
      ['2026-03-12', 'LK', '2026-02-26', 'ueberschritten'],
      ['2026-03-12', 'BK', '2026-02-26', 'eingehalten'],
      ['2026-05-20', 'LK', '2026-05-06', 'offen'],
    ]);
  });

  it('list overdue open tasks with owner and meeting, most overdue first', async () => {
    const { network, lk } = await setUp();
    const meeting = await meetingRepo.create({
      bodyId: lk.id,
      date: '2026-01-20',
      startTime: '14:00',
      endTime: '16:00',
    });
    const person = await personRepo.create({ title: 'Dr.', firstName: 'Ulrike', lastName: 'Stammen' });
    const owner = { ownerKind: 'person' as const, ownerPersonId: person.id };
    await taskRepo.create({ ...owner, title: 'Eine Woche', dueDate: '2026-02-22', meetingId: meeting.id });
    await taskRepo.create({ ...owner, title: 'Zwei Wochen', dueDate: '2026-02-15' });
    await taskRepo.create({ ...owner, title: 'Erledigt', dueDate: '2026-02-01', status: 'erledigt' });
    await taskRepo.create({ ...owner, title: 'Noch Zeit', dueDate: '2026-03-05' });

    const rows = await loadOverdueTasks(network.id, TODAY);
    expect(rows.map((r) => [r.task.title, r.daysOverdue, r.ownerName, r.meeting?.bodyCode])).toEqual([
      ['Zwei Wochen', 14, 'Dr. Ulrike Stammen', undefined],
      ['Eine Woche', 7, 'Dr. Ulrike Stammen', 'LK'],
    ]);
  });

  it('count open and overdue tasks and measures by status per action field', async () => {
    const { network, lk } = await setUp();
    const field = await actionFieldRepo.create({ networkId: network.id, position: 0, title: 'Inklusion' });
    const owner = { ownerKind: 'body' as const, ownerBodyId: lk.id, actionFieldId: field.id };
    await taskRepo.create({ ...owner, title: 'Überfällig', dueDate: '2026-02-01' });
    await taskRepo.create({ ...owner, title: 'Offen', dueDate: '2026-04-01', status: 'in-arbeit' });
    await taskRepo.create({ ...owner, title: 'Erledigt', dueDate: '2026-02-01', status: 'erledigt' });
    for (const status of ['laufend', 'laufend', 'abgeschlossen'] as const) {
      await measureRepo.create({ actionFieldId: field.id, title: `Maßnahme ${status}`, status });
    }

    const [summary] = await loadActionFieldSummaries(network.id, TODAY);
    expect(summary).toMatchObject({
      openTasks: 2,
      overdueTasks: 1,
      measureCount: 3,
      measuresByStatus: { laufend: 2, abgeschlossen: 1 },
    });
  });
});
