import {
  sealMinutes,
  verifyApprovedMinutes,
  type FingerprintCheck,
} from '../../../../shared/domain/minutes-fingerprint';
import type { MinutesChange } from '../../../../shared/domain/status-cycle';
import type { Minutes } from '../../../../shared/schemas';
import { ConflictError } from '../../db/errors';
import { minutesRepo } from '../../db/repos';
import { loadMinutesContent } from './minutes-content';

type Approval = Extract<MinutesChange, { to: 'genehmigt' }>;

/** How often approval seals again when the content changes while it is being sealed. */
const SEAL_ATTEMPTS = 3;

/**
 * Approves the minutes: seals their content as it is now (canonical form and SHA-256) and stores
 * both with the approval. Content saved meanwhile (another window typing) makes it seal again.
 */
export async function approveMinutes(meetingId: string, change: Approval, today: string): Promise<Minutes> {
  for (let attempt = 1; ; attempt++) {
    const revision = (await minutesRepo.forMeeting(meetingId))?.revision ?? 0;
    const seal = await sealMinutes(await loadMinutesContent(meetingId, today));
    try {
      return await minutesRepo.changeStatus(meetingId, change, { ...seal, revision });
    } catch (error) {
      if (!(error instanceof ConflictError) || attempt >= SEAL_ATTEMPTS) throw error;
    }
  }
}

/**
 * Checks approved minutes: their stored version against its fingerprint, and the meeting's
 * current records against the stored version.
 */
export async function verifyMinutes(minutes: Minutes, today: string): Promise<FingerprintCheck> {
  return verifyApprovedMinutes(minutes, await loadMinutesContent(minutes.meetingId, today));
}
