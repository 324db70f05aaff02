import { addDays, daysBetween } from '../../shared/domain/dates';
import { resultLabel } from '../../shared/domain/numbering';
import type { FollowUpStatus, ResultInput } from '../../shared/schemas';
import { resultRepo } from '../../renderer/src/db/repos';
import type { AgendaEntry } from './generate-agenda';
import type { Random } from './random';

const ADDRESSEES = [
  'Schulträger im Kreis',
  'Schulaufsicht',
  'Schulausschuss des Kreistags',
  'Jugendhilfeausschuss',
  'Kommunale Koordinierung KAoA',
];

/** Yes/no/abstentions of `voters` with a clear majority for or against. */
function votes(rng: Random, voters: number, adopted: boolean) {
  const abstain = rng.int(0, Math.floor(voters / 5));
  const minority = rng.int(0, Math.floor((voters - abstain - 1) / 2));
  const majority = voters - abstain - minority;
  return adopted
    ? { votesYes: majority, votesNo: minority, votesAbstain: abstain }
    : { votesYes: minority, votesNo: majority, votesAbstain: abstain };
}

/** Mostly implemented after a year; recent ones still open or in progress. */
function followUp(rng: Random, meetingDate: string, asOf: string): FollowUpStatus {
  return daysBetween(meetingDate, asOf) > 365
    ? rng.weighted([
        ['umgesetzt', 75],
        ['in-umsetzung', 10],
        ['offen', 5],
        ['abgelehnt', 10],
      ] as const)
    : rng.weighted([
        ['offen', 40],
        ['in-umsetzung', 50],
        ['umgesetzt', 10],
      ] as const);
}

/**
 * The result an item of a held meeting came to, if any: approvals of minutes, Kenntnisnahmen,
 * Beschlüsse (numbered per body and year) and Empfehlungen (numbered per year across the network).
 */
function resultFor(
  rng: Random,
  entry: AgendaEntry,
  asOf: string,
  numbers: Map<string, number>,
): ResultInput | undefined {
  const { scheduled, item } = entry;
  const base = { meetingId: item.meetingId, agendaItemId: item.id };
  if (entry.approves) {
    const text = `Das Protokoll vom ${entry.approves} wird genehmigt.`;
    return {
      ...base,
      kind: 'beschluss',
      text,
      voteMode: 'konsens',
      outcome: 'angenommen',
      followUpStatus: 'umgesetzt',
    };
  }
  const decided = item.kind === 'beschluss' || item.kind === 'wahl' || (item.kind === 'beratung' && rng.chance(0.2));
  const kind = item.kind === 'empfehlung' ? 'empfehlung' : decided ? 'beschluss' : undefined;
  if (kind === undefined) {
    return item.kind === 'bericht' && rng.chance(0.6)
      ? { ...base, kind: 'kenntnisnahme', text: `${item.title}: zur Kenntnis genommen.` }
      : undefined;
  }

  const { year } = scheduled.meeting;
  const series = kind === 'empfehlung' ? `E|${year}` : `B|${scheduled.body.code}|${year}`;
  const sequence = (numbers.get(series) ?? 0) + 1;
  numbers.set(series, sequence);
  const outcome = rng.weighted([
    ['angenommen', 90],
    ['vertagt', 6],
    ['abgelehnt', 4],
  ] as const);
  const voters = Math.max(scheduled.members.length, 3);
  const vote =
    outcome === 'vertagt'
      ? {}
      : outcome === 'abgelehnt' || rng.chance(0.15)
        ? { voteMode: 'abstimmung' as const, ...votes(rng, voters, outcome === 'angenommen') }
        : { voteMode: 'konsens' as const };
  return {
    ...base,
    ...vote,
    kind,
    text: item.proposedResolution ?? item.title,
    year,
    sequence,
    label: resultLabel(kind, scheduled.body.code, year, sequence),
    addressee: kind === 'empfehlung' ? rng.pick(ADDRESSEES) : undefined,
    outcome,
    followUpStatus:
      outcome === 'abgelehnt'
        ? 'abgelehnt'
        : outcome === 'vertagt'
          ? 'offen'
          : followUp(rng, scheduled.meeting.date, asOf),
  };
}

/** Results of the held meetings, in meeting order, and later reports on recommendations. */
export async function generateResults(rng: Random, entries: readonly AgendaEntry[], asOf: string): Promise<void> {
  const numbers = new Map<string, number>();
  const decided = entries.flatMap((entry) => {
    const input = entry.scheduled.held ? resultFor(rng, entry, asOf, numbers) : undefined;
    return input ? [{ entry, input }] : [];
  });
  const results = await resultRepo.bulkCreate(decided.map((d) => d.input));
  decided.forEach(({ entry }, i) => (entry.result = results[i]));

  for (const { entry } of decided) {
    const result = entry.result!;
    if (result.kind !== 'empfehlung' || result.followUpStatus === 'offen') continue;
    const date = addDays(entry.scheduled.meeting.date, rng.int(60, 240));
    if (date <= asOf)
      await resultRepo.addUpdate({ resultId: result.id, date, text: 'Sachstand im Lenkungskreis berichtet.' });
  }
}
