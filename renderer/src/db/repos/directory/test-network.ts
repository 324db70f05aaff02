import { db } from '../../database';
import { networkRepo } from '../network.repo';

/** Test set-up: an empty database with one network; returns the Lenkungskreis' id. */
export async function freshNetworkWithLenkungskreis(): Promise<string> {
  await db.delete();
  await db.open();
  const { bodies } = await networkRepo.setUp({
    name: 'Regionales Bildungsnetzwerk Kreis Kleve',
    region: 'Kreis Kleve',
    contractYear: 2012,
  });
  return bodies[1]!.id;
}
