import type { Body, Meeting, Participant } from '../../../../shared/schemas';
import { db } from '../database';
import { agendaRepo } from './agenda.repo';
import { meetingRepo } from './meeting.repo';
import { networkRepo } from './network.repo';
import { participantRepo } from './participant.repo';

/** Test set-up: a fresh network and a Lenkungskreis meeting with two items and three voting members present. */
export async function meetingWithMinutes() {
  await db.delete();
  await db.open();
  const { network, bodies } = await networkRepo.setUp({
    name: 'Regionales Bildungsnetzwerk Kreis Kleve',
    region: 'Kreis Kleve',
  });
  const [bk, lk] = bodies as [Body, Body];
  const slot = { bodyId: lk.id, startTime: '14:00', endTime: '16:00' };
  const meeting: Meeting = await meetingRepo.create({ ...slot, date: '2026-03-10' });
  const nextMeeting: Meeting = await meetingRepo.create({ ...slot, date: '2026-06-09' });
  const item = (position: number, title: string) =>
    agendaRepo.create({ meetingId: meeting.id, position, kind: 'beschluss', title, plannedMinutes: 20 });
  const items = [await item(1, 'Jahresplanung'), await item(2, 'Bildungsbericht')];
  const member = (displayName: string, attendance: Participant['attendance']) =>
    participantRepo.create({ meetingId: meeting.id, displayName, isVoting: true, attendance });
  const participants = [
    await member('Dr. Ulrike Stammen', 'anwesend'),
    await member('Bernd Kleinhaus', 'anwesend'),
    await member('Annette Vos', 'vertreten'),
    await member('Miriam Sauerland', 'entschuldigt'),
  ];
  return { network, bk, lk, meeting, nextMeeting, items, participants };
}
