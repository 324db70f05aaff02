import { describe, expect, it, vi } from 'vitest';
import { permissionHandlers } from './permissions';
import { APP_ORIGIN, isAppUrl } from './url-guards';

const handlers = permissionHandlers((url) => isAppUrl(url));
const appPage = `${APP_ORIGIN}/index.html`;

const EVERY_OTHER_PERMISSION = [
  'media',
  'display-capture',
  'geolocation',
  'notifications',
  'clipboard-read',
  'clipboard-sanitized-write',
  'fullscreen',
  'pointerLock',
  'keyboardLock',
  'openExternal',
  'midi',
  'midiSysex',
  'hid',
  'serial',
  'usb',
  'fileSystem',
  'window-management',
  'local-fonts',
  'idle-detection',
  'storage-access',
  'unknown',
];

function request(permission: string, requestingUrl?: string): boolean {
  const callback = vi.fn();
  handlers.request({}, permission, callback, requestingUrl === undefined ? undefined : { requestingUrl });
  expect(callback).toHaveBeenCalledOnce();
  return callback.mock.calls[0]?.[0] as boolean;
}

describe('permission request handler', () => {
  it.each(EVERY_OTHER_PERMISSION)('denies %s, even to the app itself', (permission) => {
    expect(request(permission, appPage)).toBe(false);
    expect(request(permission, 'https://example.com/')).toBe(false);
  });

  it('grants persistent storage to the app only', () => {
    expect(request('persistent-storage', appPage)).toBe(true);
    expect(request('persistent-storage', 'https://example.com/')).toBe(false);
    expect(request('persistent-storage', 'file:///tmp/x.html')).toBe(false);
    expect(request('persistent-storage')).toBe(false);
  });
});

describe('permission check handler', () => {
  it.each(EVERY_OTHER_PERMISSION)('denies %s', (permission) => {
    expect(handlers.check(null, permission, APP_ORIGIN)).toBe(false);
  });

  it('answers the persistent-storage check for the app origin only', () => {
    expect(handlers.check(null, 'persistent-storage', APP_ORIGIN)).toBe(true);
    expect(handlers.check(null, 'persistent-storage', 'https://example.com')).toBe(false);
    expect(handlers.check(null, 'persistent-storage', '')).toBe(false);
  });
});
