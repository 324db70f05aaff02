// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserApi } from './browser-api';

afterEach(() => vi.restoreAllMocks());

describe('browser platform bridge', () => {
  it('opens only http and https links, without giving the page an opener', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'app://bildungsbuero/index.html', 'kein Link']) {
      expect(await browserApi.openExternal({ url })).toEqual({ ok: false, reason: 'refused' });
    }
    expect(open).not.toHaveBeenCalled();
    expect(await browserApi.openExternal({ url: 'https://www.schulministerium.nrw/' })).toEqual({ ok: true });
    expect(open).toHaveBeenCalledWith('https://www.schulministerium.nrw/', '_blank', 'noopener,noreferrer');
  });

  it('saves a file as a download with the suggested name', async () => {
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe('Einladung LK 2026-02-18.pdf');
      expect(this.href).toMatch(/^blob:/);
    });
    const result = await browserApi.saveFile({
      suggestedName: 'Einladung LK 2026-02-18.pdf',
      data: new Uint8Array([1, 2]),
    });
    expect(result).toEqual({ ok: true, path: 'Einladung LK 2026-02-18.pdf' });
    expect(click).toHaveBeenCalledOnce();
  });

  it('describes where a browser keeps the data', async () => {
    const info = await browserApi.getAppInfo();
    expect(info.platform).toBe('browser');
    expect(info.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(info.dataPath).toContain('IndexedDB im Browser');
  });
});
