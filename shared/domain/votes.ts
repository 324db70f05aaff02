import type { Participant } from '../schemas/participant.schema';
import type { Result } from '../schemas/result.schema';

/** A vote as recorded for a result: consensus, or counted yes/no/abstentions. */
export type Vote = { mode?: 'konsens' | 'abstimmung'; yes?: number; no?: number; abstain?: number };

export type VoteProblem = { field: 'yes' | 'no' | 'abstain' | 'total'; message: string };

export const voteOf = (result: Pick<Result, 'voteMode' | 'votesYes' | 'votesNo' | 'votesAbstain'>): Vote => ({
  mode: result.voteMode,
  yes: result.votesYes,
  no: result.votesNo,
  abstain: result.votesAbstain,
});

const COUNTS = [
  { field: 'yes', noun: 'Ja-Stimmen' },
  { field: 'no', noun: 'Nein-Stimmen' },
  { field: 'abstain', noun: 'Enthaltungen' },
] as const;

const counted = (n: number) => (n === 1 ? 'Es wurde 1 Stimme gezählt' : `Es wurden ${n} Stimmen gezählt`);

function presentText(n: number): string {
  if (n === 0) return 'kein stimmberechtigtes Mitglied ist';
  return n === 1 ? 'nur 1 stimmberechtigtes Mitglied ist' : `nur ${n} stimmberechtigte Mitglieder sind`;
}

/**
 * German messages for a counted vote, each tied to its field: missing, negative or fractional
 * counts, and more votes than voting members present (skipped while attendance is not known).
 * A consensus needs no counts.
 */
export function validateVote(vote: Vote, votingMembersPresent: number | undefined): VoteProblem[] {
  if (vote.mode !== 'abstimmung') return [];
  const problems: VoteProblem[] = [];
  for (const { field, noun } of COUNTS) {
    const value = vote[field];
    if (value === undefined || Number.isNaN(value))
      problems.push({ field, message: `Bitte die Zahl der ${noun} angeben.` });
    else if (value < 0) problems.push({ field, message: `Die Zahl der ${noun} kann nicht negativ sein.` });
    else if (!Number.isInteger(value))
      problems.push({ field, message: `Die Zahl der ${noun} muss eine ganze Zahl sein.` });
  }
  if (problems.length > 0 || votingMembersPresent === undefined) return problems;
  const total = (vote.yes ?? 0) + (vote.no ?? 0) + (vote.abstain ?? 0);
  if (total > votingMembersPresent) {
    problems.push({
      field: 'total',
      message: `${counted(total)}, aber ${presentText(votingMembersPresent)} anwesend.`,
    });
  }
  return problems;
}

/** Suggested outcome: a consensus or a majority of yes over no is adopted; a tie is rejected. */
export function voteOutcome(vote: Vote): 'angenommen' | 'abgelehnt' | undefined {
  if (vote.mode === 'konsens') return 'angenommen';
  if (vote.mode !== 'abstimmung' || vote.yes === undefined || vote.no === undefined) return undefined;
  return vote.yes > vote.no ? 'angenommen' : 'abgelehnt';
}

/** "Konsens" or "Ja 7 · Nein 1 · Enthaltungen 0"; empty when no vote was recorded. */
export function formatVote(vote: Vote): string {
  if (vote.mode === 'konsens') return 'Konsens';
  if (vote.mode !== 'abstimmung') return '';
  return `Ja ${vote.yes ?? 0} · Nein ${vote.no ?? 0} · Enthaltungen ${vote.abstain ?? 0}`;
}

/** Voting members present: anwesend, or vertreten (the substitute votes in their place). */
export const votingMembersPresent = (
  participants: readonly Pick<Participant, 'isVoting' | 'attendance' | 'deletedAt'>[],
): number =>
  participants.filter(
    (p) => p.isVoting && !p.deletedAt && (p.attendance === 'anwesend' || p.attendance === 'vertreten'),
  ).length;
