import { nextMeetingNumber } from '../../../../shared/domain/meeting-number';
import { STANDARD_AGENDA } from '../../../../shared/domain/standard-agenda';
import { checkMeetingTransition } from '../../../../shared/domain/status-cycle';
import { planYear } from '../../../../shared/domain/year-planning';
import { MeetingInput, type Meeting, type MeetingStatus, type TemplateItem } from '../../../../shared/schemas';
import { db } from '../database';
import { NotFoundError, ValidationError } from '../errors';
import { patchRecord } from '../record';
import { agendaRepo, templateRepo } from './agenda.repo';
import { bodyRepo } from './directory/body.repo';
import { invitationRepo } from './invitation.repo';
import { meetingRepo } from './meeting.repo';
import { templateEditRepo } from './template-edit.repo';
import { copyOutline, plannedContent } from './outline-write';

/** Where a new agenda comes from: a template (the body's standard one if not named), the last meeting, or nothing. */
export type AgendaSource =
  { kind: 'template'; templateId?: string } | { kind: 'copy'; meetingId: string } | { kind: 'empty' };

export type NewMeeting = Omit<MeetingInput, 'number' | 'year' | 'status'>;
export type MeetingChanges = Partial<Omit<MeetingInput, 'bodyId' | 'number' | 'year' | 'status'>>;

const TABLES = () => [
  db.meetings,
  db.bodies,
  db.agendaItems,
  db.agendaItemActionFields,
  db.agendaTemplates,
  db.templateItems,
  db.participants,
  db.memberships,
  db.persons,
  db.organisations,
  db.minutes,
];

const usedNumbers = async (bodyId: string, year: number, exceptId?: string): Promise<number[]> =>
  (await db.meetings.where('[bodyId+year]').equals([bodyId, year]).toArray())
    .filter((m) => !m.deletedAt && m.id !== exceptId)
    .map((m) => m.number);

/** The named template's items, else the body's standard template's, else the usual agenda. */
type CopiedTemplateItem = Pick<
  TemplateItem,
  'id' | 'parentId' | 'position' | 'kind' | 'title' | 'description' | 'plannedMinutes' | 'proposedResolution'
>;

async function templateItems(bodyId: string, templateId: string | undefined): Promise<CopiedTemplateItem[]> {
  const template = templateId ? await templateRepo.require(templateId) : await templateEditRepo.standardOf(bodyId);
  if (template) return templateRepo.itemsOf(template.id);
  return STANDARD_AGENDA.map((item, index) => ({ ...item, id: `standard-${index}`, position: index + 1 }));
}

/** Copies an earlier meeting's agenda without what came of it (notes, results) but with its action fields. */
async function copyMeetingAgenda(meetingId: string, fromMeetingId: string): Promise<void> {
  const items = await agendaRepo.forMeeting(fromMeetingId);
  const links = await db.agendaItemActionFields
    .where('agendaItemId')
    .anyOf(items.map((i) => i.id))
    .toArray();
  await copyOutline(items, async (item, placement) => {
    const copy = await agendaRepo.create({
      meetingId,
      ...placement,
      ...plannedContent(item),
      presenterPersonId: item.presenterPersonId,
      presenterText: item.presenterText,
      chairNotes: item.chairNotes,
      isPublic: item.isPublic,
    });
    const fields = links.filter((l) => l.agendaItemId === item.id).map((l) => l.actionFieldId);
    for (const actionFieldId of fields) await agendaRepo.linkActionField(copy.id, actionFieldId);
    return copy;
  });
}

async function fill(meeting: Meeting, source: AgendaSource): Promise<void> {
  if (source.kind === 'empty') return;
  if ((await agendaRepo.forMeeting(meeting.id)).length > 0) {
    throw ValidationError.single('agenda', 'Die Tagesordnung enthält bereits Punkte. Bitte diese bearbeiten.');
  }
  if (source.kind === 'copy') return copyMeetingAgenda(meeting.id, source.meetingId);
  const items = await templateItems(meeting.bodyId, source.templateId);
  await copyOutline(items, (item, placement) =>
    agendaRepo.create({ meetingId: meeting.id, ...placement, ...plannedContent(item) }),
  );
}

