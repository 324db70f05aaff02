import { z } from 'zod';
import { Id, IsoDate, RecordMeta, optionalText, requiredText } from './common';

export const NetworkInput = z.object({
  name: requiredText('den Namen des Netzwerks', 200),
  /** Kreis or kreisfreie Stadt the network belongs to, e.g. "Kreis Kleve". */
  region: requiredText('den Kreis oder die Stadt', 120),
  governmentDistrict: z.string().trim().max(80).default('Düsseldorf'),
  contractDate: IsoDate.optional(),
  contractYear: z.number().int().min(2008).max(2100).optional(),
  mission: optionalText(20000),
  /** Letterhead for every PDF: sender line, address block, contact line, logo file. */
  letterheadSender: optionalText(300),
  letterheadAddress: optionalText(1000),
  letterheadContact: optionalText(500),
  logoAttachmentId: Id.optional(),
});

export const Network = z.object({ ...RecordMeta.shape, ...NetworkInput.shape });
export type NetworkInput = z.input<typeof NetworkInput>;
export type Network = z.infer<typeof Network>;
