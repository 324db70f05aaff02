import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

export const APP_TITLE = 'Bildungsbüro Desk';
export const MIN_WINDOW_SIZE = { width: 960, height: 600 } as const;
const BACKGROUND_COLOR = '#ffffff';

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
}

/**
 * The web preferences of every window the app opens (Electron security checklist).
 * Each flag is set explicitly, even where it equals today's default, so a changed default
 * in a future Electron cannot weaken the app.
 */
export function hardenedWebPreferences(preloadPath?: string): WebPreferences {
  return {
    ...(preloadPath === undefined ? {} : { preload: preloadPath }),
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: true,
  };
}

/** The app's one window; shown once its content is ready, to avoid a white flash. */
export function windowOptions({
  preloadPath,
  bounds,
}: {
  preloadPath: string;
  bounds: WindowBounds;
}): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: APP_TITLE,
    show: false,
    backgroundColor: BACKGROUND_COLOR,
    webPreferences: hardenedWebPreferences(preloadPath),
  };
}

/**
 * The invisible window that hands a PDF to the system print dialog. No preload, so no bridge;
 * `plugins` switches on Chromium's built-in PDF viewer, which does the printing.
 */
export function printWindowOptions(title: string): BrowserWindowConstructorOptions {
  return {
    title,
    show: false,
    webPreferences: { ...hardenedWebPreferences(), plugins: true },
  };
}
