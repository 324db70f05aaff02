import {
  BodyInput,
  FIXED_BODY_KINDS,
  MembershipInput,
  OrganisationInput,
  PersonInput,
  type Body,
  type Membership,
  type Organisation,
  type Person,
} from '../../../../shared/schemas';
import { crud } from '../crud';
import { db } from '../database';
import { ValidationError } from '../errors';
import { softDeleteRecord } from '../record';

const bodyCrud = crud<Body, typeof BodyInput>(() => db.bodies, BodyInput, 'Das Gremium');

export const bodyRepo = {
  ...bodyCrud,
  async list(networkId: string): Promise<Body[]> {
    return (await db.bodies.where('networkId').equals(networkId).toArray()).filter((b) => !b.deletedAt);
  },
  async remove(id: string): Promise<void> {
    const body = await bodyCrud.require(id);
    if (FIXED_BODY_KINDS.includes(body.kind)) {
      throw ValidationError.single('kind', 'Bildungskonferenz, Lenkungskreis und Bildungsbüro können nicht gelöscht werden.');
    }
    await softDeleteRecord(db.bodies, id);
  },
};

export const organisationRepo = crud<Organisation, typeof OrganisationInput>(
  () => db.organisations,
  OrganisationInput,
  'Die Organisation',
);

export const personRepo = crud<Person, typeof PersonInput>(() => db.persons, PersonInput, 'Die Person');

const membershipCrud = crud<Membership, typeof MembershipInput>(
  () => db.memberships,
  MembershipInput,
  'Die Mitgliedschaft',
);

export const membershipRepo = {
  ...membershipCrud,
  async forBody(bodyId: string): Promise<Membership[]> {
    return db.memberships.where('bodyId').equals(bodyId).toArray();
  },
  async forPerson(personId: string): Promise<Membership[]> {
    return db.memberships.where('personId').equals(personId).toArray();
  },
  /** Memberships current on `date` (ISO): started, and not yet ended. */
  async currentForBody(bodyId: string, date: string): Promise<Membership[]> {
    return (await this.forBody(bodyId)).filter((m) => m.from <= date && (m.to === undefined || m.to >= date));
  },
};
