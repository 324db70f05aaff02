import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { menuTemplate } from './menu-template';

type Item = MenuItemConstructorOptions;

const plain = (label: string | undefined) => label?.replace('&', '');
const submenuOf = (menu: Item | undefined): Item[] => (Array.isArray(menu?.submenu) ? menu.submenu : []);
const topLabels = (template: Item[]) => template.map((menu) => plain(menu.label));
const findMenu = (template: Item[], label: string) => template.find((menu) => plain(menu.label) === label);
const entries = (menu: Item | undefined) =>
  submenuOf(menu)
    .filter((item) => item.type !== 'separator')
    .map((item) => [plain(item.label), item.role]);
const allItems = (template: Item[]): Item[] => template.flatMap((menu) => [menu, ...allItems(submenuOf(menu))]);

describe('menuTemplate on Windows and Linux', () => {
  const template = menuTemplate({ platform: 'win32', isDev: false });

  it('has the German top-level menus in the usual order', () => {
    expect(topLabels(template)).toEqual(['Datei', 'Bearbeiten', 'Ansicht', 'Fenster', 'Hilfe']);
  });

  it('marks an access key on every top-level menu', () => {
    for (const menu of template) expect(menu.label).toMatch(/^&\S/);
  });

  it('Datei: Beenden', () => {
    expect(entries(findMenu(template, 'Datei'))).toEqual([['Beenden', 'quit']]);
  });

  it('Bearbeiten: the edit roles with German labels', () => {
    expect(entries(findMenu(template, 'Bearbeiten'))).toEqual([
      ['Rückgängig', 'undo'],
      ['Wiederholen', 'redo'],
      ['Ausschneiden', 'cut'],
      ['Kopieren', 'copy'],
      ['Einfügen', 'paste'],
      ['Alles auswählen', 'selectAll'],
    ]);
  });

  it('Ansicht: zoom and full screen, but no reload or developer tools outside development', () => {
    expect(entries(findMenu(template, 'Ansicht'))).toEqual([
      ['Originalgröße', 'resetZoom'],
      ['Vergrößern', 'zoomIn'],
      ['Verkleinern', 'zoomOut'],
      ['Vollbild', 'togglefullscreen'],
    ]);
  });

  it('Fenster and Hilfe', () => {
    expect(entries(findMenu(template, 'Fenster'))).toEqual([
      ['Minimieren', 'minimize'],
      ['Schließen', 'close'],
    ]);
    expect(entries(findMenu(template, 'Hilfe'))).toEqual([['Über Bildungsbüro Desk', 'about']]);
  });

  it('labels every item, in German', () => {
    for (const item of allItems(template).filter((entry) => entry.type !== 'separator')) {
      expect(item.label).toBeTruthy();
      expect(item.label).not.toMatch(/\b(File|Edit|View|Window|Help|Quit|Undo|Redo|Cut|Copy|Paste|Reload|Zoom In)\b/);
    }
  });
});

describe('menuTemplate in development', () => {
  it('adds reload and developer tools to Ansicht', () => {
    const view = findMenu(menuTemplate({ platform: 'linux', isDev: true }), 'Ansicht');
    expect(entries(view).slice(0, 3)).toEqual([
      ['Neu laden', 'reload'],
      ['Neu laden erzwingen', 'forceReload'],
      ['Entwicklerwerkzeuge', 'toggleDevTools'],
    ]);
  });
});

describe('menuTemplate on macOS', () => {
  const template = menuTemplate({ platform: 'darwin', isDev: false });

  it('starts with the app menu', () => {
    expect(topLabels(template)).toEqual(['Bildungsbüro Desk', 'Datei', 'Bearbeiten', 'Ansicht', 'Fenster', 'Hilfe']);
    expect(entries(template[0])).toEqual([
      ['Über Bildungsbüro Desk', 'about'],
      ['Dienste', 'services'],
      ['Bildungsbüro Desk ausblenden', 'hide'],
      ['Andere ausblenden', 'hideOthers'],
      ['Alle einblenden', 'unhide'],
      ['Bildungsbüro Desk beenden', 'quit'],
    ]);
  });

  it('closes the window from Datei instead of quitting', () => {
    expect(entries(findMenu(template, 'Datei'))).toEqual([['Fenster schließen', 'close']]);
  });

  it('has the macOS window items', () => {
    expect(entries(findMenu(template, 'Fenster'))).toEqual([
      ['Minimieren', 'minimize'],
      ['Zoomen', 'zoom'],
      ['Alle nach vorne bringen', 'front'],
    ]);
  });
});
