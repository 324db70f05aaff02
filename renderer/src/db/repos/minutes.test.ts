import { beforeEach, describe, expect, it } from 'vitest';
import { LOCKED_MESSAGE } from '../../../../shared/domain/status-cycle';
import { richTextFromParagraphs } from '../../../../shared/schemas';
import { ConflictError, LockedError, ValidationError } from '../errors';
import {
  agendaRepo,
  deferredItemsForBody,
  meetingRepo,
  minutesRepo,
  participantRepo,
  resultRepo,
  sessionRepo,
  taskRepo,
} from '../repos';
import { meetingWithMinutes } from './minutes-fixture';

let setup: Awaited<ReturnType<typeof meetingWithMinutes>>;
beforeEach(async () => {
  setup = await meetingWithMinutes();
});

const sealAt = (revision: number) => ({ approvedContent: '{}', fingerprint: 'ab'.repeat(32), revision });

/** Sends (unless sent) and approves the minutes of the set-up meeting in the next meeting. */
async function approve(): Promise<void> {
  const { meeting, nextMeeting } = setup;
  if ((await minutesRepo.forMeeting(meeting.id))?.status !== 'versandt') {
    await minutesRepo.changeStatus(meeting.id, { to: 'versandt', sentOn: '2026-03-20' });
  }
  const minutes = (await minutesRepo.forMeeting(meeting.id))!;
  await minutesRepo.changeStatus(
    meeting.id,
    { to: 'genehmigt', approvedOn: '2026-06-09', approvedInMeetingId: nextMeeting.id },
    sealAt(minutes.revision),
  );
}

const refusal = (write: Promise<unknown>) => write.then(() => undefined).catch((e: unknown) => e);

describe('results are numbered as they are recorded', () => {
  it('counts Beschlüsse per body and year, Empfehlungen per year across the network, never reusing a number', async () => {
    const { meeting, items, bk, lk } = setup;
    const decide = (kind: 'beschluss' | 'empfehlung', meetingId = meeting.id) =>
      resultRepo.record({ meetingId, agendaItemId: items[0]!.id, kind, text: 'Der Lenkungskreis beschließt.' });
    expect((await decide('beschluss')).label).toBe('B-LK-2026-01');
    const second = await decide('beschluss');
    expect(second.label).toBe('B-LK-2026-02');
    await resultRepo.remove(second.id);
    expect((await decide('beschluss')).label).toBe('B-LK-2026-03');

    const conference = await meetingRepo.create({
      bodyId: bk.id,
      date: '2026-05-14',
      startTime: '14:00',
      endTime: '17:30',
    });
    expect((await decide('empfehlung', conference.id)).label).toBe('E-2026-01');
    expect((await decide('empfehlung')).label).toBe('E-2026-02');
    expect((await decide('beschluss', conference.id)).label).toBe('B-BK-2026-01');
    // An import brings its own numbers; the series goes on after them.
    const imported = await resultRepo.create({
      meetingId: meeting.id,
      agendaItemId: items[1]!.id,
      kind: 'beschluss',
      text: 'Aus dem alten Protokoll.',
      year: 2026,
      sequence: 7,
      label: 'B-LK-2026-07',
    });
    expect(imported.label).toBe('B-LK-2026-07');
    expect((await decide('beschluss')).label).toBe(`B-${lk.code}-2026-08`);
  });

  it('keeps the number on edits, numbers anew when the kind changes, none for a Kenntnisnahme', async () => {
    const { meeting, items } = setup;
    const base = { meetingId: meeting.id, agendaItemId: items[0]!.id };
    const noted = await resultRepo.record({ ...base, kind: 'kenntnisnahme' });
    expect(noted.label).toBeUndefined();
    const resolution = await resultRepo.update(noted.id, { kind: 'beschluss', text: 'Beschlossen.' });
    expect(resolution.label).toBe('B-LK-2026-01');
    expect((await resultRepo.update(noted.id, { text: 'Beschlossen, mit Änderung.' })).label).toBe('B-LK-2026-01');
    expect((await resultRepo.update(noted.id, { kind: 'empfehlung', addressee: 'Schulträger' })).label).toBe(
      'E-2026-01',
    );
    // The highest Beschluss number was given up with the change of kind, so it is free again.
    expect((await resultRepo.record({ ...base, kind: 'beschluss', text: 'Zweiter.' })).label).toBe('B-LK-2026-01');
  });

  it('refuses a Beschluss without its exact wording', async () => {
    const { meeting, items } = setup;
    const error = await refusal(
      resultRepo.record({ meetingId: meeting.id, agendaItemId: items[0]!.id, kind: 'beschluss' }),
    );
    expect((error as ValidationError).issues[0]).toMatchObject({ path: 'text' });
  });
});

