import { nextResultSequence, resultLabel, type NumberedResult } from '../../../../shared/domain/numbering';
import { validateVote, voteOf, votingMembersPresent } from '../../../../shared/domain/votes';
import { ResultInput, type Meeting, type Result } from '../../../../shared/schemas';
import { db } from '../database';
import { NotFoundError, ValidationError } from '../errors';
import { parseOrThrow } from '../record';

const VOTE_FIELDS = { yes: 'votesYes', no: 'votesNo', abstain: 'votesAbstain', total: 'votes' } as const;

/** The tables recording a result reads and writes. */
export const RESULT_TABLES = () => [db.results, db.meetings, db.bodies, db.participants, db.minutes];

/**
 * Refuses a counted vote with more votes than voting members present (or missing counts); the
 * check is skipped while nobody's attendance is recorded.
 */
async function checkVote(result: ResultInput): Promise<void> {
  const participants = (await db.participants.where('meetingId').equals(result.meetingId).toArray()).filter(
    (p) => !p.deletedAt,
  );
  const known = participants.some((p) => p.attendance !== 'offen');
  const problems = validateVote(voteOf(result), known ? votingMembersPresent(participants) : undefined);
  if (problems.length > 0) {
    throw new ValidationError(problems.map((p) => ({ path: VOTE_FIELDS[p.field], message: p.message })));
  }
}

async function requireMeeting(meetingId: string): Promise<Meeting> {
  const meeting = await db.meetings.get(meetingId);
  if (!meeting || meeting.deletedAt) throw new NotFoundError('Die Sitzung');
  return meeting;
}

/** Every numbered result of a year with the body of its meeting (deleted ones too: numbers are never reused). */
async function numberedResultsOf(year: number): Promise<NumberedResult[]> {
  const results = await db.results.where('year').equals(year).toArray();
  const meetingIds = [...new Set(results.map((r) => r.meetingId))];
  const meetings = await db.meetings.bulkGet(meetingIds);
  const bodyOf = new Map(meetings.flatMap((m) => (m ? [[m.id, m.bodyId] as const] : [])));
  return results.map((r) => ({
    id: r.id,
    kind: r.kind,
    year: r.year,
    sequence: r.sequence,
    bodyId: bodyOf.get(r.meetingId),
  }));
}

export type Numbering = Pick<Result, 'year' | 'sequence' | 'label'>;

const NO_NUMBER: Numbering = { year: undefined, sequence: undefined, label: undefined };

/**
 * The number of a result as it is saved. A new Beschluss or Empfehlung gets the next of its series
 * — "B-LK-2026-03" per body and year, "E-2026-01" per year across the network — unless it brings
 * one (an import); a saved one keeps its number (or none, like the approval of earlier minutes)
 * until it changes kind. A Kenntnisnahme has none.
 */
export async function numberingFor(result: ResultInput, previous?: Result): Promise<Numbering> {
  if (result.kind === 'kenntnisnahme') return NO_NUMBER;
  if (previous?.kind === result.kind)
    return { year: previous.year, sequence: previous.sequence, label: previous.label };
  if (!previous && result.sequence !== undefined)
    return { year: result.year, sequence: result.sequence, label: result.label };
  const meeting = await requireMeeting(result.meetingId);
  const body = await db.bodies.get(meeting.bodyId);
  if (!body) throw new NotFoundError('Das Gremium');
  const network = new Set((await db.bodies.where('networkId').equals(body.networkId).toArray()).map((b) => b.id));
  const existing = (await numberedResultsOf(meeting.year)).filter((r) => r.bodyId && network.has(r.bodyId));
  const sequence = nextResultSequence(existing, result.kind, body.id, meeting.year);
  return { year: meeting.year, sequence, label: resultLabel(result.kind, body.code, meeting.year, sequence) };
}

/** Checks a result as it will be stored: the shared schema, and the vote against the voting members present. */
export async function checkResult(input: ResultInput): Promise<ResultInput> {
  const parsed = parseOrThrow(ResultInput, input);
  await checkVote(parsed);
  return parsed;
}
