import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, foreignRequests, recordRequests, test } from './fixtures';

const BOM = '\uFEFF';

/** A fresh network (Kreis Mettmann) with its three bodies, on the directory page. */
async function openDirectory(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('radio', { name: /Kreis Mettmann/ }).check();
  await page.getByRole('button', { name: 'Netzwerk anlegen' }).click();
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Verzeichnis' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Verzeichnis' })).toBeVisible();
}

async function loadDemo(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Beispieldaten laden' }).click();
  await expect(page.getByRole('banner')).toContainText('Auenfeld', { timeout: 30_000 });
}

const dialog = (page: Page, name: string | RegExp) => page.getByRole('dialog', { name });

/** Picks an option of a Mantine select: typing into a searchable one, opening a plain one. */
async function choose(field: Locator, typed: string, option: string | RegExp): Promise<void> {
  if (typed) await field.fill(typed);
  else await field.click();
  await field.page().getByRole('option', { name: option }).click();
}

async function createPerson(page: Page, firstName: string, lastName: string, organisation?: string) {
  await page.getByRole('tab', { name: 'Personen' }).click();
  await page.getByRole('button', { name: 'Neue Person' }).click();
  const form = dialog(page, 'Neue Person');
  await form.getByRole('textbox', { name: 'Vorname' }).fill(firstName);
  await form.getByRole('textbox', { name: 'Nachname' }).fill(lastName);
  if (organisation) await choose(form.getByRole('combobox', { name: 'Organisation' }), organisation, organisation);
  await form.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${firstName} ${lastName}` })).toBeVisible();
  await page.getByRole('link', { name: 'Zurück zu den Personen' }).click();
}

async function openBody(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Verzeichnis' }).click();
  await page.getByRole('tab', { name: 'Gremien' }).click();
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

const section = (page: Page, title: string) => page.getByRole('region', { name: title });

test('organisation, persons and a membership with deputy; ending it moves it to the history', async ({ page }) => {
  await openDirectory(page);

  await page.getByRole('button', { name: 'Neue Organisation' }).click();
  const orgForm = dialog(page, 'Neue Organisation');
  await orgForm.getByRole('button', { name: 'Speichern' }).click();
  await expect(orgForm.getByRole('textbox', { name: 'Name', exact: true })).toHaveAccessibleDescription(
    'Bitte den Namen der Organisation angeben.',
  );
  await expect(orgForm.getByRole('textbox', { name: 'Name', exact: true })).toBeFocused();
  await expectNoAxeViolations(page);
  await orgForm.getByRole('textbox', { name: 'Name', exact: true }).fill('Städtische Gesamtschule Mettmann');
  await choose(orgForm.getByRole('combobox', { name: 'Art' }), 'weiterf', 'Weiterführende Schule');
  await choose(orgForm.getByRole('combobox', { name: 'Schulform' }), '', 'Gesamtschule');
  await orgForm.getByRole('textbox', { name: 'PLZ' }).fill('4082');
  await orgForm.getByRole('button', { name: 'Speichern' }).click();
  await expect(orgForm.getByRole('textbox', { name: 'PLZ' })).toHaveAccessibleDescription(
    'Die Postleitzahl hat fünf Ziffern.',
  );
  await orgForm.getByRole('textbox', { name: 'PLZ' }).fill('40822');
  await orgForm.getByRole('button', { name: 'Speichern' }).click();
  await expect(orgForm).toBeHidden();
  await expect(page.getByRole('row', { name: /Städtische Gesamtschule Mettmann/ })).toContainText(
    'Weiterführende Schule · Gesamtschule',
  );

  await createPerson(page, 'Jana', 'Becker', 'Gesamtschule Mettmann');
  await createPerson(page, 'Tom', 'Weber');
  await page.getByRole('searchbox', { name: 'Personen durchsuchen' }).fill('becker gesamtschule');
  await expect(page.getByRole('row')).toHaveCount(2);

  await openBody(page, 'Lenkungskreis');
  await page.getByRole('button', { name: 'Mitglied hinzufügen' }).click();
  let form = dialog(page, 'Neue Mitgliedschaft');
  await choose(form.getByRole('combobox', { name: 'Person' }), 'weber', 'Tom Weber');
  await form.getByRole('combobox', { name: 'Sitz' }).fill('Schulform Gesamtschule');
  await form.getByRole('textbox', { name: 'Beginn' }).fill('01.01.2025');
  await form.getByRole('textbox', { name: 'Ende (letzter Tag)' }).fill('31.12.2024');
  await form.getByRole('button', { name: 'Speichern' }).click();
  await expect(form.getByRole('textbox', { name: 'Ende (letzter Tag)' })).toHaveAccessibleDescription(
    /Das Ende darf nicht vor dem Beginn liegen/,
  );
  await form.getByRole('textbox', { name: 'Ende (letzter Tag)' }).fill('');
  await form.getByRole('button', { name: 'Speichern' }).click();
  await expect(form).toBeHidden();

  await page.getByRole('button', { name: 'Mitglied hinzufügen' }).click();
  form = dialog(page, 'Neue Mitgliedschaft');
  await choose(form.getByRole('combobox', { name: 'Person' }), 'becker', /Jana Becker/);
  await choose(form.getByRole('combobox', { name: 'Rolle' }), '', 'Stellvertretung');
  await choose(form.getByRole('combobox', { name: 'Stellvertretung für' }), 'weber', 'Tom Weber');
  await form.getByRole('combobox', { name: 'Sitz' }).fill('Schulform Gesamtschule');
  await form.getByRole('textbox', { name: 'Beginn' }).fill('01.02.2025');
  await expectNoAxeViolations(page);
  await form.getByRole('button', { name: 'Speichern' }).click();
  await expect(form).toBeHidden();

  const current = section(page, 'Aktuelle Mitglieder');
  await expect(current.getByRole('table', { name: 'Mitglied (stimmberechtigt)' })).toContainText('Tom Weber');
  await expect(current.getByRole('table', { name: 'Stellvertretung' })).toContainText('Jana Becker');
  await expect(current.getByRole('table', { name: 'Stellvertretung' })).toContainText('für Tom Weber');
  await expect(section(page, 'Stellvertretungen')).toContainText('Jana Becker');
  await expect(section(page, 'Sitze').getByRole('row', { name: /Schulform Gesamtschule/ })).toContainText('besetzt');
  await expect(section(page, 'Ehemalige Mitglieder')).toContainText('Noch keine beendeten Mitgliedschaften.');
  await expectNoAxeViolations(page);

  // The same seat twice at once is refused at the start date.
  await page.getByRole('button', { name: 'Mitglied hinzufügen' }).click();
  form = dialog(page, 'Neue Mitgliedschaft');
  await choose(form.getByRole('combobox', { name: 'Person' }), 'weber', 'Tom Weber');
  await form.getByRole('combobox', { name: 'Sitz' }).fill('Schulform Gesamtschule');
  await form.getByRole('button', { name: 'Speichern' }).click();
  await expect(form.getByRole('textbox', { name: 'Beginn' })).toHaveAccessibleDescription(
    /hat den Sitz „Schulform Gesamtschule“ in diesem Gremium bereits seit 01.01.2025/,
  );
  await form.getByRole('button', { name: 'Abbrechen' }).click();

  await current.getByRole('button', { name: 'Beenden: Jana Becker – Lenkungskreis' }).click();
  const end = dialog(page, 'Mitgliedschaft beenden');
  await expect(end).toContainText('Jana Becker – Lenkungskreis');
  await end.getByRole('textbox', { name: 'Letzter Tag der Mitgliedschaft' }).fill('30.06.2025');
  await expectNoAxeViolations(page);
  await end.getByRole('button', { name: 'Speichern' }).click();
  await expect(end).toBeHidden();

  await expect(current).not.toContainText('Jana Becker');
  await expect(current).toContainText('Tom Weber');
  await expect(section(page, 'Stellvertretungen')).toContainText('Zurzeit keine Stellvertretungen.');
  const history = section(page, 'Ehemalige Mitglieder');
  await expect(history.getByRole('row', { name: /Jana Becker/ })).toContainText('01.02.2025 – 30.06.2025');
  await expect(history.getByRole('row', { name: /Jana Becker/ })).toContainText('für Tom Weber');

  // The person page shows the ended membership with the organisation represented at the time.
  await history.getByRole('link', { name: 'Jana Becker' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Jana Becker' })).toBeVisible();
  await expect(section(page, 'Frühere Mitgliedschaften').getByRole('row', { name: /Lenkungskreis/ })).toContainText(
    'Städtische Gesamtschule Mettmann',
  );
  await expectNoAxeViolations(page);

  // She changes jobs: the ended membership keeps the organisation she represented then.
  await page.getByRole('button', { name: 'Bearbeiten', exact: true }).click();
  const edit = dialog(page, 'Person bearbeiten');
  await choose(edit.getByRole('combobox', { name: 'Organisation' }), 'servicestelle', /Servicestelle/);
  await edit.getByRole('button', { name: 'Speichern' }).click();
  await expect(edit).toBeHidden();
  await expect(section(page, 'Kontakt')).toContainText('Servicestelle Regionale Bildungsnetzwerke');
  await expect(section(page, 'Frühere Mitgliedschaften').getByRole('row', { name: /Lenkungskreis/ })).toContainText(
    'Städtische Gesamtschule Mettmann',
  );
});

test('the membership dialog can be completed with the keyboard alone', async ({ page }) => {
  await loadDemo(page);
  await openBody(page, 'Lenkungskreis');
  const addMember = page.getByRole('button', { name: 'Mitglied hinzufügen' });
  await addMember.focus();
  await expect(addMember).toBeFocused();
  await page.keyboard.press('Enter');
  const form = dialog(page, 'Neue Mitgliedschaft');
  await page.screenshot({ path: '/tmp/shots-dir/kbd-open.png' });

  await expect(form.getByRole('combobox', { name: 'Person' })).toBeFocused();
  await page.keyboard.type('aydin');
  await page.keyboard.press('Enter');
  await expect(form.getByRole('combobox', { name: 'Person' })).toHaveValue(/^Selin Aydın/);

  await page.keyboard.press('Tab');
  await expect(form.getByRole('combobox', { name: 'Rolle' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(form.getByRole('combobox', { name: 'Rolle' })).toHaveValue('Stellvertretung');

  await page.keyboard.press('Tab');
  await expect(form.getByRole('combobox', { name: 'Sitz' })).toBeFocused();
  await page.keyboard.type('Kreisjugendamt');

  await page.keyboard.press('Tab');
  await expect(form.getByRole('combobox', { name: 'Stellvertretung für' })).toBeFocused();
  await page.keyboard.type('sauerland');
  await page.keyboard.press('Enter');
  await expect(form.getByRole('combobox', { name: 'Stellvertretung für' })).toHaveValue('Miriam Sauerland');

  await page.keyboard.press('Tab');
  await expect(form.getByRole('combobox', { name: 'Vertretene Organisation' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(form.getByRole('textbox', { name: 'Beginn' })).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('01.02.2026');

  // On to "Speichern": past the end date, the notes and "Abbrechen".
  for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
  await expect(form.getByRole('button', { name: 'Speichern' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(form).toBeHidden();

  const deputies = section(page, 'Stellvertretungen');
  await expect(deputies.getByRole('row', { name: /Selin Aydın/ })).toContainText('für Miriam Sauerland');
  await expect(deputies.getByRole('row', { name: /Selin Aydın/ })).toContainText('seit 01.02.2026');
  // Focus returns to the button that opened the dialog.
  await expect(page.getByRole('button', { name: 'Mitglied hinzufügen' })).toBeFocused();
});

test('CSV import: a semicolon file with BOM, one broken row reported, the rest imported', async ({ page }) => {
  await openDirectory(page);
  await page.getByRole('tab', { name: 'Personen' }).click();
  await page.getByRole('link', { name: 'CSV importieren' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'CSV-Import' })).toBeVisible();
  await expectNoAxeViolations(page);

  const csv = [
    'Anrede;Titel;Vorname;Nachname;Funktion;Organisation;E-Mail;Telefon',
    'Frau;Dr.;Jana;Müller;Schulleiterin;Gymnasium Hilden;jana.mueller@gymnasium-hilden.de;02103 123-4',
    'Herr;;Ömer;;Sachbearbeiter;Kreis Mettmann;oemer@kreis-mettmann.de;',
    'Herr;;Lukas;Weiß;"Koordinator; KAoA";Kreis Mettmann;lukas.weiss@kreis-mettmann.de;02104 99-0',
  ].join('\r\n');
  await page
    .locator('input[type="file"]')
    .setInputFiles({ name: 'kontakte.csv', mimeType: 'text/csv', buffer: Buffer.from(BOM + csv, 'utf-8') });
  await expect(page.getByText('UTF-8 mit BOM (Excel „CSV UTF-8“)')).toBeVisible();
  await expect(page.getByText('Semikolon (;)')).toBeVisible();
  await expect(page.getByText('3 Datenzeilen, 8 Spalten')).toBeVisible();

  await page.getByRole('button', { name: 'Weiter: Spalten zuordnen' }).click();
  await expect(page.getByRole('combobox', { name: 'Feld für Spalte „Nachname“' })).toHaveValue('Nachname');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Weiter: Vorschau prüfen' }).click();

  const preview = page.getByRole('table', { name: 'Vorschau prüfen' });
  const broken = preview.getByRole('row', { name: /Zeile 3/ });
  await expect(broken).toContainText('ungültig');
  await expect(broken).toContainText('Nachname: Bitte den Nachnamen angeben.');
  await expect(preview.getByRole('row', { name: /Zeile 2/ })).toContainText('neu');
  await expect(preview.getByRole('row', { name: /Zeile 4/ })).toContainText('Lukas Weiß');
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: '2 Einträge übernehmen' }).click();
  await expect(page.getByText('2 Einträge neu angelegt')).toBeVisible();
  await expect(page.getByText('1 ungültige Zeile nicht übernommen')).toBeVisible();
  await expect(page.getByText('2 Organisationen neu angelegt (Art „Sonstige“)')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Zu den Personen', exact: true }).click();
  await expect(page.getByRole('row', { name: /Dr. Jana Müller/ })).toContainText('Gymnasium Hilden');
  await expect(page.getByRole('row', { name: /Lukas Weiß/ })).toContainText('Koordinator; KAoA');
  await page.getByRole('searchbox', { name: 'Personen durchsuchen' }).fill('muller');
  await expect(page.getByRole('row', { name: /Dr. Jana Müller/ })).toBeVisible();
  await expect(page.getByRole('row')).toHaveCount(2);
});

test('CSV export gives a file for German Excel: BOM, semicolons, CRLF', async ({ page }) => {
  await loadDemo(page);
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Verzeichnis' }).click();
  await page.getByRole('tab', { name: 'Personen' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'CSV exportieren' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^Personen-\d{4}-\d{2}-\d{2}\.csv$/);
  const stream = await file.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const bytes = Buffer.concat(chunks);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.subarray(3).toString('utf-8');
  expect(text.split('\r\n')[0]).toBe('Anrede;Titel;Vorname;Nachname;Funktion;Organisation;E-Mail;Telefon;Notizen');
  expect(text).toContain('Aydın');
});

test('DSGVO: a person in records cannot be deleted but anonymised; the access copy is saved', async ({ page }) => {
  const requests = recordRequests(page);
  await loadDemo(page);
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Verzeichnis' }).click();
  await page.getByRole('tab', { name: 'Personen' }).click();
  await page.getByRole('link', { name: 'Selin Aydın' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Selin Aydın' })).toBeVisible();
  await expectNoAxeViolations(page);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Auskunft als Text speichern' }).click();
  expect((await download).suggestedFilename()).toMatch(/^Auskunft-Art-15-DSGVO-.*\.txt$/);

  await page.getByRole('button', { name: 'Löschen' }).click();
  const remove = dialog(page, 'Selin Aydın löschen?');
  await expect(remove.getByRole('button', { name: 'Abbrechen' })).toBeFocused();
  await remove.getByRole('button', { name: 'Löschen' }).click();
  await expect(remove.getByRole('alert')).toContainText(
    'Die Person kann nicht gelöscht werden, weil sie noch vorkommt',
  );
  await expectNoAxeViolations(page);
  await remove.getByRole('button', { name: 'Abbrechen' }).click();

  await page.getByRole('button', { name: 'Anonymisieren' }).click();
  const anonymise = dialog(page, 'Selin Aydın anonymisieren?');
  await expect(anonymise).toContainText('Genehmigte Protokolle bleiben unverändert');
  await expectNoAxeViolations(page);
  await anonymise.getByRole('button', { name: 'Anonymisieren' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Anonymisierte Person' })).toBeVisible();
  await expect(section(page, 'Aktuelle Mitgliedschaften')).not.toContainText('Keine');
  expect(foreignRequests(requests)).toEqual([]);
});

test('an organisation still in use is not deleted; the refusal says why', async ({ page }) => {
  await loadDemo(page);
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Verzeichnis' }).click();
  await page.getByRole('searchbox', { name: 'Organisationen durchsuchen' }).fill('Kreisverwaltung');
  await page.getByRole('button', { name: 'Kreisverwaltung Auenfeld löschen' }).click();
  const confirm = dialog(page, '„Kreisverwaltung Auenfeld“ löschen?');
  await confirm.getByRole('button', { name: 'Löschen' }).click();
  await expect(confirm.getByRole('alert')).toContainText('Die Organisation kann nicht gelöscht werden');
  await confirm.getByRole('button', { name: 'Abbrechen' }).click();
  await expect(page.getByRole('row', { name: /Kreisverwaltung Auenfeld/ })).toBeVisible();
});

test('directory pages, the retention review and every dialog are axe-clean', async ({ page }) => {
  await loadDemo(page);
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Verzeichnis' }).click();
  for (const tab of ['Organisationen', 'Personen', 'Gremien']) {
    await page.getByRole('tab', { name: tab }).click();
    await expect(page.getByRole('table')).toBeVisible();
    await expectNoAxeViolations(page);
  }
  await page.getByRole('button', { name: 'Neuer Arbeitskreis' }).click();
  await expect(dialog(page, 'Neuer Arbeitskreis')).toBeVisible();
  await expectNoAxeViolations(page);
  await dialog(page, 'Neuer Arbeitskreis').getByRole('button', { name: 'Abbrechen' }).click();

  await page.getByRole('link', { name: 'Lenkungskreis' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lenkungskreis' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Bearbeiten', exact: true }).first().click();
  await expect(dialog(page, 'Gremium bearbeiten')).toBeVisible();
  await expectNoAxeViolations(page);
  await dialog(page, 'Gremium bearbeiten').getByRole('button', { name: 'Abbrechen' }).click();

  await page.getByRole('link', { name: 'Zurück zu den Gremien' }).click();
  await page.getByRole('tab', { name: 'Personen' }).click();
  await page.getByRole('button', { name: 'Neue Person' }).click();
  await expect(dialog(page, 'Neue Person')).toBeVisible();
  await expectNoAxeViolations(page);
  await dialog(page, 'Neue Person').getByRole('button', { name: 'Abbrechen' }).click();

  await page.getByRole('link', { name: 'Aufbewahrung prüfen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Aufbewahrung prüfen' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Martina Weyers/ })).toContainText('Letzte Mitgliedschaft endete');
  await expectNoAxeViolations(page);
  await page.getByRole('textbox', { name: /Prüfen nach/ }).fill('10');
  await page.getByRole('button', { name: 'Übernehmen' }).click();
  await expect(page.getByText('Keine Person ist so lange ohne Mitgliedschaft.')).toBeVisible();
});

test('a kind of organisation added in Einstellungen is offered for organisations', async ({ page }) => {
  await openDirectory(page);
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Einstellungen' }).click();
  const types = page.getByRole('region', { name: 'Arten von Organisationen' });
  await types.getByRole('combobox', { name: 'Weitere Arten' }).fill('Grundschule');
  await page.keyboard.press('Enter');
  await types.getByRole('button', { name: 'Speichern' }).click();
  await expect(types).toContainText('„Grundschule“ gibt es schon in der festen Liste.');
  await types.getByRole('combobox', { name: 'Weitere Arten' }).press('Backspace');
  await types.getByRole('combobox', { name: 'Weitere Arten' }).fill('Familienzentrum');
  await page.keyboard.press('Enter');
  await types.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByText('Die Arten von Organisationen wurden gespeichert.')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Verzeichnis' }).click();
  await page.getByRole('button', { name: 'Neue Organisation' }).click();
  const form = dialog(page, 'Neue Organisation');
  await form.getByRole('textbox', { name: 'Name', exact: true }).fill('Familienzentrum Hilden');
  await choose(form.getByRole('combobox', { name: 'Art' }), 'famil', 'Familienzentrum');
  await form.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByRole('row', { name: /Familienzentrum Hilden/ })).toContainText('Familienzentrum');
});
