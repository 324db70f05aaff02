import { BodyInput, FIXED_BODY_KINDS, type Body } from '../../../../../shared/schemas';
import { crud } from '../../crud';
import { db } from '../../database';
import { ValidationError } from '../../errors';
import { softDeleteRecord } from '../../record';

const bodyCrud = crud<Body, typeof BodyInput>(() => db.bodies, BodyInput, 'Das Gremium');

export const bodyRepo = {
  ...bodyCrud,
  async list(networkId: string): Promise<Body[]> {
    return (await db.bodies.where('networkId').equals(networkId).toArray()).filter((b) => !b.deletedAt);
  },
  async remove(id: string): Promise<void> {
    const body = await bodyCrud.require(id);
    if (FIXED_BODY_KINDS.includes(body.kind)) {
      throw ValidationError.single(
        'kind',
        'Bildungskonferenz, Lenkungskreis und Bildungsbüro können nicht gelöscht werden.',
      );
    }
    await softDeleteRecord(db.bodies, id);
  },
};
