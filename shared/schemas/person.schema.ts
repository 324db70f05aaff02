import { z } from 'zod';
import { Email, Id, IsoDateTime, Phone, RecordMeta, SoftDelete, optionalText, requiredText } from './common';

/** Used for the salutation in letters ("Sehr geehrte Frau …"); `keine` gives "Guten Tag …". */
export const Salutation = z.enum(['frau', 'herr', 'keine']);

/** Business contact data only (data minimisation, DSGVO Art. 5). */
export const PersonInput = z.object({
  salutation: Salutation.default('keine'),
  title: optionalText(60),
  firstName: z.string().trim().max(100).default(''),
  lastName: requiredText('den Nachnamen', 100),
  function: optionalText(200),
  organisationId: Id.optional(),
  email: Email.optional(),
  phone: Phone.optional(),
  notes: optionalText(5000),
});

export const Person = z.object({
  ...RecordMeta.shape,
  ...SoftDelete.shape,
  ...PersonInput.shape,
  /** Set when the person was anonymised (DSGVO Art. 17); names are then replaced. */
  anonymisedAt: IsoDateTime.optional(),
});
export type Salutation = z.infer<typeof Salutation>;
export type PersonInput = z.input<typeof PersonInput>;
export type Person = z.infer<typeof Person>;
