import { execFileSync } from 'node:child_process';
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

/** The demo's next Lenkungskreis meeting (15.12.2026): not yet held, run here in Sitzungsmodus. */
async function openNextLenkungskreisMeeting(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Beispieldaten laden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Übersicht' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Sitzungen' }).click();
  await page
    .getByRole('region', { name: 'Lenkungskreis' })
    .getByRole('row', { name: /15\.12\.2026/ })
    .getByRole('link')
    .click();
  await expect(page.getByRole('heading', { level: 1, name: /^Lenkungskreis: 4\. Sitzung 2026/ })).toBeVisible();
}

/** Presses a control by keyboard: focus, then Enter. */
async function press(control: Locator): Promise<void> {
  await control.focus();
  await control.press('Enter');
}

const notes = (page: Page) => page.getByRole('textbox', { name: /^Notizen zu TOP/ });
const status = (page: Page) => page.getByRole('status').filter({ hasText: /gespeichert|Speichert/i });

/** Marks a participant's attendance with the keyboard: into the radio group, then Space. */
async function markAttendance(page: Page, name: string, choice: string): Promise<void> {
  await page
    .getByRole('radiogroup', { name: `Anwesenheit von ${name}` })
    .getByRole('radio', { name: choice, exact: true })
    .focus();
  await page.keyboard.press('Space');
}

/** Goes item by item with Alt+→ until the item is shown. */
async function moveTo(page: Page, item: RegExp): Promise<void> {
  const heading = page.getByRole('main').getByRole('heading', { level: 2 }).first();
  for (let step = 0; step < 10 && !item.test((await heading.textContent()) ?? ''); step++) {
    const before = (await heading.textContent()) ?? '';
    await page.keyboard.press('Alt+ArrowRight');
    await expect(heading).not.toHaveText(before);
  }
  await expect(page.getByRole('heading', { level: 2, name: item })).toBeVisible();
}

async function addTask(page: Page, what: string, owner: string, due: string): Promise<void> {
  await press(page.getByRole('button', { name: 'Aufgabe hinzufügen' }));
  await page.keyboard.type(what);
  const task = page.getByRole('article', { name: what });
  await task.getByRole('combobox', { name: 'Wer?' }).fill(owner);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await task.getByRole('textbox', { name: 'Bis wann?' }).fill(due);
  await page.keyboard.press('Tab');
  await expect(status(page)).toHaveText('Gespeichert');
}