/** Planning and preparing meetings: what creates or changes a meeting together with its parts. */
export const meetingPlanRepo = {
  /** A new meeting (numbered per body and year) with its agenda and the body's members invited. */
  async create(input: NewMeeting, source: AgendaSource): Promise<Meeting> {
    return db.transaction('rw', TABLES(), async () => {
      if (!(await bodyRepo.get(input.bodyId))) throw ValidationError.single('bodyId', 'Bitte ein Gremium auswählen.');
      const meeting = await meetingRepo.create(input);
      await fill(meeting, source);
      await invitationRepo.inviteBodyMembers(meeting.id);
      return meeting;
    });
  },

  /** An agenda for a meeting that has none yet. */
  fillAgenda: (meetingId: string, source: AgendaSource): Promise<void> =>
    db.transaction('rw', TABLES(), async () => fill(await meetingRepo.require(meetingId), source)),

  /**
   * Jahresplanung: all chosen dates of a body's year at once, numbered after the meetings already
   * in that year. A date that cannot be planned (taken, doubled, another year) refuses the whole plan.
   */
  async planYear(
    bodyId: string,
    year: number,
    dates: readonly string[],
    details: Pick<MeetingInput, 'startTime' | 'endTime' | 'location'>,
    today: string,
  ): Promise<Meeting[]> {
    return db.transaction('rw', TABLES(), async () => {
      const body = await bodyRepo.require(bodyId);
      const existing = (await db.meetings.where('[bodyId+year]').equals([bodyId, year]).toArray()).filter(
        (m) => !m.deletedAt,
      );
      const plan = planYear({ body, year, dates, existing, today });
      const refused = plan.flatMap((p, index) => (p.ok ? [] : [{ path: `dates.${index}`, message: p.problem }]));
      if (plan.length === 0) refused.push({ path: 'dates', message: 'Bitte mindestens einen Termin auswählen.' });
      if (refused.length > 0) throw new ValidationError(refused);
      const created: Meeting[] = [];
      for (const { date } of plan) {
        const meeting = await meetingRepo.create({ bodyId, date, ...details });
        await invitationRepo.inviteBodyMembers(meeting.id);
        created.push(meeting);
      }
      return created;
    });
  },

  /** Changes the facts of a meeting; moved to another year, it takes the next number there. */
  async update(id: string, changes: MeetingChanges): Promise<Meeting> {
    return db.transaction('rw', TABLES(), async () => {
      const meeting = await meetingRepo.require(id);
      const year = changes.date ? Number(changes.date.slice(0, 4)) : meeting.year;
      if (year === meeting.year || !Number.isInteger(year)) return meetingRepo.update(id, changes);
      const number = nextMeetingNumber(await usedNumbers(meeting.bodyId, year));
      return meetingRepo.update(id, { ...changes, year, number });
    });
  },

  /**
   * Moves the meeting on in its status cycle. Cancelling needs a reason; sending the invitation
   * records its date; taking back a cancellation clears the reason.
   */
  async changeStatus(
    id: string,
    to: MeetingStatus,
    details: { cancelReason?: string; invitationSentOn?: string } = {},
  ): Promise<Meeting> {
    return db.transaction('rw', TABLES(), async () => {
      const meeting = await meetingRepo.require(id);
      const check = checkMeetingTransition(meeting.status, to);
      if (!check.ok) throw ValidationError.single('status', check.message);
      if (to === 'abgesagt' && !details.cancelReason?.trim()) {
        throw ValidationError.single('cancelReason', 'Bitte den Grund der Absage angeben.');
      }
      if (to === 'eingeladen' && !details.invitationSentOn) {
        throw ValidationError.single(
          'invitationSentOn',
          'Bitte das Datum angeben, an dem die Einladung versandt wurde.',
        );
      }
      return meetingRepo.update(id, {
        status: to,
        ...(to === 'abgesagt' ? { cancelReason: details.cancelReason } : {}),
        ...(meeting.status === 'abgesagt' ? { cancelReason: undefined } : {}),
        ...(to === 'eingeladen' ? { invitationSentOn: details.invitationSentOn } : {}),
      });
    });
  },

  /** Brings back a deleted meeting ("Rückgängig"); if its number was taken meanwhile, it gets the next one. */
  async restore(id: string): Promise<Meeting> {
    return db.transaction('rw', TABLES(), async () => {
      const meeting = await db.meetings.get(id);
      if (!meeting) throw new NotFoundError('Die Sitzung');
      const used = await usedNumbers(meeting.bodyId, meeting.year, id);
      const number = used.includes(meeting.number) ? nextMeetingNumber(used) : meeting.number;
      return patchRecord(db.meetings, MeetingInput, id, { deletedAt: undefined, number } as never, 'Die Sitzung');
    });
  },
};
