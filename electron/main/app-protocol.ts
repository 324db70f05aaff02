import { extname, join, resolve, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from './url-guards';

/** Must stay identical to the CSP meta tag in renderer/index.html (a test compares them). */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' blob: data:",
  "object-src 'none'",
  "frame-src 'self' blob:",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Headers sent with every file the app protocol serves. */
export const APP_RESPONSE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};
/** With `nosniff`, a file of an unlisted type can be downloaded but never run as script or style. */
const FALLBACK_MIME_TYPE = 'application/octet-stream';

const INDEX_FILE = 'index.html';

export type AppResponse = { status: 200; filePath: string; mimeType: string } | { status: 403 | 404 | 405 };

/**
 * Maps a request on `app://bildungsbuero/…` to a file below `rendererRoot`.
 * Pure: it does not touch the disk, so a missing file is the caller's 404.
 * Paths without an extension are client-side routes and get index.html.
 */
export function resolveAppRequest(request: { method: string; url: string }, rendererRoot: string): AppResponse {
  if (request.method !== 'GET' && request.method !== 'HEAD') return { status: 405 };

  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return { status: 403 };
  }
  const isAppOrigin =
    url.protocol === `${APP_SCHEME}:` &&
    url.host.toLowerCase() === APP_HOST &&
    url.username === '' &&
    url.password === '';
  if (!isAppOrigin) return { status: 403 };

  const segments = decodedPathSegments(url.pathname);
  if (!segments) return { status: 403 };

  const lastSegment = segments.at(-1);
  const isRoute = lastSegment === undefined || extname(lastSegment) === '';
  const relativePath = isRoute ? [INDEX_FILE] : segments;

  const root = resolve(rendererRoot);
  const filePath = join(root, ...relativePath);
  // Belt and braces: the segment checks should already make escaping impossible.
  if (!filePath.startsWith(root + sep)) return { status: 403 };

  const mimeType = MIME_TYPES[extname(filePath).toLowerCase()] ?? FALLBACK_MIME_TYPE;
  return { status: 200, filePath, mimeType };
}

/**
 * The decoded, non-empty path segments, or null when the path tries to leave the root:
 * dot segments (also percent-encoded), backslashes, encoded slashes, NUL, drive letters or streams.
 */
function decodedPathSegments(pathname: string): string[] | null {
  const segments: string[] = [];
  for (const rawSegment of pathname.split('/')) {
    if (rawSegment === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(rawSegment);
    } catch {
      return null;
    }
    // Refuses "." and ".." and, as Windows drops trailing dots and spaces, also "..." or ".. ".
    if (/[/\\:\0]/.test(segment) || /[.\s]$/.test(segment)) return null;
    segments.push(segment);
  }
  return segments;
}
