import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, allowedExternalUrl, isAllowedExternalUrl, isAppUrl, isTrustedSender } from './url-guards';

const DEV_ORIGIN = 'http://localhost:5173';

describe('isAppUrl', () => {
  it.each([
    `${APP_ORIGIN}/index.html`,
    `${APP_ORIGIN}/`,
    `${APP_ORIGIN}/sitzungen/123?tab=agenda#top`,
    'APP://BILDUNGSBUERO/index.html',
  ])('accepts the app origin: %s', (url) => {
    expect(isAppUrl(url)).toBe(true);
  });

  it.each([
    'app://bildungsbuero.evil.com/index.html',
    'app://evil/index.html',
    'app://bildungsbuero:8080/index.html',
    'app://user:pass@bildungsbuero/index.html',
    'app://user@bildungsbuero/index.html',
    'https://bildungsbuero/index.html',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'about:blank',
    'http://localhost:5173/',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });

  it('accepts the dev server origin only when it is given', () => {
    expect(isAppUrl(`${DEV_ORIGIN}/index.html`, DEV_ORIGIN)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', DEV_ORIGIN)).toBe(false);
    expect(isAppUrl('http://localhost.evil.com:5173/', DEV_ORIGIN)).toBe(false);
  });
});

describe('isTrustedSender', () => {
  it('trusts frames showing the app', () => {
    expect(isTrustedSender(`${APP_ORIGIN}/index.html`)).toBe(true);
  });

  it.each([undefined, '', 'about:blank', 'https://example.com/', 'file:///tmp/x.html', 'app://other/index.html'])(
    'refuses frame %s',
    (frameUrl) => {
      expect(isTrustedSender(frameUrl)).toBe(false);
    },
  );

  it('trusts the dev server only in development', () => {
    expect(isTrustedSender(`${DEV_ORIGIN}/`)).toBe(false);
    expect(isTrustedSender(`${DEV_ORIGIN}/`, DEV_ORIGIN)).toBe(true);
  });
});

describe('allowedExternalUrl', () => {
  it.each([
    ['https://www.bildungsportal.nrw/', 'https://www.bildungsportal.nrw/'],
    ['http://example.com', 'http://example.com/'],
    ['https://example.com/pfad?frage=1#anker', 'https://example.com/pfad?frage=1#anker'],
    ['HTTPS://EXAMPLE.COM/A', 'https://example.com/A'],
    ['https://192.168.0.10:8443/', 'https://192.168.0.10:8443/'],
    ['https://[::1]/', 'https://[::1]/'],
    ['  https://example.com/  ', 'https://example.com/'],
  ])('lets %s through as %s', (raw, normalised) => {
    expect(allowedExternalUrl(raw)).toBe(normalised);
    expect(isAllowedExternalUrl(raw)).toBe(true);
  });

  it.each([
    // other schemes
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'file:///C:/Windows/System32/calc.exe',
    'file://server/share/x.exe',
    'smb://server/share',
    '\\\\server\\share\\x.exe',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    'ftp://example.com/',
    'mailto:someone@example.com',
    'ms-msdt:/id PCWDiagnostic',
    'search-ms:query=x',
    'app://bildungsbuero/index.html',
    'chrome://settings',
    'blob:https://example.com/uuid',
    // credentials and user@host disguises
    'https://user:pass@example.com/',
    'https://user@example.com/',
    'https://www.sparkasse.de@evil.com/',
    'https://:pass@example.com/',
    // look-alike and non-ASCII hosts
    'https://xn--pple-43d.com/',
    'https://аpple.com/', // Cyrillic а
    'https://bildungsbüro.de/',
    'https://EXAMPLE.xn--p1ai/',
    'https://ex%61mple.com\u0000.evil/',
    // malformed or empty
    'https://',
    'http:///',
    'https:',
    '//example.com',
    'example.com',
    'not a url',
    '',
  ])('refuses %s', (raw) => {
    expect(allowedExternalUrl(raw)).toBeNull();
    expect(isAllowedExternalUrl(raw)).toBe(false);
  });

  it('refuses overlong URLs', () => {
    expect(allowedExternalUrl(`https://example.com/${'a'.repeat(3000)}`)).toBeNull();
  });
});
