import type { MenuItemConstructorOptions } from 'electron';
import { APP_TITLE } from './window-options';

const separator: MenuItemConstructorOptions = { type: 'separator' };

/**
 * The native menu in German. Roles bring the platform's usual shortcuts (Strg+Z, ⌘C …);
 * "&" marks the access key for Alt-navigation on Windows and Linux (macOS ignores it).
 */
export function menuTemplate({ platform, isDev }: { platform: string; isDev: boolean }): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';

  const appMenu: MenuItemConstructorOptions = {
    label: APP_TITLE,
    submenu: [
      { role: 'about', label: `Über ${APP_TITLE}` },
      separator,
      { role: 'services', label: 'Dienste' },
      separator,
      { role: 'hide', label: `${APP_TITLE} ausblenden` },
      { role: 'hideOthers', label: 'Andere ausblenden' },
      { role: 'unhide', label: 'Alle einblenden' },
      separator,
      { role: 'quit', label: `${APP_TITLE} beenden` },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: '&Datei',
    submenu: [isMac ? { role: 'close', label: 'Fenster schließen' } : { role: 'quit', label: '&Beenden' }],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: '&Bearbeiten',
    submenu: [
      { role: 'undo', label: 'Rückgängig' },
      { role: 'redo', label: 'Wiederholen' },
      separator,
      { role: 'cut', label: 'Ausschneiden' },
      { role: 'copy', label: 'Kopieren' },
      { role: 'paste', label: 'Einfügen' },
      { role: 'selectAll', label: 'Alles auswählen' },
    ],
  };

  const developerItems: MenuItemConstructorOptions[] = isDev
    ? [
        { role: 'reload', label: 'Neu laden' },
        { role: 'forceReload', label: 'Neu laden erzwingen' },
        { role: 'toggleDevTools', label: 'Entwicklerwerkzeuge' },
        separator,
      ]
    : [];

  const viewMenu: MenuItemConstructorOptions = {
    label: '&Ansicht',
    submenu: [
      ...developerItems,
      { role: 'resetZoom', label: 'Originalgröße' },
      { role: 'zoomIn', label: 'Vergrößern' },
      { role: 'zoomOut', label: 'Verkleinern' },
      separator,
      { role: 'togglefullscreen', label: 'Vollbild' },
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    label: '&Fenster',
    submenu: isMac
      ? [
          { role: 'minimize', label: 'Minimieren' },
          { role: 'zoom', label: 'Zoomen' },
          separator,
          { role: 'front', label: 'Alle nach vorne bringen' },
        ]
      : [
          { role: 'minimize', label: 'Minimieren' },
          { role: 'close', label: 'Schließen' },
        ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    label: '&Hilfe',
    role: 'help',
    submenu: [{ role: 'about', label: `&Über ${APP_TITLE}` }],
  };

  return [...(isMac ? [appMenu] : []), fileMenu, editMenu, viewMenu, windowMenu, helpMenu];
}
