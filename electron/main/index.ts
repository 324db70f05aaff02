/**
 * Wires the pure modules beside this file to Electron. Everything that can be decided without
 * Electron (guards, options, protocol mapping, IPC validation, file actions) lives there, tested.
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  BrowserWindow,
  Menu,
  app,
  dialog,
  ipcMain,
  protocol,
  screen,
  session,
  shell,
  type IpcMainInvokeEvent,
  type WebContents,
} from 'electron';
import { type ChannelKey, channels } from '../../shared/ipc/contract';
import { APP_RESPONSE_HEADERS, resolveAppRequest } from './app-protocol';
import { fileActions } from './file-actions';
import { type ChannelImpl, createIpcHandler } from './ipc-handler';
import { menuTemplate } from './menu-template';
import { permissionHandlers } from './permissions';
import { APP_ORIGIN, APP_SCHEME, allowedExternalUrl, isAppUrl, isTrustedSender } from './url-guards';
import { APP_TITLE, printWindowOptions, windowOptions } from './window-options';
import { loadWindowState, saveWindowState } from './window-state';

const RENDERER_ROOT = join(import.meta.dirname, '../renderer');
const PRELOAD_PATH = join(import.meta.dirname, '../preload/index.cjs');
/** electron-vite's dev server. A packaged app ignores the variable, so it can never load a foreign page. */
const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
const devServerOrigin = devServerUrl ? new URL(devServerUrl).origin : undefined;
const isOwnUrl = (url: string) => isAppUrl(url, devServerOrigin);

const windowStateFile = () => join(app.getPath('userData'), 'window-state.json');
const tempDirectory = () => join(app.getPath('temp'), 'bildungsbuero-desk');
const backupDirectory = () => join(app.getPath('documents'), APP_TITLE, 'Sicherungen');

let mainWindow: BrowserWindow | undefined;
let windowStateSaving: Promise<void> | undefined;

// Must happen before `ready`. Standard + secure gives the app a stable origin with IndexedDB.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
]);

if (app.requestSingleInstanceLock()) {
  app.on('second-instance', focusMainWindow);
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', (event) => {
    // Let the window position reach the disk before the process ends.
    if (!windowStateSaving) return;
    event.preventDefault();
    void windowStateSaving.finally(() => {
      windowStateSaving = undefined;
      app.quit();
    });
  });
  app.on('activate', () => {
    if (!mainWindow) void createMainWindow();
  });
  void app.whenReady().then(start);
} else {
  app.quit();
}

async function start(): Promise<void> {
  protocol.handle(APP_SCHEME, serveAppFile);

  const permissions = permissionHandlers(isOwnUrl);
  session.defaultSession.setPermissionRequestHandler(permissions.request);
  session.defaultSession.setPermissionCheckHandler(permissions.check);
  session.defaultSession.setDevicePermissionHandler(() => false);

  registerIpcHandlers();
  app.setAboutPanelOptions({ applicationName: APP_TITLE, applicationVersion: app.getVersion() });
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({ platform: process.platform, isDev: !app.isPackaged })));

  // PDFs opened or printed in the last session may hold personal data: do not leave them lying around.
  await rm(tempDirectory(), { recursive: true, force: true }).catch(() => undefined);
  await createMainWindow();
}

async function serveAppFile(request: Request): Promise<Response> {
  const resolved = resolveAppRequest({ method: request.method, url: request.url }, RENDERER_ROOT);
  if (resolved.status !== 200) return new Response(null, { status: resolved.status, headers: APP_RESPONSE_HEADERS });
  try {
    const content = await readFile(resolved.filePath);
    return new Response(request.method === 'HEAD' ? null : content, {
      headers: { ...APP_RESPONSE_HEADERS, 'Content-Type': resolved.mimeType },
    });
  } catch {
    return new Response(null, { status: 404, headers: APP_RESPONSE_HEADERS });
  }
}

/** Applied to every web contents the app ever creates, including the print window. */
function guardWebContents(contents: WebContents): void {
  const stayInApp = (event: { url: string; preventDefault: () => void }) => {
    if (!isOwnUrl(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const externalUrl = allowedExternalUrl(url);
    if (externalUrl) void shell.openExternal(externalUrl);
    return { action: 'deny' };
  });
}

async function createMainWindow(): Promise<void> {
  // The primary display comes first: a window whose display is gone is centred there.
  const workAreas = [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map((display) => display.workArea);
  const { maximized, ...bounds } = await loadWindowState(windowStateFile(), workAreas);
  const window = new BrowserWindow(windowOptions({ preloadPath: PRELOAD_PATH, bounds }));
  mainWindow = window;

  window.once('ready-to-show', () => {
    if (maximized) window.maximize();
    window.show();
  });
  window.on('close', () => {
    const state = { ...window.getNormalBounds(), maximized: window.isMaximized() };
    windowStateSaving = saveWindowState(windowStateFile(), state).catch(() => undefined);
  });
  window.on('closed', () => {
    mainWindow = undefined;
  });

  await window.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

/** Shows the system print dialog for a PDF in an invisible window, then closes that window. */
async function printFile(path: string, title: string): Promise<{ success: boolean; failureReason: string }> {
  const printWindow = new BrowserWindow(printWindowOptions(title));
  try {
    await printWindow.loadURL(pathToFileURL(path).href);
    return await new Promise((resolve) => {
      printWindow.webContents.print({ silent: false, printBackground: true }, (success, failureReason) =>
        resolve({ success, failureReason }),
      );
    });
  } finally {
    printWindow.destroy();
  }
}

function handle<K extends ChannelKey>(key: K, impl: ChannelImpl<K, IpcMainInvokeEvent>): void {
  const isTrusted = (frameUrl: string | undefined) => isTrustedSender(frameUrl, devServerOrigin);
  ipcMain.handle(channels[key].name, createIpcHandler(key, impl, { isTrustedSender: isTrusted }));
}

function registerIpcHandlers(): void {
  const files = fileActions({
    documentsDirectory: app.getPath('documents'),
    tempDirectory: tempDirectory(),
    showSaveDialog: (options) =>
      mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options),
    openPath: (path) => shell.openPath(path),
    printFile,
  });

  handle('getAppInfo', async () => ({
    version: app.getVersion(),
    platform: process.platform,
    dataPath: app.getPath('userData'),
    backupPath: backupDirectory(),
  }));
  handle('saveFile', files.saveFile);
  handle('printPdf', files.printPdf);
  handle('openPdf', files.openPdf);
  handle('openExternal', async ({ url }) => {
    const externalUrl = allowedExternalUrl(url);
    if (!externalUrl) return { ok: false, reason: 'refused' };
    try {
      await shell.openExternal(externalUrl);
      return { ok: true };
    } catch {
      return { ok: false, reason: 'refused', message: 'Der Link konnte nicht im Browser geöffnet werden.' };
    }
  });
}
