import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { _electron, type ElectronApplication, expect, type Page, test } from '@playwright/test';
import { channelNames } from '../../shared/ipc/channel-names';
import type { Api } from '../../shared/ipc/contract';

/**
 * The page globals these tests touch. Declared here, module-local, because the Node type project
 * (electron/, shared/, tests/) deliberately has no DOM library.
 */
declare const window: {
  api?: Api;
  open(url: string): object | null;
  location: { href: string };
  inlineScriptRan?: boolean;
};
declare const document: {
  createElement(tagName: 'script'): { textContent: string | null };
  head: { append(node: object): void };
};

const projectRoot = resolve(import.meta.dirname, '../..');
const mainScript = join(projectRoot, 'out/main/index.js');

/**
 * Finds the Electron executable the way `node_modules/electron/index.js` does, but without
 * calling it: requiring `electron` would try to download the binary.
 */
function locateElectron(): { executablePath: string } | { missing: string } {
  let packageDir: string;
  try {
    packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return { missing: 'das npm-Paket „electron“ ist nicht installiert' };
  }
  const pathFile = join(packageDir, 'path.txt');
  const relativeExecutable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  const overrideDir = process.env['ELECTRON_OVERRIDE_DIST_PATH'];
  if (overrideDir) return { executablePath: join(overrideDir, relativeExecutable ?? 'electron') };
  if (!relativeExecutable) {
    return { missing: `${pathFile} fehlt – das Binary wurde nie heruntergeladen (Download-Server nicht erreichbar?)` };
  }
  const executablePath = join(packageDir, 'dist', relativeExecutable);
  return existsSync(executablePath) ? { executablePath } : { missing: `${executablePath} fehlt` };
}

function whyNotRunnable(): string | undefined {
  const electron = locateElectron();
  if ('missing' in electron) return `Electron-Binary nicht vorhanden: ${electron.missing}.`;
  if (process.platform === 'linux' && !process.env['DISPLAY'] && !process.env['WAYLAND_DISPLAY']) {
    return 'Kein Display für Electron: unter Linux mit `xvfb-run -a` starten.';
  }
  return undefined;
}

const skipReason = whyNotRunnable();

test.describe('Desktop-App (Electron)', () => {
  test.skip(skipReason !== undefined, skipReason);

  let app: ElectronApplication;
  let page: Page;
  let scratch: string;
  let userData: string;

  test.beforeAll(async () => {
    expect(existsSync(mainScript), `${mainScript} fehlt – zuerst \`electron-vite build\` ausführen`).toBe(true);
    scratch = await mkdtemp(join(tmpdir(), 'bildungsbuero-electron-'));
    userData = join(scratch, 'userData');
    const { executablePath } = locateElectron() as { executablePath: string };
    // The project root: Electron reads package.json (name, version) and starts its main, out/main/index.js.
    app = await _electron.launch({ executablePath, args: [projectRoot, `--user-data-dir=${userData}`] });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    // Record instead of opening the system browser.
    await app.evaluate(({ shell }) => {
      const opened: string[] = [];
      Object.assign(globalThis, { openedExternally: opened });
      shell.openExternal = async (url: string) => {
        opened.push(url);
      };
    });
  });

  test.afterAll(async () => {
    await app?.close();
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  const openedExternally = () =>
    app.evaluate(() => (globalThis as unknown as { openedExternally: string[] }).openedExternally.splice(0));

  test('serves the renderer from app://bildungsbuero and keeps its data apart', async () => {
    expect(page.url()).toMatch(/^app:\/\/bildungsbuero\//);
    expect(await app.evaluate(({ app: electronApp }) => electronApp.getPath('userData'))).toBe(userData);
  });

  test('window.api has exactly the allowlisted functions', async () => {
    const exposed = await page.evaluate(() =>
      Object.entries(window.api ?? {}).map(([name, value]) => [name, typeof value]),
    );
    expect(exposed.sort()).toEqual(
      Object.keys(channelNames)
        .sort()
        .map((name) => [name, 'function']),
    );
  });

  test('the page has no Node.js', async () => {
    const globals = await page.evaluate(() => {
      const scope = globalThis as Record<string, unknown>;
      return ['require', 'process', 'module', 'Buffer', 'global', '__dirname'].map((name) => [
        name,
        typeof scope[name],
      ]);
    });
    for (const [name, type] of globals) expect(type, name).toBe('undefined');
  });

  test('an injected inline script does not run (CSP)', async () => {
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineScriptRan = true';
      document.head.append(script);
      await new Promise((done) => setTimeout(done, 100));
      return window.inlineScriptRan === true;
    });
    expect(ran).toBe(false);
  });

  test('window.open creates no window; only http(s) reaches the system browser', async () => {
    const results = await page.evaluate(() =>
      ['https://example.com/seite', 'file:///etc/passwd', 'javascript:alert(1)', 'https://user:pw@example.com/'].map(
        (url) => window.open(url) === null,
      ),
    );
    expect(results).toEqual([true, true, true, true]);
    await page.waitForTimeout(500);
    expect(app.windows()).toHaveLength(1);
    expect(await openedExternally()).toEqual(['https://example.com/seite']);
  });

  test('navigating away is refused', async () => {
    const before = page.url();
    for (const target of ['https://example.com/', 'file:///etc/passwd']) {
      await page.evaluate((url) => {
        window.location.href = url;
      }, target);
      await page.waitForTimeout(500);
      expect(page.url()).toBe(before);
    }
  });

  test('getAppInfo reports version and paths', async () => {
    const info = await page.evaluate(() => window.api?.getAppInfo());
    const { version } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string };
    expect(info).toMatchObject({ version, platform: process.platform, dataPath: userData });
    expect(info?.backupPath).toMatch(/Bildungsbüro Desk[\\/]Sicherungen$/);
  });

  test('openExternal lets only http(s) links out', async () => {
    const answers = await page.evaluate(async () => [
      await window.api?.openExternal({ url: 'https://www.bildungsportal.nrw/' }),
      await window.api?.openExternal({ url: 'javascript:alert(1)' }),
      await window.api?.openExternal({ url: 'smb://server/freigabe' }),
    ]);
    expect(answers).toEqual([{ ok: true }, { ok: false, reason: 'refused' }, { ok: false, reason: 'refused' }]);
    expect(await openedExternally()).toEqual(['https://www.bildungsportal.nrw/']);
  });

  test('the main process refuses malformed requests', async () => {
    const message = await page.evaluate(() =>
      window.api
        ?.saveFile({ suggestedName: '../../.bashrc', data: new Uint8Array([1]) })
        .then(() => 'angenommen')
        .catch((error: Error) => error.message),
    );
    expect(message).toContain('Ungültige Anfrage an file:save');
  });

  test('saveFile writes the bytes where the (stubbed) save dialog points', async () => {
    const target = join(scratch, 'Protokoll Lenkungskreis.pdf');
    await app.evaluate(({ dialog }, filePath) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath })) as typeof dialog.showSaveDialog;
    }, target);

    const bytes = [...new TextEncoder().encode('%PDF-1.7\nÄÖÜß€\n%%EOF')];
    const result = await page.evaluate(
      (data) => window.api?.saveFile({ suggestedName: 'Protokoll.pdf', data: new Uint8Array(data) }),
      bytes,
    );

    expect(result).toEqual({ ok: true, path: target });
    expect([...(await readFile(target))]).toEqual(bytes);
  });
});
