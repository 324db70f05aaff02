import type { MinutesContent } from '../domain/minutes-fingerprint';
import { voteOf } from '../domain/votes';
import type { Result, Task } from '../schemas';
import { personNameById, taskOwner } from './labels';
import { chairName } from './meeting-parts';
import type { MeetingDocumentData } from './model';

type RecordedVote = MinutesContent['items'][number]['results'][number]['vote'];

/** The vote as the minutes record it; none for a result taken without one (a Kenntnisnahme). */
const recordedVote = (result: Result): RecordedVote => {
  const { mode, ...counts } = voteOf(result);
  return mode && { mode, ...counts };
};

/**
 * What the minutes of a meeting say, in the terms of the fingerprint (shared/domain/
 * minutes-fingerprint): read from the same view model the Protokoll prints, so sealing at approval
 * and checking before printing compare like with like. `actionFieldTitles` names the action fields
 * the meeting's tasks are assigned to.
 */
export function minutesContent(
  data: MeetingDocumentData,
  actionFieldTitles: ReadonlyMap<string, string> = new Map(),
): MinutesContent {
  const { body, meeting, directory } = data;
  const tasksOf = (itemId: string): Task[] =>
    data.tasks.filter((t) => t.agendaItemId === itemId).sort((a, b) => a.position - b.position);
  return {
    body: { name: body.name, code: body.code },
    meeting: {
      number: meeting.number,
      year: meeting.year,
      date: meeting.date,
      startTime: meeting.startTime,
      endTime: meeting.endTime,
      actualStart: meeting.actualStart,
      actualEnd: meeting.actualEnd,
      theme: meeting.theme,
      location: meeting.location,
      isPublic: meeting.isPublic,
      chair: chairName(data),
      minuteTaker: personNameById(directory, meeting.minuteTakerPersonId),
    },
    minutesKind: body.minutesKind,
    attendance: [...data.participants]
      .sort((a, b) => a.position - b.position)
      .map((p) => ({
        name: p.displayName,
        organisation: p.organisationName,
        role: p.roleLabel,
        seat: p.seat,
        status: p.attendance,
        substitute: p.substituteName,
        isVoting: p.isVoting,
        arrivedAt: p.arrivedAt,
        leftAt: p.leftAt,
      })),
    items: data.agenda.map(({ item, number, presenter, results }) => ({
      number,
      kind: item.kind,
      title: item.title,
      isPublic: item.isPublic,
      presenter,
      notes: item.notes,
      results: results.map((r) => ({
        kind: r.kind,
        label: r.label,
        text: r.text,
        addressee: r.addressee,
        vote: recordedVote(r),
        outcome: r.outcome,
      })),
      tasks: tasksOf(item.id).map((t) => ({
        title: t.title,
        description: t.description,
        owner: taskOwner(directory, t),
        dueDate: t.dueDate,
        actionField: t.actionFieldId && actionFieldTitles.get(t.actionFieldId),
      })),
    })),
  };
}
