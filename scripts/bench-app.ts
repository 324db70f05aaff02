/**
 * Speed of the app at the ten-year data set (product.md "Scale"), in Debian's Chromium against the
 * production renderer build. Prints JSON. `npm run bench:app` (builds first)
 *
 * - the ten-year network is generated in Node and written into the page's IndexedDB
 * - time to interactive of each main view: from navigation to the page's h1 with its data shown
 * - directory search: from the last keystroke to the filtered list
 * - bundle sizes of out/renderer
 */
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { measureDirectorySearch } from './lib/directory-search';
import { dumpTenYearNetwork, type EncodedBlob, type TableDump } from './lib/ten-year-dump';

const PORT = 4183;
const BASE = `http://127.0.0.1:${PORT}/`;
const RUNS = 5;
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const VIEWS = [
  ['Übersicht', '#/'],
  ['Sitzungen', '#/sitzungen'],
  ['Aufgaben', '#/aufgaben'],
  ['Handlungsfelder', '#/handlungsfelder'],
  ['Verzeichnis', '#/verzeichnis'],
  ['Einstellungen', '#/einstellungen'],
] as const;

/** Writes the dump with plain IndexedDB into the database the app has just created. */
async function importIntoPage(page: Page, tables: TableDump): Promise<void> {
  for (const [table, rows] of Object.entries(tables)) {
    for (let i = 0; i < rows.length; i += 500) {
      await page.evaluate(
        async ({ table, rows }) => {
          const idb = await new Promise<IDBDatabase>((done, fail) => {
            const request = indexedDB.open('bildungsbuero-desk');
            request.onsuccess = () => done(request.result);
            request.onerror = () => fail(request.error);
          });
          // No named helper functions in here: tsx would wrap them in a __name() the page lacks.
          for (const row of rows) {
            for (const [key, value] of Object.entries(row)) {
              const blob = value as EncodedBlob | null;
              if (blob && typeof blob === 'object' && '$blob' in blob) {
                row[key] = new Blob([Uint8Array.from(atob(blob.$blob), (c) => c.charCodeAt(0))], { type: blob.type });
              }
            }
          }
          await new Promise<void>((done, fail) => {
            const tx = idb.transaction(table, 'readwrite');
            for (const row of rows) tx.objectStore(table).put(row);
            tx.oncomplete = () => done();
            tx.onerror = () => fail(tx.error);
          });
          idb.close();
        },
        { table, rows: rows.slice(i, i + 500) },
      );
    }
  }
}

/** Navigation to the page's h1 with no loading indicator left. */
async function timeToInteractive(page: Page, hash: string, heading: string): Promise<number> {
  await page.goto(`${BASE}#/leer`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  const start = Date.now();
  await page.goto(`${BASE}${hash}`);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await page
    .getByText('Daten werden geladen')
    .first()
    .waitFor({ state: 'detached' })
    .catch(() => undefined);
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
  return Date.now() - start;
}

function bundleSizes() {
  const dir = resolve(import.meta.dirname, '../out/renderer/assets');
  const files = readdirSync(dir).map((name) => ({ name, kB: Math.round(statSync(join(dir, name)).size / 1024) }));
  return { totalKB: files.reduce((sum, f) => sum + f.kB, 0), files: files.sort((a, b) => b.kB - a.kB) };
}

const generationStart = Date.now();
const { summary, tables } = await dumpTenYearNetwork(20261127, '2026-11-27');
const generationMs = Date.now() - generationStart;

const server = spawn(process.execPath, [resolve(import.meta.dirname, '../tests/serve.ts'), String(PORT)], {
  stdio: 'ignore',
});
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  const page = await (await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin' })).newPage();
  for (let attempt = 0; ; attempt++) {
    try {
      await page.goto(BASE);
      break;
    } catch (error) {
      if (attempt > 50) throw error;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  await page.getByRole('heading', { level: 1 }).waitFor();
  const importStart = Date.now();
  await importIntoPage(page, tables);
  const importMs = Date.now() - importStart;
  await page.reload();

  const views: Record<string, { medianMs: number; runsMs: number[] }> = {};
  for (const [heading, hash] of VIEWS) {
    await timeToInteractive(page, hash, heading); // warm-up
    const runsMs: number[] = [];
    for (let i = 0; i < RUNS; i++) runsMs.push(await timeToInteractive(page, hash, heading));
    views[heading] = { medianMs: median(runsMs), runsMs };
  }
  const directorySearch = await measureDirectorySearch(page, BASE);

  console.log(
    JSON.stringify(
      {
        dataSet: summary.counts,
        generationMs,
        importIntoChromiumMs: importMs,
        timeToInteractive: views,
        directorySearch,
        bundle: bundleSizes(),
      },
      null,
      2,
    ),
  );
} finally {
  await browser.close();
  server.kill();
}
