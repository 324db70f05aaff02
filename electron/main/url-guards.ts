/**
 * The app's own origin. It must never change between versions: IndexedDB data belongs to it.
 * (Node's URL parser gives custom schemes the origin "null", so guards compare scheme and host.)
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'bildungsbuero';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

const MAX_EXTERNAL_URL_LENGTH = 2048;
/** Letters, digits, dots, hyphens; brackets and colons for IPv6 literals. The parser lower-cases hosts. */
const ASCII_HOST = /^[a-z0-9.\-[\]:]+$/;

function parseUrl(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

function hasCredentials(url: URL): boolean {
  return url.username !== '' || url.password !== '';
}

/**
 * True for URLs on the app's origin, or — in development only — on the dev server's origin.
 * Used for navigation checks and for the sender of IPC messages.
 */
export function isAppUrl(raw: string, devServerOrigin?: string): boolean {
  const url = parseUrl(raw);
  if (!url || hasCredentials(url)) return false;
  // Node leaves hosts of non-special schemes as written; Chromium lower-cases them.
  if (url.protocol === `${APP_SCHEME}:` && url.host.toLowerCase() === APP_HOST) return true;
  return devServerOrigin !== undefined && url.origin === devServerOrigin;
}

/** An IPC message is only acted on if the frame that sent it shows the app itself. */
export function isTrustedSender(frameUrl: string | undefined, devServerOrigin?: string): boolean {
  return frameUrl !== undefined && isAppUrl(frameUrl, devServerOrigin);
}

/**
 * The normalised form of a link that may be handed to the system browser, or null.
 * Only http(s) with a plain ASCII host and no credentials: `user@host` tricks, internationalised
 * look-alike hosts (punycode `xn--`) and every other scheme (`javascript:`, `file:`, `smb:` …) are refused.
 */
export function allowedExternalUrl(raw: string): string | null {
  if (raw.length > MAX_EXTERNAL_URL_LENGTH) return null;
  const url = parseUrl(raw);
  if (!url) return null;
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (hasCredentials(url)) return null;
  if (url.hostname === '' || !ASCII_HOST.test(url.hostname)) return null;
  if (url.hostname.split('.').some((label) => label.startsWith('xn--'))) return null;
  return url.href;
}

export function isAllowedExternalUrl(raw: string): boolean {
  return allowedExternalUrl(raw) !== null;
}
