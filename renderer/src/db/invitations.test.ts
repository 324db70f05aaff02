import { beforeEach, describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_BYTES } from '../../../shared/schemas';
import { db } from './database';
import { LockedError, ValidationError } from './errors';
import { freshNetworkWithLenkungskreis } from './repos/directory/test-network';
import {
  attachmentRepo,
  invitationRepo,
  meetingPlanRepo,
  meetingRepo,
  membershipRepo,
  participantRepo,
  paperRepo,
  personRepo,
} from './repos';

let lk: string;
let meetingId: string;
beforeEach(async () => {
  lk = await freshNetworkWithLenkungskreis();
  meetingId = (
    await meetingPlanRepo.create(
      { bodyId: lk, date: '2026-03-10', startTime: '14:00', endTime: '16:00' },
      { kind: 'empty' },
    )
  ).id;
});

const issuesOf = async (promise: Promise<unknown>) => {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).issues;
};

describe('invitations', () => {
  it('adds members who joined later without touching those already listed', async () => {
    const person = await personRepo.create({ lastName: 'Aydin', firstName: 'Selin' });
    await membershipRepo.create({ personId: person.id, bodyId: lk, role: 'mitglied', from: '2026-01-01' });
    const later = await personRepo.create({ lastName: 'Zeller', firstName: 'Tom' });
    await membershipRepo.create({ personId: later.id, bodyId: lk, role: 'beratend', from: '2026-04-01' });
    expect(await invitationRepo.inviteBodyMembers(meetingId)).toBe(1);
    expect(await invitationRepo.inviteBodyMembers(meetingId)).toBe(0);
    expect((await participantRepo.forMeeting(meetingId)).map((p) => p.displayName)).toEqual(['Selin Aydin']);
  });

  it('adds guests from the directory or by name, each person once', async () => {
    const guest = await personRepo.create({ lastName: 'Brandt', firstName: 'Eva' });
    await invitationRepo.addGuest(meetingId, { personId: guest.id });
    expect(await issuesOf(invitationRepo.addGuest(meetingId, { personId: guest.id }))).toEqual([
      { path: 'personId', message: 'Diese Person steht bereits auf der Einladungsliste.' },
    ]);
    await invitationRepo.addGuest(meetingId, {
      name: 'Referentin der Agentur für Arbeit',
      organisationName: 'Agentur für Arbeit',
    });
    const listed = await participantRepo.forMeeting(meetingId);
    expect(listed.map((p) => [p.displayName, p.isGuest, p.position])).toEqual([
      ['Eva Brandt', true, 1],
      ['Referentin der Agentur für Arbeit', true, 2],
    ]);
  });

  it('records replies; a representation needs someone and keeps the name as printed', async () => {
    const guest = await invitationRepo.addGuest(meetingId, { name: 'Eva Brandt' });
    const deputy = await personRepo.create({ lastName: 'Vos', firstName: 'Lena' });
    expect(await issuesOf(invitationRepo.setReply(guest.id, 'vertreten', '2026-02-25'))).toEqual([
      { path: 'substituteName', message: 'Bitte angeben, wer die Vertretung übernimmt.' },
    ]);
    const represented = await invitationRepo.setReply(guest.id, 'vertreten', '2026-02-25', { personId: deputy.id });
    expect([represented.substituteName, represented.substitutePersonId, represented.repliedOn]).toEqual([
      'Lena Vos',
      deputy.id,
      '2026-02-25',
    ]);
    const open = await invitationRepo.setReply(guest.id, 'offen', '2026-02-26');
    expect([open.reply, open.substituteName, open.repliedOn]).toEqual(['offen', undefined, undefined]);
  });

  it('marks the invitation sent, and a planned meeting invited', async () => {
    const sent = await invitationRepo.markSent(meetingId, '2026-02-20');
    expect([sent.status, sent.invitationSentOn]).toEqual(['eingeladen', '2026-02-20']);
    expect((await issuesOf(invitationRepo.markSent(meetingId, '20.02.2026')))[0]?.path).toBe('invitationSentOn');
    expect((await meetingRepo.get(meetingId))?.invitationSentOn).toBe('2026-02-20');
  });
});

const pdf = (size = 12) => new Blob([new Uint8Array(size).fill(0x25)], { type: 'application/pdf' });
const paper = (sequence?: number) => ({
  meetingId,
  kind: 'vorlage' as const,
  title: 'Haushalt',
  sequence,
  fileName: 'haushalt.pdf',
  mimeType: 'application/pdf',
  blob: pdf(),
});

describe('papers', () => {
  it('numbers Vorlagen per body and year and refuses a number already given', async () => {
    expect(await paperRepo.nextSequence(meetingId)).toBe(1);
    const first = await paperRepo.add(paper());
    expect([first.label, first.size, first.sha256]).toEqual([
      'Vorlage LK-01/2026',
      12,
      expect.stringMatching(/^[0-9a-f]{64}$/),
    ]);
    expect((await paperRepo.add(paper())).label).toBe('Vorlage LK-02/2026');
    expect(await issuesOf(paperRepo.add(paper(2)))).toEqual([
      {
        path: 'sequence',
        message: 'Die Nummer Vorlage LK-02/2026 ist bereits vergeben. Nächste freie Nummer: Vorlage LK-03/2026.',
      },
    ]);
    // A deleted paper's number is not given again.
    await attachmentRepo.remove(first.id);
    expect(await paperRepo.nextSequence(meetingId)).toBe(3);
  });

  it('renumbers a Vorlage with the same duplicate check, and leaves Anlagen unnumbered', async () => {
    const first = await paperRepo.add(paper());
    await paperRepo.add(paper(5));
    expect((await issuesOf(paperRepo.renumber(first.id, 5)))[0]?.message).toMatch(/LK-05\/2026 ist bereits vergeben/);
    await paperRepo.renumber(first.id, 4);
    expect((await attachmentRepo.get(first.id))?.label).toBe('Vorlage LK-04/2026');
    const annex = await paperRepo.add({ ...paper(), kind: 'anlage' });
    expect([annex.label, annex.sequence]).toEqual([undefined, undefined]);
  });

  it('leaves the papers of approved minutes as they are', async () => {
    const first = await paperRepo.add(paper());
    const now = new Date().toISOString();
    await db.minutes.add({
      id: 'm',
      meetingId,
      status: 'genehmigt',
      revision: 0,
      createdAt: now,
      updatedAt: now,
    } as never);
    await expect(paperRepo.add(paper())).rejects.toBeInstanceOf(LockedError);
    await expect(paperRepo.remove(first.id)).rejects.toBeInstanceOf(LockedError);
    await expect(paperRepo.renumber(first.id, 7)).rejects.toBeInstanceOf(LockedError);
    expect((await attachmentRepo.forMeeting(meetingId)).map((a) => a.label)).toEqual(['Vorlage LK-01/2026']);
  });

  it('refuses files that are too large or of an unknown type, storing nothing', async () => {
    const big = new Blob([new Uint8Array(MAX_ATTACHMENT_BYTES + 1)], { type: 'application/pdf' });
    expect(await issuesOf(paperRepo.add({ ...paper(), blob: big }))).toEqual([
      { path: 'size', message: 'Die Datei ist größer als 25 MB.' },
    ]);
    expect((await issuesOf(paperRepo.add({ ...paper(), mimeType: 'application/x-msdownload' })))[0]?.path).toBe(
      'mimeType',
    );
    expect(await attachmentRepo.forMeeting(meetingId)).toEqual([]);
  });
});
