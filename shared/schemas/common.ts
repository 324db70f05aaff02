import { z } from 'zod';

z.config(z.locales.de());

/** Globally unique record key (UUID v7): records can travel between machines without collisions. */
export const Id = z.string().min(1, { error: 'Interner Schlüssel fehlt.' }).max(64);

/** Calendar date as ISO string `YYYY-MM-DD`; shown to users as `dd.MM.yyyy`. */
export const IsoDate = z.iso.date({ error: 'Bitte ein gültiges Datum angeben (TT.MM.JJJJ).' });

/** Wall-clock time `HH:mm` (24 h) in the meeting's local time (Europe/Berlin). */
export const ClockTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Bitte eine Uhrzeit im Format HH:MM angeben.' });

/** A moment in time, ISO 8601 with offset (`new Date().toISOString()`). */
export const IsoDateTime = z.iso.datetime({ offset: true, error: 'Ungültiger Zeitpunkt.' });

export const requiredText = (field: string, max = 500) =>
  z
    .string({ error: `Bitte ${field} angeben.` })
    .trim()
    .min(1, { error: `Bitte ${field} angeben.` })
    .max(max, { error: `Der Text ist zu lang (höchstens ${max} Zeichen).` });

export const optionalText = (max = 5000) =>
  z.string().trim().max(max, { error: `Höchstens ${max} Zeichen.` }).optional();

export const Email = z
  .string()
  .trim()
  .pipe(z.email({ error: 'Bitte eine gültige E-Mail-Adresse angeben (z. B. name@kreis-auenfeld.de).' }));

/** Business phone numbers as Germans write them: +49 2821 85-123, (02821) 85 123, 0171/1234567. */
export const Phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ()/-]{5,30}$/, {
    error: 'Bitte eine gültige Telefonnummer angeben (Ziffern, Leerzeichen, +, /, - und Klammern).',
  });

/** Fields every stored record carries. */
export const RecordMeta = z.object({
  id: Id,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});

/** Official records are never removed, only marked deleted (they may be referenced by minutes). */
export const SoftDelete = z.object({ deletedAt: IsoDateTime.optional() });

export type RecordMeta = z.infer<typeof RecordMeta>;
