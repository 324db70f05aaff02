import { z } from 'zod';
import { IsoDateTime } from './common';

/** App-wide settings, one record per key; values are JSON. */
export const SettingKey = z.enum([
  'activeNetworkId',
  'language',
  'customOrganisationTypes',
  'retentionYears',
  'lastAutoBackupAt',
]);

export const JsonValue = z.json();
export type JsonValue = z.infer<typeof JsonValue>;

export const Setting = z.object({
  key: SettingKey,
  value: JsonValue,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type SettingKey = z.infer<typeof SettingKey>;
export type Setting = z.infer<typeof Setting>;

export const Language = z.enum(['de', 'en']);
export type Language = z.infer<typeof Language>;
