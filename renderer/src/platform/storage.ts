export interface StorageStatus {
  persisted: boolean;
  usage?: number;
  quota?: number;
}

/**
 * Asks the browser not to evict our IndexedDB under storage pressure. Electron grants it; a browser
 * may decide by its own rules, which is why Einstellungen shows the answer.
 */
export async function requestPersistentStorage(): Promise<boolean> {
  if (!navigator.storage?.persist) return false;
  return (await navigator.storage.persisted()) || navigator.storage.persist();
}

export async function storageStatus(): Promise<StorageStatus> {
  if (!navigator.storage) return { persisted: false };
  const [persisted, estimate] = await Promise.all([navigator.storage.persisted(), navigator.storage.estimate()]);
  return { persisted, usage: estimate.usage, quota: estimate.quota };
}