describe('votes are checked against the voting members present', () => {
  const vote = (yes: number, no: number, abstain: number) => ({
    kind: 'beschluss' as const,
    text: 'Beschlossen.',
    voteMode: 'abstimmung' as const,
    votesYes: yes,
    votesNo: no,
    votesAbstain: abstain,
  });

  it('counts present and represented voting members, and refuses more votes than that', async () => {
    const { meeting, items } = setup;
    const base = { meetingId: meeting.id, agendaItemId: items[0]!.id };
    expect((await resultRepo.record({ ...base, ...vote(2, 0, 1) })).votesYes).toBe(2);
    const error = await refusal(resultRepo.record({ ...base, ...vote(3, 1, 0) }));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toEqual([
      { path: 'votes', message: 'Es wurden 4 Stimmen gezählt, aber nur 3 stimmberechtigte Mitglieder sind anwesend.' },
    ]);
  });

  it('skips the count while no attendance is recorded, and needs none for a consensus', async () => {
    const { meeting, items, participants } = setup;
    const base = { meetingId: meeting.id, agendaItemId: items[0]!.id };
    await resultRepo.record({ ...base, kind: 'beschluss', text: 'Einvernehmlich.', voteMode: 'konsens' });
    for (const p of participants) await participantRepo.update(p.id, { attendance: 'offen' });
    expect((await resultRepo.record({ ...base, ...vote(9, 0, 0) })).votesYes).toBe(9);
  });
});

describe('the minutes move through their cycle through the repository', () => {
  it('starts as a draft, needs sending before approval, and mirrors its status on the meeting', async () => {
    const { meeting, nextMeeting } = setup;
    const early = await refusal(
      minutesRepo.changeStatus(
        meeting.id,
        { to: 'genehmigt', approvedOn: '2026-06-09', approvedInMeetingId: nextMeeting.id },
        sealAt(0),
      ),
    );
    expect(error(early).message).toBe('Das Protokoll muss zuerst versandt werden, bevor es genehmigt werden kann.');
    expect(await refusal(minutesRepo.changeStatus(meeting.id, { to: 'versandt' }))).toBeInstanceOf(ValidationError);

    await minutesRepo.changeStatus(meeting.id, { to: 'versandt', sentOn: '2026-03-20' });
    expect((await meetingRepo.require(meeting.id)).status).toBe('protokoll-versandt');
    await minutesRepo.changeStatus(meeting.id, { to: 'einwaende', objections: 'Frau Vos: TOP 2 ergänzen.' });
    expect((await minutesRepo.forMeeting(meeting.id))?.objections).toBe('Frau Vos: TOP 2 ergänzen.');
    await approve();
    const approved = (await minutesRepo.forMeeting(meeting.id))!;
    expect(approved).toMatchObject({
      status: 'genehmigt',
      approvedInMeetingId: nextMeeting.id,
      fingerprint: 'ab'.repeat(32),
    });
    expect((await meetingRepo.require(meeting.id)).status).toBe('protokoll-genehmigt');
  });

  it('approves only in a later meeting of the same body, or by lapse of time where the body says so', async () => {
    const { meeting, bk } = setup;
    await minutesRepo.changeStatus(meeting.id, { to: 'versandt', sentOn: '2026-03-20' });
    const change = { to: 'genehmigt' as const, approvedOn: '2026-04-20' };
    const itself = await refusal(
      minutesRepo.changeStatus(meeting.id, { ...change, approvedInMeetingId: meeting.id }, sealAt(0)),
    );
    expect((itself as ValidationError).issues[0]?.path).toBe('approvedInMeetingId');
    const deemed = await refusal(minutesRepo.changeStatus(meeting.id, { ...change, deemedApproved: true }, sealAt(0)));
    expect((deemed as ValidationError).message).toMatch(/nur als genehmigt, wenn das Gremium so verfährt/);

    const conference = await meetingRepo.create({
      bodyId: bk.id,
      date: '2026-05-14',
      startTime: '14:00',
      endTime: '17:30',
    });
    await minutesRepo.changeStatus(conference.id, { to: 'versandt', sentOn: '2026-05-20' });
    const tooEarly = await refusal(
      minutesRepo.changeStatus(
        conference.id,
        { to: 'genehmigt', approvedOn: '2026-06-03', deemedApproved: true },
        sealAt(0),
      ),
    );
    expect((tooEarly as ValidationError).message).toBe(
      'Das Protokoll gilt erst ab dem 04.06.2026 als genehmigt, wenn bis dahin niemand widerspricht.',
    );
    const approved = await minutesRepo.changeStatus(
      conference.id,
      { to: 'genehmigt', approvedOn: '2026-06-04', deemedApproved: true },
      sealAt(0),
    );
    expect(approved).toMatchObject({ deemedApproved: true, approvedOn: '2026-06-04' });
  });

  it('refuses an approval sealed from content that changed meanwhile', async () => {
    const { meeting, nextMeeting, items } = setup;
    await minutesRepo.changeStatus(meeting.id, { to: 'versandt', sentOn: '2026-03-20' });
    const sealedAt = (await minutesRepo.forMeeting(meeting.id))!.revision;
    await agendaRepo.saveNotes(items[0]!.id, richTextFromParagraphs(['Nachgetragen.']), 0);
    const stale = await refusal(
      minutesRepo.changeStatus(
        meeting.id,
        { to: 'genehmigt', approvedOn: '2026-06-09', approvedInMeetingId: nextMeeting.id },
        sealAt(sealedAt),
      ),
    );
    expect(stale).toBeInstanceOf(ConflictError);
    expect((await minutesRepo.forMeeting(meeting.id))?.status).toBe('versandt');
  });

  it('records amendments only for approved minutes, not before their approval', async () => {
    const { meeting } = setup;
    await minutesRepo.changeStatus(meeting.id, { to: 'versandt', sentOn: '2026-03-20' });
    const minutesId = (await minutesRepo.forMeeting(meeting.id))!.id;
    const amendment = { minutesId, date: '2026-06-10', reason: 'Tippfehler', text: 'TOP 2: „Vos“ statt „Voss“.' };
    expect(await refusal(minutesRepo.addAmendment(amendment))).toBeInstanceOf(ValidationError);
    await approve();
    expect(await refusal(minutesRepo.addAmendment({ ...amendment, date: '2026-06-01' }))).toBeInstanceOf(
      ValidationError,
    );
    await minutesRepo.addAmendment(amendment);
    expect((await minutesRepo.amendments(minutesId)).map((a) => a.reason)).toEqual(['Tippfehler']);
  });
});

