import { z } from 'zod';
import { Email, Phone, RecordMeta, SoftDelete, optionalText, requiredText } from './common';

/** Built-in organisation types (product.md); users may add their own labels in Einstellungen. */
export const BUILT_IN_ORGANISATION_TYPES = [
  'Kita/Kita-Träger',
  'Grundschule',
  'Weiterführende Schule',
  'Berufskolleg',
  'Förderschule',
  'Weiterbildung/VHS',
  'Offene Jugendarbeit',
  'Hochschule',
  'Verein',
  'Stiftung',
  'Theater/Kultur',
  'Schulaufsicht (obere)',
  'Schulaufsicht (untere)',
  'Kommune/Schulträger',
  'Jugendamt',
  'Agentur für Arbeit/Jobcenter',
  'Kammer/Wirtschaft',
  'Wohlfahrtsverband',
  'Eltern-/Schülervertretung',
  'Sonstige',
] as const;

export const SCHOOL_FORMS = [
  'Hauptschule',
  'Realschule',
  'Sekundarschule',
  'Gesamtschule',
  'Gymnasium',
  'PRIMUS-Schule',
] as const;

export const OrganisationInput = z.object({
  name: requiredText('den Namen der Organisation', 200),
  shortName: optionalText(60),
  type: requiredText('die Art der Organisation', 80),
  schoolForm: optionalText(60),
  street: optionalText(200),
  postalCode: z
    .string()
    .trim()
    .regex(/^\d{5}$/, { error: 'Die Postleitzahl hat fünf Ziffern.' })
    .optional(),
  town: optionalText(120),
  email: Email.optional(),
  phone: Phone.optional(),
  website: optionalText(300),
  notes: optionalText(5000),
});

export const Organisation = z.object({ ...RecordMeta.shape, ...SoftDelete.shape, ...OrganisationInput.shape });
export type OrganisationInput = z.input<typeof OrganisationInput>;
export type Organisation = z.infer<typeof Organisation>;
