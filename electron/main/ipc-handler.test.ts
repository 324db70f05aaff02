import { describe, expect, it, vi } from 'vitest';
import { createIpcHandler, type InvokeEvent } from './ipc-handler';
import { APP_ORIGIN, isTrustedSender } from './url-guards';

const fromApp: InvokeEvent = { senderFrame: { url: `${APP_ORIGIN}/index.html` } };
const pdf = new TextEncoder().encode('%PDF-1.7\n…');
const guards = { isTrustedSender: (url: string | undefined) => isTrustedSender(url) };

describe('createIpcHandler', () => {
  it('passes a valid request from the app to the implementation and returns its result', async () => {
    const impl = vi.fn(async () => ({ ok: true as const, path: '/home/anna/Protokoll.pdf' }));
    const handler = createIpcHandler('saveFile', impl, guards);

    const result = await handler(fromApp, { suggestedName: 'Protokoll.pdf', data: pdf });

    expect(result).toEqual({ ok: true, path: '/home/anna/Protokoll.pdf' });
    expect(impl).toHaveBeenCalledWith({ suggestedName: 'Protokoll.pdf', data: pdf }, fromApp);
  });

  it('accepts a call without arguments where the channel takes none', async () => {
    const info = { version: '0.1.0', platform: 'linux', dataPath: '/d', backupPath: '/b' };
    const handler = createIpcHandler('getAppInfo', async () => info, guards);
    await expect(handler(fromApp, undefined)).resolves.toEqual(info);
  });

  it.each<[string, InvokeEvent]>([
    ['a foreign web page', { senderFrame: { url: 'https://evil.example/' } }],
    ['a local file', { senderFrame: { url: 'file:///tmp/evil.html' } }],
    ['a blank frame', { senderFrame: { url: 'about:blank' } }],
    ['another app host', { senderFrame: { url: 'app://evil/index.html' } }],
    ['a destroyed frame', { senderFrame: null }],
    ['an event without frame', {}],
  ])('refuses %s as sender without calling the implementation', async (_label, event) => {
    const impl = vi.fn(async () => ({ ok: true as const }));
    const handler = createIpcHandler('openExternal', impl, guards);
    await expect(handler(event, { url: 'https://example.com/' })).rejects.toThrow('Unbekannter Absender');
    expect(impl).not.toHaveBeenCalled();
  });

  it.each<[string, unknown]>([
    ['nothing', undefined],
    ['a string', 'Protokoll.pdf'],
    ['an array', [{ suggestedName: 'a.pdf', data: pdf }]],
    ['a missing name', { data: pdf }],
    ['a path instead of a name', { suggestedName: '../../.bashrc', data: pdf }],
    ['an absolute Windows path', { suggestedName: 'C:\\Windows\\evil.dll', data: pdf }],
    ['a name too long', { suggestedName: `${'a'.repeat(201)}.pdf`, data: pdf }],
    ['data as a string', { suggestedName: 'a.pdf', data: '%PDF-1.7' }],
    ['data as a plain array', { suggestedName: 'a.pdf', data: [37, 80, 68, 70] }],
    ['an unexpected key', { suggestedName: 'a.pdf', data: pdf, overwrite: '/etc/passwd' }],
    ['a malformed filter', { suggestedName: 'a.pdf', data: pdf, filters: [{ name: 'PDF', extensions: ['../x'] }] }],
  ])('refuses %s as request without calling the implementation', async (_label, request) => {
    const impl = vi.fn(async () => ({ ok: true as const, path: '/x' }));
    const handler = createIpcHandler('saveFile', impl, guards);
    await expect(handler(fromApp, request)).rejects.toThrow(/^Ungültige Anfrage an file:save: /);
    expect(impl).not.toHaveBeenCalled();
  });

  it('explains in German what is wrong and where', async () => {
    const handler = createIpcHandler('openPdf', vi.fn(), guards);
    await expect(handler(fromApp, { suggestedName: 'Protokoll.exe', data: pdf })).rejects.toThrow(
      'suggestedName: Der Dateiname muss auf .pdf enden.',
    );
    await expect(handler(fromApp, { suggestedName: 'a.pdf', data: 42 })).rejects.toThrow(
      'data: Die Dateidaten fehlen.',
    );
    await expect(handler(fromApp, { suggestedName: 'a.pdf', data: new Uint8Array([1, 2, 3]) })).rejects.toThrow(
      'data: Die Daten sind keine PDF-Datei.',
    );
  });

  it('refuses a result that does not match the result schema', async () => {
    const leaky = vi.fn(async () => ({ ok: true, path: '/x', secret: 'token' }) as never);
    const handler = createIpcHandler('saveFile', leaky, guards);
    await expect(handler(fromApp, { suggestedName: 'a.pdf', data: pdf })).rejects.toThrow(
      /^Interner Fehler: ungültige Antwort von file:save/,
    );

    const unknownReason = createIpcHandler(
      'openExternal',
      async () => ({ ok: false, reason: 'oops' }) as never,
      guards,
    );
    await expect(unknownReason(fromApp, { url: 'https://example.com/' })).rejects.toThrow('Interner Fehler');
  });
});
