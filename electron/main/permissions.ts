/**
 * The app needs no browser permission — no camera, microphone, location, notifications,
 * clipboard reading, HID/USB/serial, fullscreen requests from the page — so every request and
 * every check is answered "no", with one exception: the app's own page may mark its storage
 * persistent (`navigator.storage.persist()`), so Chromium never evicts the IndexedDB that holds
 * the user's records when the disk runs low.
 */
const GRANTED_TO_APP_ONLY: ReadonlySet<string> = new Set(['persistent-storage']);

export function isPermissionGranted(
  permission: string,
  requestingUrl: string | undefined,
  isAppUrl: (url: string) => boolean,
): boolean {
  return GRANTED_TO_APP_ONLY.has(permission) && requestingUrl !== undefined && isAppUrl(requestingUrl);
}

/** Handlers for `session.setPermissionRequestHandler` and `session.setPermissionCheckHandler`. */
export function permissionHandlers(isAppUrl: (url: string) => boolean) {
  return {
    request(
      _webContents: unknown,
      permission: string,
      callback: (permissionGranted: boolean) => void,
      details?: { requestingUrl?: string },
    ): void {
      callback(isPermissionGranted(permission, details?.requestingUrl, isAppUrl));
    },
    check(_webContents: unknown, permission: string, requestingOrigin: string): boolean {
      return isPermissionGranted(permission, requestingOrigin, isAppUrl);
    },
  };
}
