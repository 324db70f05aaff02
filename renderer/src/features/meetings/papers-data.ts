import { numberAgendaItems } from '../../../../shared/domain/agenda-numbering';
import type { Attachment } from '../../../../shared/schemas';
import { agendaRepo, attachmentRepo } from '../../db/repos';

export interface PaperRow {
  paper: Attachment;
  /** "TOP 3", or undefined for the meeting as a whole. */
  itemNumber?: string;
}

export interface PapersData {
  rows: PaperRow[];
  /** Items papers can be attached to, as "TOP 2.1 Title". */
  items: { id: string; number: string; title: string }[];
}

/** A meeting's papers in agenda order (the meeting's own first), with the items to attach to. */
export async function loadPapers(meetingId: string): Promise<PapersData> {
  const [papers, items] = await Promise.all([attachmentRepo.forMeeting(meetingId), agendaRepo.forMeeting(meetingId)]);
  const numbered = numberAgendaItems(items);
  const order = new Map(numbered.map((n, index) => [n.item.id, index]));
  const numbers = new Map(numbered.map((n) => [n.item.id, n.number]));
  const rank = (p: Attachment) => (p.agendaItemId ? (order.get(p.agendaItemId) ?? -1) : -1);
  return {
    rows: [...papers]
      .sort(
        (a, b) => rank(a) - rank(b) || (a.sequence ?? 0) - (b.sequence ?? 0) || a.createdAt.localeCompare(b.createdAt),
      )
      .map((paper) => ({ paper, itemNumber: paper.agendaItemId ? numbers.get(paper.agendaItemId) : undefined })),
    items: numbered.map(({ item, number }) => ({ id: item.id, number, title: item.title })),
  };
}
