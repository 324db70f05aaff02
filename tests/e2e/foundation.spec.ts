import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, foreignRequests, recordRequests, test } from './fixtures';

const NAV_ENTRIES = ['Übersicht', 'Sitzungen', 'Aufgaben', 'Handlungsfelder', 'Verzeichnis', 'Einstellungen'];

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Hauptnavigation' });

async function setUpKleve(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('radio', { name: /Kreis Kleve/ }).check();
  await page.getByRole('button', { name: 'Netzwerk anlegen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Übersicht' })).toBeVisible();
}

/** Opens every entry of the main navigation and checks it is a real, accessible page. */
async function visitEveryPage(page: Page): Promise<void> {
  for (const entry of NAV_ENTRIES) {
    await mainNav(page).getByRole('link', { name: entry }).click();
    await expect(page.getByRole('heading', { level: 1, name: entry })).toBeVisible();
    await expect(page.getByRole('main')).not.toContainText('Daten werden geladen');
    await expect(mainNav(page).getByRole('link', { name: entry })).toHaveAttribute('aria-current', 'page');
    await expect(page).toHaveTitle(`${entry} – Bildungsbüro Desk`);
    await expectNoAxeViolations(page);
  }
}

test('a fresh profile starts with the setup screen', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Willkommen bei Bildungsbüro Desk' })).toBeVisible();
  // The 13 networks of Regierungsbezirk Düsseldorf plus "Anderes Netzwerk".
  await expect(page.getByRole('radio')).toHaveCount(14);
  await expect(page.getByText('Kooperationsvertrag 2019')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Beispieldaten laden' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('setup explains at the field what is missing', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Netzwerk anlegen' }).click();
  await expect(page.getByText('Bitte ein Netzwerk auswählen.')).toBeVisible();

  await page.getByRole('radio', { name: /Anderes Netzwerk/ }).check();
  await page.getByRole('button', { name: 'Netzwerk anlegen' }).click();
  await expect(page.getByRole('textbox', { name: 'Name des Netzwerks' })).toHaveAccessibleDescription(
    'Bitte den Namen des Netzwerks angeben.',
  );
  await expectNoAxeViolations(page);

  await page.getByRole('textbox', { name: 'Kreis oder kreisfreie Stadt' }).fill('Kreis Wesel');
  await page.getByRole('textbox', { name: 'Name des Netzwerks' }).fill('Regionales Bildungsnetzwerk Kreis Wesel');
  await page.getByRole('button', { name: 'Netzwerk anlegen' }).click();
  await expect(page.getByRole('banner')).toContainText('Regionales Bildungsnetzwerk Kreis Wesel');
});

test('choosing Kreis Kleve creates the network, its three bodies and the Servicestelle', async ({ page }) => {
  await setUpKleve(page);
  await expect(page.getByRole('banner')).toContainText('Regionales Bildungsnetzwerk Kreis Kleve');

  await mainNav(page).getByRole('link', { name: 'Verzeichnis' }).click();
  await expect(page.getByRole('row', { name: /Servicestelle Regionale Bildungsnetzwerke/ })).toBeVisible();
  await page.getByRole('tab', { name: 'Gremien' }).click();
  for (const code of ['BK', 'LK', 'RBB']) {
    await expect(page.getByRole('cell', { name: code, exact: true })).toBeVisible();
  }
  await page.getByRole('searchbox', { name: 'Gremien durchsuchen' }).fill('lenkungs');
  await expect(page.getByRole('row')).toHaveCount(2);
  await expect(page.getByRole('row').nth(1)).toContainText('Lenkungskreis');
});

test('every navigation entry opens a real page, and axe finds nothing', async ({ page }) => {
  await setUpKleve(page);
  await expectNoAxeViolations(page);
  await visitEveryPage(page);
});

test('the skip link jumps to the page content', async ({ page }) => {
  await setUpKleve(page);
  await page.keyboard.press('Tab');
  const skipLink = page.getByRole('link', { name: 'Zum Inhalt springen' });
  await expect(skipLink).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  // Handled in script: the hash router must not take "#main-content" as a route.
  await expect(page).not.toHaveURL(/main-content/);
  await expect(page.getByRole('heading', { level: 1, name: 'Übersicht' })).toBeVisible();
});

test('a reload keeps the data', async ({ page }) => {
  await setUpKleve(page);
  await mainNav(page).getByRole('link', { name: 'Einstellungen' }).click();
  const sender = page.getByRole('textbox', { name: 'Absenderzeile' });
  await sender.fill('Kreis Kleve · Regionales Bildungsbüro · Nassauerallee 15–23 · 47533 Kleve');
  await page.getByRole('region', { name: 'Netzwerk und Briefkopf' }).getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByText('Die Angaben zum Netzwerk wurden gespeichert.')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Einstellungen' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Regionales Bildungsnetzwerk Kreis Kleve');
  await expect(page.getByRole('textbox', { name: 'Absenderzeile' })).toHaveValue(/Nassauerallee 15–23/);
});

test('the language switch is stored and changes the whole interface', async ({ page }) => {
  await setUpKleve(page);
  await mainNav(page).getByRole('link', { name: 'Einstellungen' }).click();
  await page.getByRole('radio', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toContainText('Action fields');
  await page.getByRole('radio', { name: 'Deutsch' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Einstellungen' })).toBeVisible();
});

test('Einstellungen shows whether storage is persistent and how much is used', async ({ page }) => {
  await setUpKleve(page);
  await mainNav(page).getByRole('link', { name: 'Einstellungen' }).click();
  await expect(page.getByText('Dauerhafte Speicherung')).toBeVisible();
  await expect(page.getByText(/^(dauerhaft|nicht garantiert)$/)).toBeVisible();
  await expect(page.getByText(/ von /).first()).toBeVisible();
  await expect(page.getByText('IndexedDB im Browser (Ursprung http://127.0.0.1:')).toBeVisible();
});

test('"Beispieldaten laden" gives the Auenfeld network with live pages', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Beispieldaten laden' }).click();
  await expect(page.getByRole('banner')).toContainText('Auenfeld', { timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 2, name: 'Handlungsfelder' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Übergang Kita–Grundschule' })).toBeVisible();
  await visitEveryPage(page);

  await mainNav(page).getByRole('link', { name: 'Verzeichnis' }).click();
  await page.getByRole('tab', { name: 'Personen' }).click();
  await page.getByRole('searchbox', { name: 'Personen durchsuchen' }).fill('aydin');
  await expect(page.getByRole('cell', { name: 'Selin Aydın' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('banner')).toContainText('Auenfeld');
});

test('no request leaves 127.0.0.1', async ({ page }) => {
  const requests = recordRequests(page);
  await setUpKleve(page);
  await visitEveryPage(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(requests.length).toBeGreaterThan(0);
  expect(foreignRequests(requests)).toEqual([]);
});
