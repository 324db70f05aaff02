import type { Meeting } from '../../shared/schemas';
import { db } from '../../renderer/src/db/database';
import { bodyRepo, meetingRepo, networkRepo } from '../../renderer/src/db/repos';
import { loadDemoNetwork } from '../../renderer/src/features/demo/auenfeld';

/**
 * A fresh database with the demo network, and its Lenkungskreis meeting of 18 February 2025
 * (agenda, attendance, results, tasks and approved minutes).
 */
export async function loadDemoLenkungskreisMeeting(): Promise<Meeting> {
  await db.delete();
  await db.open();
  await loadDemoNetwork();
  const network = (await networkRepo.active())!;
  const lenkungskreis = (await bodyRepo.list(network.id)).find((b) => b.kind === 'lenkungskreis')!;
  return (await meetingRepo.forBody(lenkungskreis.id)).find((m) => m.date === '2025-02-18')!;
}
