import { readFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_RESPONSE_HEADERS, CONTENT_SECURITY_POLICY, resolveAppRequest } from './app-protocol';

const root = resolve('/srv/app/out/renderer');
const get = (url: string) => resolveAppRequest({ method: 'GET', url }, root);

describe('resolveAppRequest', () => {
  it('serves files below the renderer root with their MIME type', () => {
    expect(get('app://bildungsbuero/index.html')).toEqual({
      status: 200,
      filePath: join(root, 'index.html'),
      mimeType: 'text/html; charset=utf-8',
    });
    expect(get('app://bildungsbuero/assets/index-abc123.js')).toMatchObject({
      filePath: join(root, 'assets', 'index-abc123.js'),
      mimeType: 'text/javascript; charset=utf-8',
    });
  });

  it.each([
    ['style.css', 'text/css; charset=utf-8'],
    ['logo.svg', 'image/svg+xml'],
    ['bild.PNG', 'image/png'],
    ['schrift.woff2', 'font/woff2'],
    ['schrift.ttf', 'font/ttf'],
    ['daten.json', 'application/json; charset=utf-8'],
    ['favicon.ico', 'image/x-icon'],
    ['index.js.map', 'application/json; charset=utf-8'],
    ['unbekannt.xyz', 'application/octet-stream'],
  ])('gives %s the type %s', (file, mimeType) => {
    expect(get(`app://bildungsbuero/assets/${file}`)).toMatchObject({ status: 200, mimeType });
  });

  it('decodes percent-encoded names', () => {
    expect(get('app://bildungsbuero/assets/B%C3%BCro%20Logo.svg')).toMatchObject({
      filePath: join(root, 'assets', 'Büro Logo.svg'),
    });
  });

  it.each([
    'app://bildungsbuero/',
    'app://bildungsbuero',
    'app://bildungsbuero/sitzungen',
    'app://bildungsbuero/sitzungen/0190a5c2-7d1e-7b11-9f3e-0a1b2c3d4e5f?tab=agenda#top',
  ])('answers the client-side route %s with index.html', (url) => {
    expect(get(url)).toEqual({ status: 200, filePath: join(root, 'index.html'), mimeType: 'text/html; charset=utf-8' });
  });

  it('allows HEAD, refuses every other method', () => {
    expect(resolveAppRequest({ method: 'HEAD', url: 'app://bildungsbuero/index.html' }, root).status).toBe(200);
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'get']) {
      expect(resolveAppRequest({ method, url: 'app://bildungsbuero/index.html' }, root)).toEqual({ status: 405 });
    }
  });

  it.each([
    'app://evil/index.html',
    'app://bildungsbuero.evil/index.html',
    'app://bildungsbuero:1234/index.html',
    'app://user:pw@bildungsbuero/index.html',
    'https://bildungsbuero/index.html',
    'file:///etc/passwd',
    'not a url',
  ])('refuses the foreign origin %s', (url) => {
    expect(get(url)).toEqual({ status: 403 });
  });

  it.each([
    'app://bildungsbuero/assets/%2E%2E%2F%2E%2E%2Fsecret.txt',
    'app://bildungsbuero/..%2f..%2fsecret.txt',
    'app://bildungsbuero/..%5c..%5csecret.txt',
    'app://bildungsbuero/assets%5c..%5c..%5csecret.txt',
    'app://bildungsbuero/%2fetc%2fpasswd',
    'app://bildungsbuero/C:%5cWindows%5cwin.ini',
    'app://bildungsbuero/c%3a/Windows/win.ini',
    'app://bildungsbuero/index.html%00.png',
    'app://bildungsbuero/index.html:stream',
    'app://bildungsbuero/.../secret.txt',
    'app://bildungsbuero/..%20/secret.txt',
    'app://bildungsbuero/%E0%A4%A',
  ])('refuses the escaping or malformed path %s', (url) => {
    expect(get(url)).toEqual({ status: 403 });
  });

  it('never resolves outside the root, even for dot segments the URL parser removed', () => {
    for (const url of [
      'app://bildungsbuero/../../etc/passwd',
      'app://bildungsbuero/%2e%2e/%2e%2e/etc/passwd',
      'app://bildungsbuero/a/%2E%2e/%2e%2E/%2e%2e/x.js',
    ]) {
      const response = get(url);
      expect(response.status).toBe(200);
      if (response.status === 200) expect(response.filePath.startsWith(root + sep)).toBe(true);
    }
  });
});

describe('response headers', () => {
  it('send the CSP of renderer/index.html, letter for letter', () => {
    const html = readFileSync(resolve(import.meta.dirname, '../../renderer/index.html'), 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY);
    expect(APP_RESPONSE_HEADERS['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('keep scripts strict: no unsafe-eval, no inline scripts, no plugins', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
  });

  it('forbid MIME sniffing', () => {
    expect(APP_RESPONSE_HEADERS['X-Content-Type-Options']).toBe('nosniff');
  });
});
