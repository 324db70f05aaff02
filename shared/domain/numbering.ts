import type { ResultKind } from '../schemas/result.schema';

/** Next number of a series: one more than the highest used. Gaps stay gaps: a printed number is never reused. */
export const nextSequence = (used: readonly number[]): number => used.reduce((max, n) => Math.max(max, n), 0) + 1;

const twoDigits = (n: number): string => String(n).padStart(2, '0');

/** Anything numbered per body and year (Vorlagen) or, for results, carrying the body of its meeting. */
export type NumberedRecord = { id: string; bodyId?: string; year?: number; sequence?: number };

const sequencesOf = <T extends NumberedRecord>(records: readonly T[], matches: (r: T) => boolean): number[] =>
  records.flatMap((r) => (r.sequence !== undefined && matches(r) ? [r.sequence] : []));

// ── Vorlagen: "Vorlage LK-03/2026", counted per body and year ───────────────────────────────

export const vorlageLabel = (bodyCode: string, sequence: number, year: number): string =>
  `Vorlage ${bodyCode}-${twoDigits(sequence)}/${year}`;

/** Next Vorlage number of a body in a year. Pass all the body's numbered papers, deleted ones too. */
export const nextVorlageSequence = (papers: readonly NumberedRecord[], bodyId: string, year: number): number =>
  nextSequence(sequencesOf(papers, (p) => p.bodyId === bodyId && p.year === year));

/**
 * German message when another paper of the same body and year already has this number
 * (the candidate itself, recognised by id, does not count); undefined when the number is free.
 */
export function vorlageNumberConflict(
  candidate: NumberedRecord & { bodyId: string; year: number; sequence: number },
  papers: readonly NumberedRecord[],
  bodyCode: string,
): string | undefined {
  const sameSeries = (p: NumberedRecord) =>
    p.id !== candidate.id && p.bodyId === candidate.bodyId && p.year === candidate.year;
  if (!sequencesOf(papers, sameSeries).includes(candidate.sequence)) return undefined;
  const free = vorlageLabel(bodyCode, nextSequence(sequencesOf(papers, sameSeries)), candidate.year);
  return `Die Nummer ${vorlageLabel(bodyCode, candidate.sequence, candidate.year)} ist bereits vergeben. Nächste freie Nummer: ${free}.`;
}

// ── Results: Beschluss "B-LK-2026-03" per body and year, Empfehlung "E-2026-01" per network and year ──

/** Number of a result; a Kenntnisnahme has none. */
export function resultLabel(kind: ResultKind, bodyCode: string, year: number, sequence: number): string | undefined {
  if (kind === 'beschluss') return `B-${bodyCode}-${year}-${twoDigits(sequence)}`;
  if (kind === 'empfehlung') return `E-${year}-${twoDigits(sequence)}`;
  return undefined;
}

/** A result with the body of its meeting (results themselves only know their meeting). */
export type NumberedResult = NumberedRecord & { kind: ResultKind };

/**
 * Next number for a new result. Beschlüsse count per body and year; Empfehlungen count per year
 * across the whole network, so pass the results of all the network's bodies (deleted ones too).
 */
export function nextResultSequence(
  existing: readonly NumberedResult[],
  kind: 'beschluss' | 'empfehlung',
  bodyId: string,
  year: number,
): number {
  return nextSequence(
    sequencesOf(existing, (r) => r.kind === kind && r.year === year && (kind === 'empfehlung' || r.bodyId === bodyId)),
  );
}
