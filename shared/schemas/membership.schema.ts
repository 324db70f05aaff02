import { z } from 'zod';
import { Id, IsoDate, RecordMeta, SoftDelete, optionalText } from './common';

export const MembershipRole = z.enum([
  'vorsitz',
  'co-vorsitz',
  'stellv-vorsitz',
  'mitglied',
  'beratend',
  'stellvertretung',
  'geschaeftsfuehrung',
  'staendiger-gast',
]);

/** Roles whose holders vote (consensus bodies still count them for vote checks). */
export const VOTING_ROLES: readonly z.infer<typeof MembershipRole>[] = ['vorsitz', 'co-vorsitz', 'stellv-vorsitz', 'mitglied'];

export const MembershipInput = z
  .object({
    personId: Id,
    bodyId: Id,
    role: MembershipRole,
    /** The seat it fills, e.g. "Schulform Gymnasium", "für die kreisangehörigen Städte". */
    seat: optionalText(200),
    /** The organisation represented, kept as it was even when the person changes jobs. */
    representedOrganisationId: Id.optional(),
    /** For role `stellvertretung`: whose deputy. */
    deputyOfPersonId: Id.optional(),
    from: IsoDate,
    to: IsoDate.optional(),
    notes: optionalText(2000),
  })
  .refine((m) => m.to === undefined || m.to >= m.from, {
    path: ['to'],
    error: 'Das Ende darf nicht vor dem Beginn liegen.',
  })
  .refine((m) => m.deputyOfPersonId === undefined || m.deputyOfPersonId !== m.personId, {
    path: ['deputyOfPersonId'],
    error: 'Eine Person kann nicht ihre eigene Stellvertretung sein.',
  });

export const Membership = z.object({ ...RecordMeta.shape, ...SoftDelete.shape, ...MembershipInput.shape });
export type MembershipRole = z.infer<typeof MembershipRole>;
export type MembershipInput = z.input<typeof MembershipInput>;
export type Membership = z.infer<typeof Membership>;