const error = (value: unknown) => value as Error;

describe('approved minutes refuse every write to their content', () => {
  it('refuses notes, results, tasks, attendance, the session and the minutes themselves with the German message', async () => {
    const { meeting, items, participants, lk } = setup;
    const base = { meetingId: meeting.id, agendaItemId: items[0]!.id };
    const result = await resultRepo.record({ ...base, kind: 'beschluss', text: 'Beschlossen.' });
    const owner = { ownerKind: 'body' as const, ownerBodyId: lk.id };
    const task = await taskRepo.create({ ...base, ...owner, title: 'Einladung versenden', dueDate: '2026-04-30' });
    await approve();
    const minutes = (await minutesRepo.forMeeting(meeting.id))!;

    const writes: Promise<unknown>[] = [
      agendaRepo.saveNotes(items[0]!.id, richTextFromParagraphs(['Nachträglich.']), items[0]!.revision),
      agendaRepo.update(items[1]!.id, { title: 'Anderer Titel' }),
      agendaRepo.create({ meetingId: meeting.id, position: 3, kind: 'verschiedenes', title: 'Neu', plannedMinutes: 5 }),
      resultRepo.record({ ...base, kind: 'kenntnisnahme' }),
      resultRepo.create({ ...base, kind: 'kenntnisnahme' }),
      resultRepo.update(result.id, { text: 'Anders beschlossen.' }),
      resultRepo.remove(result.id),
      taskRepo.create({ ...base, ...owner, title: 'Neue Aufgabe', dueDate: '2026-05-30' }),
      taskRepo.update(task.id, { dueDate: '2026-05-30' }),
      participantRepo.update(participants[3]!.id, { attendance: 'anwesend' }),
      participantRepo.create({ meetingId: meeting.id, displayName: 'Gast', isGuest: true, attendance: 'gast' }),
      sessionRepo.callItem(meeting.id, items[1]!.id),
      minutesRepo.update(minutes.id, { objections: 'Nachträglich' }),
      minutesRepo.changeStatus(meeting.id, { to: 'versandt', sentOn: '2026-07-01' }),
    ];
    for (const write of writes) {
      const refused = await refusal(write);
      expect(refused).toBeInstanceOf(LockedError);
      expect(error(refused).message).toBe(LOCKED_MESSAGE);
    }
    expect((await agendaRepo.require(items[0]!.id)).notes).toBeUndefined();
    expect((await resultRepo.require(result.id)).text).toBe('Beschlossen.');
    expect(await taskRepo.forMeeting(meeting.id)).toHaveLength(1);
  });

  it('refuses an import into approved minutes as a whole, and saves nothing of it', async () => {
    const { meeting, items, nextMeeting } = setup;
    await approve();
    const imported = [
      { meetingId: nextMeeting.id, agendaItemId: items[0]!.id, kind: 'kenntnisnahme' as const },
      { meetingId: meeting.id, agendaItemId: items[0]!.id, kind: 'kenntnisnahme' as const },
    ];
    expect(await refusal(resultRepo.bulkCreate(imported))).toBeInstanceOf(LockedError);
    expect(await resultRepo.all()).toEqual([]);
  });

  it('still follows up: task progress and the implementation of a resolution may change', async () => {
    const { meeting, items, lk } = setup;
    const base = { meetingId: meeting.id, agendaItemId: items[0]!.id };
    const result = await resultRepo.record({ ...base, kind: 'beschluss', text: 'Beschlossen.' });
    const task = await taskRepo.create({
      ...base,
      ownerKind: 'body',
      ownerBodyId: lk.id,
      title: 'Tun',
      dueDate: '2026-04-30',
    });
    await approve();
    expect((await taskRepo.update(task.id, { status: 'erledigt', completedOn: '2026-04-28' })).status).toBe('erledigt');
    expect((await resultRepo.update(result.id, { followUpStatus: 'umgesetzt' })).followUpStatus).toBe('umgesetzt');
  });
});

