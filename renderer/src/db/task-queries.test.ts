import { beforeEach, describe, expect, it } from 'vitest';
import { db } from './database';
import { meetingRepo, networkRepo, taskRepo } from './repos';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('task queries', () => {
  it('lists the tasks of one meeting by due date, without deleted ones', async () => {
    const { bodies } = await networkRepo.setUp({ name: 'Regionales Bildungsnetzwerk Krefeld', region: 'Krefeld' });
    const body = bodies[1]!;
    const slot = { bodyId: body.id, startTime: '14:00', endTime: '16:00' };
    const meeting = await meetingRepo.create({ ...slot, date: '2026-03-10' });
    const other = await meetingRepo.create({ ...slot, date: '2026-06-09' });
    const task = (title: string, dueDate: string, meetingId: string) =>
      taskRepo.create({ title, dueDate, meetingId, ownerKind: 'body', ownerBodyId: body.id });
    await task('Später', '2026-05-01', meeting.id);
    await task('Früher', '2026-04-01', meeting.id);
    await task('Andere Sitzung', '2026-04-15', other.id);
    const deleted = await task('Gelöscht', '2026-04-20', meeting.id);
    await taskRepo.remove(deleted.id);

    expect((await taskRepo.forMeeting(meeting.id)).map((t) => t.title)).toEqual(['Früher', 'Später']);
  });
});
