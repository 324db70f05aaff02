import { resultLabel, vorlageLabel } from '../../../../shared/domain/numbering';
import { richTextFromParagraphs, type TaskInput } from '../../../../shared/schemas';
import {
  agendaRepo,
  attachmentRepo,
  bodyRepo,
  meetingRepo,
  minutesRepo,
  participantRepo,
  resultRepo,
  taskRepo,
  type PreparedAttachment,
} from '../../db/repos';
import { NETWORK } from './auenfeld-network';
import type { DemoAgendaItem, DemoMeeting, DemoOwner, DemoPaper, DemoTask } from './demo-model';
import { demoParticipants } from './demo-participants';
import type { DemoRefs } from './demo-refs';
import { minimalPdf } from './minimal-pdf';

export type PreparedPapers = ReadonlyMap<DemoPaper, PreparedAttachment>;

const meetingYear = (meeting: DemoMeeting): number => Number(meeting.date.slice(0, 4));

function* papersOf(items: readonly DemoAgendaItem[]): Generator<DemoPaper> {
  for (const item of items) {
    yield* item.papers ?? [];
    yield* papersOf(item.children ?? []);
  }
}

/**
 * The Vorlagen as small PDFs with size and SHA-256. Hashing awaits crypto.subtle, so it must run
 * before the loading transaction opens.
 */
export async function preparePapers(meetings: readonly DemoMeeting[]): Promise<PreparedPapers> {
  const prepared = new Map<DemoPaper, PreparedAttachment>();
  for (const meeting of meetings) {
    for (const paper of papersOf(meeting.agenda ?? [])) {
      const label = vorlageLabel(meeting.body, paper.sequence, meetingYear(meeting));
      const pdf = minimalPdf([label, paper.title, NETWORK.name]);
      const blob = new Blob([pdf], { type: 'application/pdf' });
      prepared.set(
        paper,
        await attachmentRepo.prepare({
          kind: 'vorlage',
          year: meetingYear(meeting),
          sequence: paper.sequence,
          label,
          title: paper.title,
          fileName: paper.fileName,
          mimeType: 'application/pdf',
          blob,
        }),
      );
    }
  }
  return prepared;
}

function owner(
  refs: DemoRefs,
  of: DemoOwner,
): Pick<TaskInput, 'ownerKind' | 'ownerPersonId' | 'ownerOrganisationId' | 'ownerBodyId'> {
  if ('person' in of) return { ownerKind: 'person', ownerPersonId: refs.persons.id(of.person) };
  if ('organisation' in of)
    return { ownerKind: 'organisation', ownerOrganisationId: refs.organisations.id(of.organisation) };
  return { ownerKind: 'body', ownerBodyId: refs.bodies.id(of.body) };
}

interface MeetingContext {
  meeting: DemoMeeting;
  meetingId: string;
  bodyId: string;
  refs: DemoRefs;
  papers: PreparedPapers;
}

function taskInput(
  ctx: MeetingContext,
  task: DemoTask,
  agendaItemId: string,
  resultId: string | undefined,
  position: number,
): TaskInput {
  const { refs } = ctx;
  return {
    title: task.title,
    ...owner(refs, task.owner),
    dueDate: task.due,
    status: task.status,
    completedOn: task.completedOn,
    meetingId: ctx.meetingId,
    agendaItemId,
    resultId,
    actionFieldId: refs.actionFields.optional(task.actionField),
    measureId: refs.measures.optional(task.measure),
    position,
  };
}

