import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, recordRequests, test } from './fixtures';

const MEETING_DOCUMENTS = [
  ['Einladung', 'Einladung', 'Einladung'],
  ['Tagesordnung', 'Tagesordnung', 'Tagesordnung'],
  ['Tagesordnung (Exemplar Sitzungsleitung)', 'Tagesordnung_Sitzungsleitung', 'Exemplar der Sitzungsleitung'],
  ['Anwesenheitsliste', 'Anwesenheitsliste', 'Anwesenheitsliste'],
  ['Protokoll', 'Protokoll', 'Protokoll'],
] as const;

const PDFMAKE_CHUNK = /\/assets\/pdfmake-[\w-]+\.js$/;

async function loadDemo(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Beispieldaten laden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Übersicht' })).toBeVisible();
}

const nav = (page: Page, entry: string) =>
  page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: entry }).click();

/** The demo's Lenkungskreis meeting of 18 February 2025 (approved minutes). */
async function openFirstLenkungskreisMeeting(page: Page): Promise<void> {
  await nav(page, 'Sitzungen');
  await page
    .getByRole('region', { name: 'Lenkungskreis' })
    .getByRole('row', { name: /18\.02\.2025/ })
    .getByRole('link')
    .click();
  await expect(page.getByRole('heading', { level: 1, name: /^Lenkungskreis: 1\. Sitzung 2025/ })).toBeVisible();
}

/** Opens a document from the page's "Dokumente" menu and waits until its preview is ready. */
async function openDocument(page: Page, name: string): Promise<Locator> {
  await page.getByRole('button', { name: 'Dokumente' }).click();
  await page.getByRole('menuitem', { name, exact: true }).click();
  const dialog = page.getByRole('dialog', { name });
  await expect(dialog.getByRole('button', { name: 'Speichern' })).toBeVisible({ timeout: 30_000 });
  return dialog;
}

/** Saves the document from its dialog (the browser downloads it) and reads it back. */
async function saveAndRead(page: Page, dialog: Locator): Promise<{ fileName: string; bytes: Buffer; text: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Speichern' }).click(),
  ]);
  const file = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(file);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  return { fileName: download.suggestedFilename(), bytes: readFileSync(file), text };
}

function expectPdf(bytes: Buffer): void {
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(bytes.length).toBeGreaterThan(1024);
}

test('each meeting document is previewed, saved as a PDF with its file name, and reads back', async ({ page }) => {
  await loadDemo(page);
  await openFirstLenkungskreisMeeting(page);
  for (const [menuEntry, fileLabel, printed] of MEETING_DOCUMENTS) {
    const dialog = await openDocument(page, menuEntry);
    await expect(dialog).toContainText(`2025-02-18_Lenkungskreis_${fileLabel}.pdf`);
    const { fileName, bytes, text } = await saveAndRead(page, dialog);
    expect(fileName).toBe(`2025-02-18_Lenkungskreis_${fileLabel}.pdf`);
    await expect(dialog.getByRole('status')).toHaveText(`Gespeichert als ${fileName}`);
    expectPdf(bytes);
    expect(text).toContain(printed);
    expect(text).toContain('Seite 1 von');
    expect(text).toContain('Lenkungskreis');
    await dialog.getByRole('button', { name: 'Schließen' }).click();
    await expect(dialog).toBeHidden();
  }
});

test('the preview dialog shows what to know about the document and passes axe', async ({ page }) => {
  await loadDemo(page);
  await openFirstLenkungskreisMeeting(page);
  const dialog = await openDocument(page, 'Protokoll');
  // The demo approves its minutes without storing a fingerprint: the dialog says it cannot check.
  await expect(dialog.getByRole('alert').or(dialog.locator('.mantine-Alert-root')).first()).toContainText(
    'keine Prüfsumme gespeichert',
  );
  await expect(dialog.getByTitle('Vorschau: Protokoll')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Drucken' })).toBeEnabled();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Dokumente' })).toBeFocused();
});

test('the minutes of a meeting still ahead cannot be made yet, and the menu says why', async ({ page }) => {
  await loadDemo(page);
  await nav(page, 'Sitzungen');
  await page
    .getByRole('row', { name: /geplant/ })
    .first()
    .getByRole('link')
    .click();
  await page.getByRole('button', { name: 'Dokumente' }).click();
  const minutes = page.getByRole('menuitem', { name: /^Protokoll/ });
  await expect(minutes).toBeDisabled();
  await expect(minutes).toContainText('Erst nach der Sitzung möglich.');
  await expect(page.getByRole('menuitem', { name: 'Einladung', exact: true })).toBeEnabled();
  await expectNoAxeViolations(page);
});

test('pdfmake and the document builders are loaded on the first document, not at start', async ({ page }) => {
  const requests = recordRequests(page);
  await loadDemo(page);
  await openFirstLenkungskreisMeeting(page);
  const pdfmakeRequests = () => requests.filter((r) => PDFMAKE_CHUNK.test(new URL(r.url()).pathname));
  expect(pdfmakeRequests()).toEqual([]);
  // A sentence only the minutes builder writes: it must not be in any script loaded so far.
  const scripts = requests.filter((r) => r.resourceType() === 'script');
  for (const script of scripts) {
    expect(await (await script.response())!.text()).not.toContain('Es wurden keine Aufgaben vereinbart.');
  }
  await openDocument(page, 'Einladung');
  expect(pdfmakeRequests()).toHaveLength(1);
  expect(requests.some((r) => /\/assets\/vfs_fonts-[\w-]+\.js$/.test(r.url()))).toBe(true);
});

