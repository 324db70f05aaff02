import { computeTimePlan } from '../domain/time-plan';
import { personNameById } from './labels';
import type { AgendaEntry, MeetingDocumentData, MeetingRecords } from './model';

const groupBy = <T>(items: readonly T[], key: (item: T) => string | undefined): Map<string, T[]> => {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return groups;
};

/**
 * The view model of every meeting document: agenda items in reading order with their TOP numbers,
 * time plan, presenter, results and papers.
 */
export function assembleMeetingDocumentData(records: MeetingRecords): MeetingDocumentData {
  const { agendaItems, ...rest } = records;
  const plan = computeTimePlan(agendaItems, records.meeting.startTime, records.meeting.endTime);
  const resultsByItem = groupBy(
    [...records.results].sort((a, b) => a.position - b.position),
    (r) => r.agendaItemId,
  );
  const attachmentsByItem = groupBy(records.attachments, (a) => a.agendaItemId);
  const agenda = plan.entries.map(({ item, number, depth, start, end }): AgendaEntry => {
    const presenter = item.presenterText || personNameById(records.directory, item.presenterPersonId);
    return {
      item,
      number,
      depth,
      start,
      end,
      ...(presenter ? { presenter } : {}),
      results: resultsByItem.get(item.id) ?? [],
      attachments: attachmentsByItem.get(item.id) ?? [],
    };
  });
  return { ...rest, agenda, plannedEnd: plan.plannedEnd, overrunMinutes: plan.overrunMinutes };
}