test('the Lenkungskreis meeting is run by keyboard, its minutes sent, approved, sealed, locked and amended', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openNextLenkungskreisMeeting(page);
  await press(page.getByRole('link', { name: 'Sitzungsmodus' }));
  await expect(page.getByRole('heading', { level: 1, name: 'Sitzungsmodus' })).toBeVisible();

  // Attendance: the members become the list; then status by keyboard, a substitute typed in.
  await press(page.getByRole('button', { name: 'Mitglieder des Gremiums übernehmen' }));
  await expect(page.getByRole('radiogroup', { name: /^Anwesenheit von/ })).toHaveCount(10);
  for (const name of ['Bernd Kleinhaus', 'Dr. Ulrike Stammen', 'Birgit Endemann', 'Stefan Möllers']) {
    await markAttendance(page, name, 'anwesend');
  }
  await markAttendance(page, 'Miriam Sauerland', 'entschuldigt');
  await markAttendance(page, 'Claudia Rettinghaus', 'vertreten');
  await page.getByRole('combobox', { name: 'Vertreten durch (für Claudia Rettinghaus)' }).fill('Jens Kortmann');
  await expect(page.getByText(/^4 anwesend \(5 stimmberechtigt/)).toBeVisible();
  await expect(status(page)).toHaveText('Gespeichert');
  await expectNoAxeViolations(page);

  await press(page.getByRole('button', { name: 'Sitzung beginnen' }));
  await expect(page.getByText(/^Läuft seit \d\d:\d\d Uhr$/)).toBeVisible();

  // Item by item with Alt+→: the clock runs for the item under discussion.
  await page.keyboard.press('Alt+ArrowRight');
  await expect(page.getByRole('heading', { level: 2, name: 'Begrüßung, Feststellung der Tagesordnung' })).toBeVisible();
  await expect(notes(page)).toBeFocused();
  await page.keyboard.type('Frau Dr. Stammen begrüßt die Mitglieder. ');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('Die Tagesordnung wird festgestellt.');
  await moveTo(page, /^Jahresplanung 2027$/);
  await expect(page.getByText(/^\d+:\d\d$/)).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Ablauf der Sitzung' }).getByRole('button', { name: /TOP 5.*läuft/ }),
  ).toHaveAttribute('aria-current', 'step');

  // Reload while typing: at most the last moment is lost.
  await expect(notes(page)).toBeFocused();
  await page.keyboard.type('Frau Hollmann stellt die Termine für 2027 vor.');
  await page.waitForTimeout(1000);
  await page.reload();
  await expect(notes(page)).toHaveText('Frau Hollmann stellt die Termine für 2027 vor.');
  await moveTo(page, /^Jahresplanung 2027$/);

  // A Beschluss with counted votes: too many votes are refused, the number comes with the first save.
  await press(page.getByRole('button', { name: 'Ergebnis erfassen' }));
  const result = page.getByRole('article', { name: /^Beschluss/ });
  await expect(result.getByRole('textbox', { name: /^Wortlaut/ })).toBeFocused();
  await page.keyboard.type('Der Lenkungskreis tagt 2027 am 23.02., 11.05., 14.09. und 23.11.2027, jeweils 14:00 Uhr.');
  await expect(result.getByText('B-LK-2026-05')).toBeVisible();
  await result.getByRole('radiogroup', { name: 'Abstimmung' }).getByRole('radio', { name: 'Abgestimmt' }).focus();
  await page.keyboard.press('Space');
  await result.getByRole('textbox', { name: 'Ja', exact: true }).fill('5');
  await result.getByRole('textbox', { name: 'Nein', exact: true }).fill('1');
  await result.getByRole('textbox', { name: 'Enthaltungen', exact: true }).fill('1');
  await expect(result.getByRole('alert')).toHaveText(
    'Es wurden 7 Stimmen gezählt, aber nur 5 stimmberechtigte Mitglieder sind anwesend.',
  );
  await expect(status(page)).toContainText('Nicht gespeichert – Es wurden 7 Stimmen gezählt');
  await result.getByRole('textbox', { name: 'Nein', exact: true }).fill('0');
  await result.getByRole('textbox', { name: 'Enthaltungen', exact: true }).fill('0');
  await expect(status(page)).toHaveText('Gespeichert');

  await addTask(page, 'Termine 2027 an alle Mitglieder versenden', 'Hollmann', '15.01.2027');
  await addTask(page, 'Raum für die Sitzungen 2027 reservieren', 'Lenkungskreis', '31.01.2027');
  await expectNoAxeViolations(page);
  await press(page.getByRole('button', { name: 'Sitzung beenden' }));
  await expect(page.getByText(/^Gehalten \d\d:\d\d–\d\d:\d\d Uhr$/)).toBeVisible();

  // The tasks are in the follow-up list at once.
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Aufgaben' }).click();
  await expect(page.getByRole('row', { name: /Termine 2027 an alle Mitglieder versenden/ })).toBeVisible();
  await page.goBack();

  // Protokoll: send, then approve in the first meeting of 2027.
  await press(page.getByRole('link', { name: 'Protokoll' }));
  await expect(page.getByRole('heading', { level: 1, name: 'Protokoll' })).toBeVisible();
  await expect(page.getByText('Der Lenkungskreis tagt 2027 am 23.02.')).toBeVisible();
  await press(page.getByRole('button', { name: 'Versand erfassen' }));
  const send = page.getByRole('dialog', { name: 'Versand erfassen' });
  await send.getByRole('textbox', { name: 'Versandt am' }).fill('18.12.2026');
  await page.keyboard.press('Tab');
  await expectNoAxeViolations(page);
  await press(send.getByRole('button', { name: 'Speichern' }));
  await expect(send).toBeHidden();
  await press(page.getByRole('button', { name: 'Genehmigung erfassen' }));
  const approve = page.getByRole('dialog', { name: 'Genehmigung erfassen' });
  await expect(approve.getByRole('combobox', { name: 'Genehmigt in der Sitzung' })).toHaveValue(
    '1. Sitzung 2027 (23.02.2027)',
  );
  await expectNoAxeViolations(page);
  await press(approve.getByRole('button', { name: 'Speichern' }));
  await expect(approve).toBeHidden();
  await expect(page.getByText('am 23.02.2027 in der 1. Sitzung 2027')).toBeVisible();

  const fingerprint = (await page.getByText(/^[0-9a-f]{8}( [0-9a-f]{8}){7}$/).textContent()) ?? '';
  expect(fingerprint).toMatch(/^[0-9a-f]{8}( [0-9a-f]{8}){7}$/);
  await press(page.getByRole('button', { name: 'Fingerabdruck prüfen' }));
  await expect(page.getByText('Der Fingerabdruck stimmt')).toBeVisible();
  await expectNoAxeViolations(page);

  // Approved minutes are locked: Sitzungsmodus says why and takes no more input.
  await page.goBack();
  await page.goto(page.url().replace(/\/protokoll.*$/, '/sitzungsmodus'));
  await expect(page.getByText('Das Protokoll ist genehmigt')).toBeVisible();
  await moveTo(page, /^Jahresplanung 2027$/);
  await expect(notes(page)).toHaveAttribute('contenteditable', 'false');
  await expect(page.getByRole('button', { name: 'Ergebnis erfassen' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Sitzung fortsetzen' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // A correction is an amendment with date and reason.
  await press(page.getByRole('link', { name: 'Protokoll' }));
  await press(page.getByRole('button', { name: 'Berichtigung erfassen' }));
  const amend = page.getByRole('dialog', { name: 'Berichtigung erfassen' });
  await amend.getByRole('textbox', { name: 'Datum der Berichtigung' }).fill('02.03.2027');
  await page.keyboard.press('Tab');
  await amend.getByRole('textbox', { name: 'Grund', exact: true }).fill('Tippfehler');
  await amend
    .getByRole('textbox', { name: 'Berichtigung', exact: true })
    .fill('TOP 5: Die Sitzung am 14.09.2027 beginnt um 15:00 Uhr.');
  await expectNoAxeViolations(page);
  await press(amend.getByRole('button', { name: 'Speichern' }));
  await expect(page.getByText('Berichtigung vom 02.03.2027')).toBeVisible();
  await press(page.getByRole('button', { name: 'Fingerabdruck prüfen' }));
  await expect(page.getByText('Der Fingerabdruck stimmt')).toBeVisible();

  // The minutes PDF prints the fingerprint and the amendment.
  await press(page.getByRole('link', { name: 'Zur Sitzung' }));
  await page.getByRole('button', { name: 'Dokumente' }).click();
  await page.getByRole('menuitem', { name: 'Protokoll', exact: true }).click();
  const preview = page.getByRole('dialog', { name: 'Protokoll' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    preview.getByRole('button', { name: 'Speichern' }).click({ timeout: 30_000 }),
  ]);
  const file = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(file);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain(`SHA-256 ${fingerprint}`);
  expect(text).toContain('Berichtigung vom 02.03.2027');
  expect(text).toContain('Beschluss B-LK-2026-05');
});

test('two windows typing into the same notes: the later save keeps both texts for the user to choose', async ({
  page,
}) => {
  await openNextLenkungskreisMeeting(page);
  await press(page.getByRole('link', { name: 'Sitzungsmodus' }));
  await moveTo(page, /^Jahresplanung 2027$/);
  const other = await page.context().newPage();
  await other.goto(page.url());
  await expect(notes(other)).toBeVisible();

  // Both type before either saves (a save follows within 400 ms): whichever saves second meets
  // the other's text.
  const windows = [
    { window: page, text: 'Aus Fenster A.' },
    { window: other, text: 'Aus Fenster B.' },
  ];
  for (const { window } of windows) await notes(window).click();
  for (const { window, text } of windows) await window.keyboard.insertText(text);
  const conflictIn = (window: Page) => window.getByRole('dialog', { name: 'In einem anderen Fenster geändert' });
  await expect
    .poll(async () => (await conflictIn(page).isVisible()) || (await conflictIn(other).isVisible()))
    .toBe(true);
  const later = (await conflictIn(page).isVisible()) ? 0 : 1;
  const [second, first] = [windows[later]!, windows[1 - later]!];
  const dialog = conflictIn(second.window);
  await expect(dialog.getByRole('region', { name: 'Ihre Fassung (dieses Fenster)' })).toContainText(second.text);
  await expect(dialog.getByRole('region', { name: 'Fassung aus dem anderen Fenster' })).toContainText(first.text);
  await expect(second.window.getByRole('status').filter({ hasText: 'Nicht gespeichert' })).toBeVisible();
  await expectNoAxeViolations(second.window);

  await press(dialog.getByRole('button', { name: 'Selbst zusammenführen' }));
  for (const { text } of windows) await expect(notes(second.window)).toContainText(text);
  // The merged text is saved, and the other window takes it over.
  await expect(notes(first.window)).toContainText(second.text);
  await expect(notes(first.window)).toContainText('Fassung aus dem anderen Fenster:');
});
