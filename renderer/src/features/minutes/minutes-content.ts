import { minutesContent } from '../../../../shared/documents';
import type { MinutesContent } from '../../../../shared/domain/minutes-fingerprint';
import { actionFieldRepo } from '../../db/repos';
import { meetingDocumentData } from '../documents/document-data';

/**
 * What a meeting's minutes say now, assembled from the stored records exactly as the Protokoll
 * prints them (names instead of keys, items in TOP order), ready for sealing or checking.
 */
export async function loadMinutesContent(meetingId: string, today: string): Promise<MinutesContent> {
  const data = await meetingDocumentData(meetingId, today);
  const fields = await actionFieldRepo.list(data.body.networkId);
  return minutesContent(data, new Map(fields.map((f) => [f.id, f.title])));
}