describe('two windows editing the same notes', () => {
  it('saves from the revision the editor started with and refuses a stale one, keeping the stored text', async () => {
    const item = setup.items[0]!;
    const first = await agendaRepo.saveNotes(item.id, richTextFromParagraphs(['Fenster A']), item.revision);
    expect(first).toBe(item.revision + 1);
    const stale = await refusal(agendaRepo.saveNotes(item.id, richTextFromParagraphs(['Fenster B']), item.revision));
    expect(stale).toBeInstanceOf(ConflictError);
    expect((stale as ConflictError).stored).toEqual({ notes: richTextFromParagraphs(['Fenster A']), revision: first });
    expect((await agendaRepo.require(item.id)).notes).toEqual(richTextFromParagraphs(['Fenster A']));
    expect(await agendaRepo.saveNotes(item.id, richTextFromParagraphs(['Fenster B, bewusst']), first)).toBe(first + 1);
  });
});

describe('the meeting in Sitzungsmodus', () => {
  it('begins with the first item and a draft, calls items, and ends with the minutes draft', async () => {
    const { meeting, items } = setup;
    const started = await sessionRepo.begin(meeting.id, items[0]!.id, new Date(2026, 2, 10, 14, 3));
    expect(started).toMatchObject({ actualStart: '14:03', currentAgendaItemId: items[0]!.id });
    expect((await minutesRepo.forMeeting(meeting.id))?.status).toBe('entwurf');
    const called = await sessionRepo.callItem(meeting.id, items[1]!.id, new Date(2026, 2, 10, 14, 25));
    expect(called.currentItemStartedAt).toBe(new Date(2026, 2, 10, 14, 25).toISOString());
    const ended = await sessionRepo.end(meeting.id, new Date(2026, 2, 10, 15, 52));
    expect(ended).toMatchObject({ actualStart: '14:03', actualEnd: '15:52', status: 'protokoll-entwurf' });
    expect(ended.currentAgendaItemId).toBeUndefined();
  });
});

describe('deferred items are offered to the next meeting', () => {
  it('lists what a body deferred until a later meeting takes it up again', async () => {
    const { meeting, nextMeeting, items, lk } = setup;
    await resultRepo.record({
      meetingId: meeting.id,
      agendaItemId: items[1]!.id,
      kind: 'beschluss',
      text: 'Vertagt.',
      outcome: 'vertagt',
    });
    expect((await deferredItemsForBody(lk.id)).map((d) => d.agendaItem.title)).toEqual(['Bildungsbericht']);
    await agendaRepo.create({
      meetingId: nextMeeting.id,
      position: 1,
      kind: 'beschluss',
      title: 'Bildungsbericht ',
      plannedMinutes: 20,
    });
    expect(await deferredItemsForBody(lk.id)).toEqual([]);
  });
});
