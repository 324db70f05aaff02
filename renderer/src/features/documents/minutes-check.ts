import { minutesContent, type MeetingDocumentData } from '../../../../shared/documents';
import { verifyApprovedMinutes, type FingerprintCheck } from '../../../../shared/domain/minutes-fingerprint';
import { actionFieldRepo } from '../../db/repos';

export type MinutesProblem = Extract<FingerprintCheck, { ok: false }>['reason'];

/**
 * Approved minutes are printed from the current records with the fingerprint stored at approval.
 * Whether those records still say what was approved: `undefined` when they do (or the minutes are
 * not approved yet), otherwise what is wrong.
 */
export async function checkApprovedMinutes(data: MeetingDocumentData): Promise<MinutesProblem | undefined> {
  if (data.minutes?.status !== 'genehmigt') return undefined;
  const fields = await actionFieldRepo.list(data.body.networkId);
  const titles = new Map(fields.map((f) => [f.id, f.title]));
  const check = await verifyApprovedMinutes(data.minutes, minutesContent(data, titles));
  return check.ok ? undefined : check.reason;
}
