import type { MinutesContent } from '../../../../shared/domain/minutes-fingerprint';
import { actionFieldRepo } from '../../db/repos';

/**
 * What a meeting's minutes say now, assembled from the stored records exactly as the Protokoll
 * prints them (names instead of keys, items in TOP order), ready for sealing or checking. The
 * document modules load on first use, so the start bundle does not carry them.
 */
export async function loadMinutesContent(meetingId: string, today: string): Promise<MinutesContent> {
  const [{ meetingDocumentData }, { minutesContent }] = await Promise.all([
    import('../documents/document-data'),
    import('../../../../shared/documents/minutes-content'),
  ]);
  const data = await meetingDocumentData(meetingId, today);
  const fields = await actionFieldRepo.list(data.body.networkId);
  return minutesContent(data, new Map(fields.map((f) => [f.id, f.title])));
}
