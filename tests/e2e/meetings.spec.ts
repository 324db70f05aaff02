import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Hauptnavigation' });
const agenda = (page: Page) => page.getByRole('list', { name: 'Tagesordnung' });
/** The TOP numbers and titles of the agenda, in reading order ("2.1 Haushalt"). */
const agendaLines = (page: Page) =>
  agenda(page)
    .getByRole('listitem')
    .evaluateAll((rows) =>
      rows.map((row) => {
        const texts = [...row.querySelectorAll('p')].map((p) => p.textContent ?? '');
        return `${texts[0]?.replace('TOP ', '')} ${texts[2]}`;
      }),
    );

async function setUpKleve(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('radio', { name: /Kreis Kleve/ }).check();
  await page.getByRole('button', { name: 'Netzwerk anlegen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Übersicht' })).toBeVisible();
}

async function choose(page: Page, field: Locator, option: string): Promise<void> {
  await field.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function addDate(page: Page, date: string): Promise<void> {
  const input = page.getByRole('textbox', { name: 'Termin eingeben' });
  await input.fill(date);
  await input.press('Enter');
}

/** Adds an item through the drawer: `under` names the parent's number for a sub-item. */
async function addItem(page: Page, title: string, minutes: number, under?: string): Promise<void> {
  if (under) {
    await page.getByRole('button', { name: `Weitere Aktionen zu TOP ${under}`, exact: true }).click();
    await page.getByRole('menuitem', { name: `Unterpunkt zu TOP ${under} hinzufügen` }).click();
  } else {
    await page.getByRole('button', { name: 'Punkt hinzufügen' }).click();
  }
  const drawer = page.getByRole('dialog');
  await drawer.getByRole('textbox', { name: 'Titel' }).fill(title);
  await drawer.getByRole('textbox', { name: 'Geplante Dauer (Minuten)' }).fill(String(minutes));
  await drawer.getByRole('button', { name: 'Speichern' }).click();
  await expect(drawer).toBeHidden();
}

test('plan the year, build the agenda by keyboard, attach a paper, invite, reply and export the calendar entry', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await setUpKleve(page);
  await mainNav(page).getByRole('link', { name: 'Sitzungen' }).click();
  await page.getByRole('link', { name: 'Jahresplanung' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Jahresplanung' })).toBeVisible();

  // Three Lenkungskreis dates for 2026, one in the Easter holidays.
  await expect(page.getByRole('combobox', { name: 'Gremium' })).toHaveValue('Lenkungskreis');
  await choose(page, page.getByRole('combobox', { name: 'Jahr' }), '2026');
  await page.getByRole('textbox', { name: 'Ort' }).fill('Kreishaus Kleve, Raum 1.12');
  for (const date of ['16.06.2026', '10.03.2026', '31.03.2026']) await addDate(page, date);
  const preview = page.getByRole('table', { name: /Gewählte Termine/ });
  await expect(preview.getByRole('row')).toHaveCount(4);
  await expect(preview.getByRole('row').nth(1)).toContainText('1. Sitzung 2026');
  await expect(preview.getByRole('row').nth(1)).toContainText('24.02.2026');
  await expect(preview.getByRole('row').nth(2)).toContainText('Schulferien: Osterferien 2026');
  await expect(preview.getByRole('row').nth(3)).toContainText('kein Feiertag, keine Schulferien');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: '3 Sitzungen anlegen' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Sitzungen' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Sitzung 2026/ })).toHaveCount(3);
  await page.getByRole('link', { name: '1. Sitzung 2026' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lenkungskreis: 1. Sitzung 2026' })).toBeVisible();

  // The first one from the standard agenda, then 8 items with 2 sub-items.
  await page.getByRole('button', { name: 'Standardtagesordnung übernehmen' }).click();
  await expect(agenda(page).getByRole('listitem')).toHaveCount(5);
  await addItem(page, 'Bericht der Schulaufsicht', 15);
  await page.getByRole('button', { name: 'Punkt hinzufügen' }).click();
  await expectNoAxeViolations(page);
  const drawer = page.getByRole('dialog', { name: 'Tagesordnungspunkt hinzufügen' });
  await drawer.getByRole('textbox', { name: 'Geplante Dauer (Minuten)' }).fill('-5');
  await drawer.getByRole('button', { name: 'Speichern' }).click();
  await expect(drawer.getByRole('textbox', { name: 'Titel' })).toHaveAccessibleDescription(
    'Bitte einen Titel für den Tagesordnungspunkt angeben.',
  );
  await expect(drawer.getByText('Die Dauer kann nicht negativ sein.')).toBeVisible();
  await drawer.getByRole('button', { name: 'Abbrechen' }).click();
  await addItem(page, 'Kommunales Integrationszentrum', 20);
  await addItem(page, 'Haushalt 2027', 20);
  await addItem(page, 'KAoA: Sachstand', 10, '4');
  await addItem(page, 'Talentscouting', 10, '4');
  await expect
    .poll(() => agendaLines(page))
    .toEqual([
      '1 Begrüßung und Feststellung der Tagesordnung',
      '2 Genehmigung des Protokolls der letzten Sitzung',
      '3 Bericht aus dem Bildungsbüro',
      '4 Sachstand Handlungsfelder und offene Aufgaben',
      '4.1 KAoA: Sachstand',
      '4.2 Talentscouting',
      '5 Verschiedenes',
      '6 Bericht der Schulaufsicht',
      '7 Kommunales Integrationszentrum',
      '8 Haushalt 2027',
    ]);

  // Keyboard: move "Verschiedenes" to the end with its button, then TOP 3 down by dragging with the keyboard.
  for (let i = 0; i < 3; i++) {
    const down = page.getByRole('button', { name: `TOP ${5 + i} nach unten`, exact: true });
    await down.focus();
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('status').filter({ hasText: `TOP ${5 + i} verschoben an Position ${6 + i}.` }),
    ).toBeAttached();
  }
  await expect(page.getByRole('button', { name: 'TOP 8 nach unten', exact: true })).toBeFocused();
  const handle = page.getByRole('button', { name: 'TOP 3 „Bericht aus dem Bildungsbüro“ verschieben' });
  await handle.focus();
  await page.keyboard.press('Space');
  await expect(handle).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByText('TOP 3 über Position 4.')).toBeAttached();
  await page.keyboard.press('Space');
  await expect(page.getByText('TOP 3 verschoben an Position 4.')).toBeAttached();
  await expect
    .poll(() => agendaLines(page))
    .toEqual([
      '1 Begrüßung und Feststellung der Tagesordnung',
      '2 Genehmigung des Protokolls der letzten Sitzung',
      '3 Sachstand Handlungsfelder und offene Aufgaben',
      '3.1 KAoA: Sachstand',
      '3.2 Talentscouting',
      '4 Bericht aus dem Bildungsbüro',
      '5 Bericht der Schulaufsicht',
      '6 Kommunales Integrationszentrum',
      '7 Haushalt 2027',
      '8 Verschiedenes',
    ]);

  // The time plan follows: 130 minutes from 14:00 run past the planned end at 16:00.
  const row = (number: string) =>
    agenda(page)
      .getByRole('listitem')
      .filter({ hasText: `TOP ${number}` })
      .first();
  await expect(row('3.1')).toContainText('14:30–14:40');
  await expect(row('8')).toContainText('16:00–16:10');
  await expect(page.getByText('Tagesordnung endet um 16:10 Uhr (130 Minuten)')).toBeVisible();
  await expect(page.getByText('Die Tagesordnung passt nicht in die Sitzungszeit')).toBeVisible();
  await expectNoAxeViolations(page);

  // A Vorlage for TOP 7; a file of an unknown type is refused in German.
  await page.getByRole('button', { name: 'Datei anhängen' }).click();
  const attach = page.getByRole('dialog', { name: 'Vorlage oder Anlage anhängen' });
  const fileInput = attach.locator('input[type="file"]');
  await fileInput.setInputFiles({ name: 'setup.exe', mimeType: 'application/x-msdownload', buffer: Buffer.from('MZ') });
  await attach.getByRole('button', { name: 'Datei anhängen' }).click();
  await expect(attach.getByText(/Dateien vom Typ „\.exe“ können nicht angehängt werden/)).toBeVisible();
  await fileInput.setInputFiles({
    name: 'Haushalt 2027.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
  });
  await choose(page, attach.getByRole('combobox', { name: 'Gehört zu' }), 'TOP 7 Haushalt 2027');
  await expectNoAxeViolations(page);
  await attach.getByRole('button', { name: 'Datei anhängen' }).click();
  await expect(attach).toBeHidden();
  const papers = page.getByRole('region', { name: 'Vorlagen und Anlagen' });
  await expect(papers.getByRole('row').nth(1)).toContainText('Vorlage LK-01/2026');
  await expect(papers.getByRole('row').nth(1)).toContainText('TOP 7');
  await expect(row('7')).toContainText('1 Unterlage');

  // Guests, replies with counts, and the invitation recorded as sent.
  const invitation = page.getByRole('region', { name: 'Einladung und Rückmeldungen' });
  for (const name of ['Eva Brandt', 'Jonas Verhoeven']) {
    await invitation.getByRole('button', { name: 'Gast hinzufügen' }).click();
    const guest = page.getByRole('dialog', { name: 'Gast einladen' });
    await guest.getByText('Name eingeben').click();
    await guest.getByRole('textbox', { name: 'Name' }).fill(name);
    await guest.getByRole('button', { name: 'Gast hinzufügen' }).click();
    await expect(guest).toBeHidden();
  }
  await choose(page, invitation.getByRole('combobox', { name: 'Rückmeldung von Eva Brandt' }), 'zugesagt');
  await choose(
    page,
    invitation.getByRole('combobox', { name: 'Rückmeldung von Jonas Verhoeven' }),
    'vertreten durch …',
  );
  const substitute = invitation.getByRole('combobox', { name: 'Vertretung für Jonas Verhoeven' });
  await substitute.fill('Maria Janssen');
  await substitute.press('Enter');
  await expect(invitation).toContainText('2 eingeladen · 0 offen · 1 Zusage · 0 Absagen · 1 vertreten');
  await invitation.getByRole('button', { name: 'Versand erfassen' }).click();
  const sent = page.getByRole('dialog', { name: 'Einladung versandt' });
  await sent.getByRole('textbox', { name: 'Einladung versandt am' }).fill('20.02.2026');
  await expectNoAxeViolations(page);
  await sent.getByRole('button', { name: 'Speichern' }).click();
  await expect(invitation).toContainText('20.02.2026');
  await expect(page.getByRole('region', { name: 'Eckdaten' })).toContainText('eingeladen');
  await page.reload();
  await expect(invitation.getByRole('combobox', { name: 'Vertretung für Jonas Verhoeven' })).toHaveValue(
    'Maria Janssen',
  );

  // The calendar entry, read back with a real iCalendar parser.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    invitation.getByRole('button', { name: 'Kalendereintrag (.ics)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('2026-03-10_Lenkungskreis_Sitzung.ics');
  const event = new ICAL.Component(ICAL.parse(readFileSync(await download.path(), 'utf8'))).getFirstSubcomponent(
    'vevent',
  )!;
  const start = event.getFirstProperty('dtstart')!;
  expect(start.getParameter('tzid')).toBe('Europe/Berlin');
  expect(start.getFirstValue()!.toString()).toBe('2026-03-10T14:00:00');
  expect(event.getFirstPropertyValue('dtend')!.toString()).toBe('2026-03-10T16:00:00');
  expect(event.getFirstProperty('dtend')!.getParameter('tzid')).toBe('Europe/Berlin');
  expect(event.getFirstPropertyValue('location')).toBe('Kreishaus Kleve, Raum 1.12');
  expect(String(event.getFirstPropertyValue('description'))).toContain('TOP 3.1 KAoA: Sachstand');
  await expectNoAxeViolations(page);
});

test('demo meetings: dialogs are accessible, suggestions can be taken over, a meeting with minutes is deleted only after asking and can be restored', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await page.getByRole('button', { name: 'Beispieldaten laden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Übersicht' })).toBeVisible();
  await mainNav(page).getByRole('link', { name: 'Sitzungen' }).click();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Sitzung anlegen' }).click();
  await expect(page.getByRole('dialog', { name: 'Neue Sitzung' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');

  const lenkungskreis = page.getByRole('region', { name: 'Lenkungskreis' });
  await lenkungskreis.getByRole('link', { name: '4. Sitzung 2026' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lenkungskreis: 4. Sitzung 2026' })).toBeVisible();
  await expect(agenda(page).getByRole('listitem')).toHaveCount(7);
  await expectNoAxeViolations(page);

  const suggestions = page.getByRole('alert').filter({ hasText: 'Vorschläge für die Tagesordnung' });
  await suggestions.getByRole('button', { name: 'Als Punkt aufnehmen' }).click();
  await expect(agenda(page).getByRole('listitem')).toHaveCount(8);
  await expect(agenda(page).getByRole('listitem').nth(6)).toContainText(
    'Sachstand Handlungsfelder und offene Aufgaben',
  );

  for (const [button, dialog] of [
    ['Eckdaten bearbeiten', 'Eckdaten bearbeiten'],
    ['Sitzung absagen', 'Sitzung absagen'],
    ['Als Vorlage speichern', 'Tagesordnung als Vorlage speichern'],
    ['Gast hinzufügen', 'Gast einladen'],
  ]) {
    await page.getByRole('button', { name: button, exact: true }).click();
    await expect(page.getByRole('dialog', { name: dialog })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
  }
  await page.getByRole('button', { name: 'TOP 2 bearbeiten' }).click();
  await expect(page.getByRole('dialog', { name: 'TOP 2 bearbeiten' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'TOP 2 bearbeiten' })).toBeFocused();

  // The members are invited; the e-mail draft goes to all of them in Bcc, with the invitation as PDF.
  const invitation = page.getByRole('region', { name: 'Einladung und Rückmeldungen' });
  await invitation.getByRole('button', { name: 'Mitglieder übernehmen' }).click();
  await expect(invitation.getByRole('row')).toHaveCount(11);
  const [draft] = await Promise.all([
    page.waitForEvent('download'),
    invitation.getByRole('button', { name: 'E-Mail-Entwurf (.eml)' }).click(),
  ]);
  expect(draft.suggestedFilename()).toBe('2026-12-15_Lenkungskreis_Einladung.eml');
  const eml = readFileSync(await draft.path(), 'latin1');
  expect(eml).toContain('X-Unsent: 1');
  expect(eml.match(/^Bcc: [\s\S]*?(?=^Subject:)/m)?.[0].match(/@/g)).toHaveLength(10);
  expect(eml).toMatch(/Content-Type: application\/pdf;\r\n name="2026-12-15_Lenkungskreis_Einladung\.pdf"/);
  // The toasts are closed, so none is fading out while axe checks the next page.
  const toasts = page.locator('.mantine-Notification-root');
  // One at a time, retried: a toast may also close by itself between counting and clicking.
  await expect(async () => {
    const close = toasts.getByRole('button', { name: 'Schließen' });
    if ((await close.count()) > 0) await close.first().click({ timeout: 1000 });
    await expect(toasts).toHaveCount(0, { timeout: 500 });
  }).toPass({ timeout: 15_000 });

  // Cancelling needs a reason.
  await page.getByRole('button', { name: 'Sitzung absagen' }).click();
  const cancel = page.getByRole('dialog', { name: 'Sitzung absagen' });
  await cancel.getByRole('button', { name: 'Sitzung absagen' }).click();
  await expect(cancel.getByText('Bitte den Grund der Absage angeben.')).toBeVisible();
  await cancel.getByRole('textbox', { name: 'Grund der Absage' }).fill('Verschoben in den Januar');
  await cancel.getByRole('button', { name: 'Sitzung absagen' }).click();
  await expect(page.getByRole('region', { name: 'Eckdaten' })).toContainText('Grund: Verschoben in den Januar');
  await page.getByRole('button', { name: 'Absage zurücknehmen' }).click();
  await expect(page.getByRole('region', { name: 'Eckdaten' })).toContainText('geplant');

  // A meeting with minutes: asked first, then undone from the notification.
  await mainNav(page).getByRole('link', { name: 'Sitzungen' }).click();
  await lenkungskreis.getByRole('link', { name: '1. Sitzung 2026' }).click();
  // Approved minutes: agenda, papers and replies are shown, not edited.
  await expect(page.getByRole('region', { name: 'Eckdaten' })).toContainText('Protokoll genehmigt');
  await expect(agenda(page).getByRole('listitem').first()).toBeVisible();
  for (const name of ['Punkt hinzufügen', 'Datei anhängen', 'Mitglieder übernehmen', 'Eckdaten bearbeiten']) {
    await expect(page.getByRole('button', { name })).toHaveCount(0);
  }
  await expect(page.getByRole('button', { name: /nach oben/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Weitere Aktionen zur Sitzung' }).click();
  await page.getByRole('menuitem', { name: 'Sitzung löschen' }).click();
  const ask = page.getByRole('dialog', { name: 'Sitzung mit Protokoll löschen?' });
  await expect(ask).toBeVisible();
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await ask.getByRole('button', { name: 'Sitzung löschen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sitzungen' })).toBeVisible();
  await expect(lenkungskreis.getByRole('link', { name: '1. Sitzung 2026' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Rückgängig' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lenkungskreis: 1. Sitzung 2026' })).toBeVisible();
});

test('templates: each body has a standard agenda that can be created and edited', async ({ page }) => {
  await setUpKleve(page);
  await page.goto('/#/sitzungen/vorlagen');
  await expect(page.getByRole('heading', { level: 1, name: 'Tagesordnungsvorlagen' })).toBeVisible();
  await choose(page, page.getByRole('combobox', { name: 'Gremium' }), 'Lenkungskreis');
  await page.getByRole('button', { name: 'Standardtagesordnung anlegen' }).click();
  const items = page.getByRole('list', { name: 'Punkte der Vorlage Standardtagesordnung Lenkungskreis' });
  await expect(items.getByRole('listitem')).toHaveCount(5);
  await page.getByRole('button', { name: 'TOP 5 nach oben', exact: true }).click();
  await expect(items.getByRole('listitem').nth(3)).toContainText('Verschiedenes');
  await page.getByRole('button', { name: 'TOP 2 einrücken (Unterpunkt des vorigen Punkts)' }).click();
  await expect(items.getByRole('listitem').nth(1)).toContainText('TOP 1.1');
  await expectNoAxeViolations(page);
});

test('a meeting is created from the dialog with the standard agenda; an end before the start is refused at the field', async ({
  page,
}) => {
  await setUpKleve(page);
  await mainNav(page).getByRole('link', { name: 'Sitzungen' }).click();
  await page.getByRole('button', { name: 'Sitzung anlegen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Neue Sitzung' });
  await expect(dialog.getByRole('combobox', { name: 'Gremium' })).toHaveValue('Lenkungskreis');
  await dialog.getByRole('button', { name: 'Sitzung anlegen' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Datum' })).toHaveAccessibleDescription(
    'Bitte ein gültiges Datum angeben (TT.MM.JJJJ).',
  );
  await dialog.getByRole('textbox', { name: 'Datum' }).fill('12.05.2026');
  await dialog.getByRole('spinbutton', { name: 'Geplantes Ende: Stunden' }).fill('13');
  await dialog.getByRole('button', { name: 'Sitzung anlegen' }).click();
  await expect(dialog.getByText('Das Ende muss nach dem Beginn liegen.')).toBeVisible();
  await dialog.getByRole('spinbutton', { name: 'Geplantes Ende: Stunden' }).fill('16');
  await dialog.getByRole('textbox', { name: 'Thema' }).fill('Übergänge gestalten');
  await dialog.getByRole('button', { name: 'Sitzung anlegen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lenkungskreis: 1. Sitzung 2026' })).toBeVisible();
  await expect(page.getByText('Übergänge gestalten')).toBeVisible();
  await expect(agenda(page).getByRole('listitem')).toHaveCount(5);
});