async function loadAgenda(ctx: MeetingContext, items: readonly DemoAgendaItem[], parentId?: string): Promise<void> {
  const { meeting, meetingId, refs } = ctx;
  for (const [index, item] of items.entries()) {
    const created = await agendaRepo.create({
      meetingId,
      parentId,
      position: index + 1,
      kind: item.kind,
      title: item.title,
      description: item.description,
      presenterPersonId: refs.persons.optional(item.presenter),
      presenterText: item.presenterText,
      plannedMinutes: item.minutes,
      proposedResolution: item.proposedResolution,
      chairNotes: item.chairNotes,
      notes: item.notes && richTextFromParagraphs(item.notes),
    });
    for (const field of item.actionFields ?? [])
      await agendaRepo.linkActionField(created.id, refs.actionFields.id(field));

    const papers = (item.papers ?? []).map((paper) => ({
      ...ctx.papers.get(paper)!,
      bodyId: ctx.bodyId,
      meetingId,
      agendaItemId: created.id,
    }));
    if (papers.length > 0) await attachmentRepo.addPrepared(papers);

    let resultId: string | undefined;
    if (item.result) {
      const { kind, text, sequence, addressee, followUp } = item.result;
      const decided = kind !== 'kenntnisnahme';
      const year = meetingYear(meeting);
      const result = await resultRepo.create({
        meetingId,
        agendaItemId: created.id,
        kind,
        text,
        year,
        sequence,
        label: sequence === undefined ? undefined : resultLabel(kind, meeting.body, year, sequence),
        addressee,
        voteMode: decided ? 'konsens' : undefined,
        outcome: decided ? 'angenommen' : undefined,
        followUpStatus: followUp,
      });
      refs.results.set(item.result, result.id);
      resultId = result.id;
    }

    const tasks = (item.tasks ?? []).map((task, i) => taskInput(ctx, task, created.id, resultId, i + 1));
    if (tasks.length > 0) await taskRepo.bulkCreate(tasks);

    await loadAgenda(ctx, item.children ?? [], created.id);
  }
}

/** Meetings in date order, so each body's meetings are numbered as they were held. */
export async function loadMeetings(
  meetings: readonly DemoMeeting[],
  refs: DemoRefs,
  papers: PreparedPapers,
): Promise<void> {
  const byDate = [...meetings].sort((a, b) => a.date.localeCompare(b.date));
  for (const meeting of byDate) {
    const bodyId = refs.bodies.id(meeting.body);
    const body = await bodyRepo.require(bodyId);
    const created = await meetingRepo.create({
      bodyId,
      date: meeting.date,
      startTime: meeting.startTime,
      endTime: meeting.endTime,
      theme: meeting.theme,
      location: meeting.location ?? body.defaultLocation,
      isPublic: meeting.isPublic,
      chairPersonId: refs.persons.optional(meeting.chair),
      minuteTakerPersonId: refs.persons.optional(meeting.minuteTaker),
      status: meeting.status,
      invitationSentOn: meeting.invitationSentOn,
      replyBy: meeting.replyBy,
      actualStart: meeting.actualStart,
      actualEnd: meeting.actualEnd,
    });
    refs.meetings.set(meeting.key, created.id);
    const ctx = { meeting, meetingId: created.id, bodyId, refs, papers };
    await loadAgenda(ctx, meeting.agenda ?? []);
    await participantRepo.bulkCreate(demoParticipants(meeting, created.id, refs));
  }
}

function* resultsOf(items: readonly DemoAgendaItem[]): Generator<NonNullable<DemoAgendaItem['result']>> {
  for (const item of items) {
    if (item.result) yield item.result;
    yield* resultsOf(item.children ?? []);
  }
}

/** Minutes and follow-up reports point to later meetings, so they come after all meetings exist. */
export async function loadMinutesAndFollowUps(meetings: readonly DemoMeeting[], refs: DemoRefs): Promise<void> {
  for (const meeting of meetings) {
    if (meeting.minutes) {
      const { status, sentOn, approvedOn, approvedIn } = meeting.minutes;
      await minutesRepo.create({
        meetingId: refs.meetings.id(meeting.key),
        status,
        sentOn,
        approvedOn,
        approvedInMeetingId: refs.meetings.optional(approvedIn),
      });
    }
    for (const result of resultsOf(meeting.agenda ?? [])) {
      for (const update of result.updates ?? []) {
        await resultRepo.addUpdate({
          resultId: refs.results.id(result),
          date: update.date,
          text: update.text,
          meetingId: refs.meetings.optional(update.meeting),
        });
      }
    }
  }
}
