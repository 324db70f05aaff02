import type { JsonValue, SettingKey } from '../../../../shared/schemas';
import { db } from '../database';
import { nowIso } from '../record';

export const settingsRepo = {
  async get<T>(key: SettingKey): Promise<T | undefined> {
    return (await db.settings.get(key))?.value as T | undefined;
  },
  async set(key: SettingKey, value: JsonValue): Promise<void> {
    const now = nowIso();
    await db.transaction('rw', db.settings, async () => {
      const existing = await db.settings.get(key);
      if (existing) await db.settings.update(key, { value, updatedAt: now });
      else await db.settings.add({ key, value, createdAt: now, updatedAt: now });
    });
  },
};