test('under the strict CSP a PDF is produced, without eval, and an injected inline script does not run', async ({
  page,
}) => {
  await loadDemo(page);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-eval');
  expect(csp).not.toContain("'unsafe-inline'; script");

  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.effectiveDirective} ${event.blockedURI}`),
    );
    const script = document.createElement('script');
    script.textContent = 'window.injectedScriptRan = true;';
    document.body.append(script);
  });
  const violations = () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
  await expect.poll(violations).toContain('script-src-elem inline');
  expect(await page.evaluate(() => (window as unknown as { injectedScriptRan?: boolean }).injectedScriptRan)).toBe(
    undefined,
  );

  await openFirstLenkungskreisMeeting(page);
  const { bytes, text } = await saveAndRead(page, await openDocument(page, 'Protokoll'));
  expectPdf(bytes);
  expect(text).toContain('Protokoll');
  // Nothing else was blocked while the PDF was made: pdfmake needs no eval.
  expect(await violations()).toEqual(['script-src-elem inline']);
});

test('the task overview and the action-field report are made from their pages', async ({ page }) => {
  await loadDemo(page);
  await nav(page, 'Aufgaben');
  const overview = await openDocument(page, 'Aufgaben- und Beschlussübersicht nach Handlungsfeldern');
  const saved = await saveAndRead(page, overview);
  expect(saved.fileName).toMatch(
    /^\d{4}-\d{2}-\d{2}_Kreis-Auenfeld-nach-Handlungsfeldern_Aufgaben-und-Beschlussuebersicht\.pdf$/,
  );
  expectPdf(saved.bytes);
  expect(saved.text).toContain('Aufgaben- und Beschlussübersicht');
  await overview.getByRole('button', { name: 'Schließen' }).click();

  await nav(page, 'Handlungsfelder');
  const report = await openDocument(page, 'Sachstandsbericht Handlungsfelder für Lenkungskreis');
  const reportFile = await saveAndRead(page, report);
  expect(reportFile.fileName).toMatch(/^\d{4}-\d{2}-\d{2}_Lenkungskreis_Sachstandsbericht_Handlungsfelder\.pdf$/);
  expect(reportFile.text).toContain('für: Lenkungskreis');
  expect(reportFile.text).toContain('Seite 1 von');
});

/** A 300×100 RGBA PNG; `damage` garbles its compressed data but keeps the file's structure and CRCs. */
function png({ damage = false } = {}): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const frame = Buffer.alloc(4);
    frame.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([frame, body, crc]);
  };
  const [width, height] = [300, 100];
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc(height * (1 + width * 4));
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++)
      rows.set([20, 80 + (x % 120), 160, x < 100 ? 255 : 0], y * (1 + width * 4) + 1 + x * 4);
  }
  const data = deflateSync(rows);
  if (damage) for (let i = 40; i < 80; i++) data[i] = data[i]! ^ 0x5a;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', data),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

test('a letterhead logo is checked before it is stored, then previewed, printed and removed', async ({ page }) => {
  await loadDemo(page);
  await nav(page, 'Einstellungen');
  const section = page.getByRole('region', { name: 'Logo im Briefkopf' });
  await expect(section).toContainText('Es ist noch kein Logo hinterlegt.');
  const choose = (name: string, buffer: Buffer) =>
    section.locator('input[type="file"]').setInputFiles({ name, mimeType: 'image/png', buffer });

  // The browser would show this one; pdfmake would wait for it forever.
  await choose('beschaedigt.png', png({ damage: true }));
  await expect(section.getByRole('alert')).toContainText('Das Bild „beschaedigt.png“ ist beschädigt');
  await choose('notiz.png', Buffer.from('Kein Bild, nur Text.'));
  await expect(section.getByRole('alert')).toContainText('„notiz.png“ ist kein PNG- oder JPEG-Bild.');
  await choose('riesig.png', Buffer.concat([png(), Buffer.alloc(2_100_000)]));
  await expect(section.getByRole('alert')).toContainText('erlaubt sind höchstens 2 MB');
  await expect(section).toContainText('Es ist noch kein Logo hinterlegt.');

  await choose('logo-auenfeld.png', png());
  await expect(section.getByRole('img', { name: /^Logo im Briefkopf von / })).toBeVisible();
  await expect(section).toContainText('logo-auenfeld.png');
  await expect(section.getByRole('alert')).toHaveCount(0);
  await expectNoAxeViolations(page);

  await openFirstLenkungskreisMeeting(page);
  const minutes = await openDocument(page, 'Protokoll');
  const { fileName } = await saveAndRead(page, minutes);
  await minutes.getByRole('button', { name: 'Schließen' }).click();
  const images = execFileSync('pdfimages', ['-list', test.info().outputPath(fileName)], { encoding: 'utf8' });
  expect(images).toMatch(/^\s*1\s+0\s+image\s+300\s+100\s/m);

  await nav(page, 'Einstellungen');
  await section.getByRole('button', { name: 'Logo entfernen' }).click();
  await expect(section).toContainText('Es ist noch kein Logo hinterlegt.');
});
