import { describe, expect, it } from 'vitest';
import { MIN_WINDOW_SIZE, hardenedWebPreferences, printWindowOptions, windowOptions } from './window-options';

const preloadPath = '/app/out/preload/index.cjs';
const options = windowOptions({ preloadPath, bounds: { x: 10, y: 20, width: 1200, height: 800 } });
const prefs = options.webPreferences ?? {};

describe('windowOptions', () => {
  it('isolates the page from Node and from the preload', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and experimental features off', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs.webviewTag).toBe(false);
  });

  it('does not navigate to dropped files, keeps dialogs safe, and checks spelling', () => {
    expect(prefs.navigateOnDragDrop).toBe(false);
    expect(prefs.safeDialogs).toBe(true);
    expect(prefs.spellcheck).toBe(true);
  });

  it('leaves plugins (the PDF viewer) at their default, off', () => {
    expect(prefs.plugins).toBeUndefined();
  });

  it('loads the given preload', () => {
    expect(prefs.preload).toBe(preloadPath);
  });

  it('uses the remembered bounds, a minimum size, the German title, and shows only when ready', () => {
    expect(options).toMatchObject({ x: 10, y: 20, width: 1200, height: 800 });
    expect(options.minWidth).toBe(MIN_WINDOW_SIZE.width);
    expect(options.minHeight).toBe(MIN_WINDOW_SIZE.height);
    expect(options.title).toBe('Bildungsbüro Desk');
    expect(options.show).toBe(false);
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
  });
});

describe('printWindowOptions', () => {
  const print = printWindowOptions('Protokoll LK-03/2026');

  it('is hidden, has no preload and is hardened like the main window', () => {
    expect(print.show).toBe(false);
    expect(print.title).toBe('Protokoll LK-03/2026');
    expect(print.webPreferences).not.toHaveProperty('preload');
    expect(print.webPreferences).toMatchObject(hardenedWebPreferences());
  });

  it('enables only the PDF viewer on top', () => {
    expect(print.webPreferences?.plugins).toBe(true);
  });
});

describe('hardenedWebPreferences', () => {
  it('omits the preload key entirely when there is none', () => {
    expect(Object.keys(hardenedWebPreferences())).not.toContain('preload');
  });
});
