import {
  IconCalendarEvent,
  IconChecklist,
  IconHome,
  IconAddressBook,
  IconSettings,
  IconTargetArrow,
  type Icon,
} from '@tabler/icons-react';

export const paths = {
  overview: '/',
  meetings: '/sitzungen',
  meeting: (id: string) => `/sitzungen/${encodeURIComponent(id)}`,
  yearPlanning: '/sitzungen/jahresplanung',
  templates: '/sitzungen/vorlagen',
  tasks: '/aufgaben',
  actionFields: '/handlungsfelder',
  directory: '/verzeichnis',
  settings: '/einstellungen',
} as const;

export type NavKey = 'overview' | 'meetings' | 'tasks' | 'actionFields' | 'directory' | 'settings';

export const NAV_ITEMS: readonly { key: NavKey; path: string; icon: Icon }[] = [
  { key: 'overview', path: paths.overview, icon: IconHome },
  { key: 'meetings', path: paths.meetings, icon: IconCalendarEvent },
  { key: 'tasks', path: paths.tasks, icon: IconChecklist },
  { key: 'actionFields', path: paths.actionFields, icon: IconTargetArrow },
  { key: 'directory', path: paths.directory, icon: IconAddressBook },
  { key: 'settings', path: paths.settings, icon: IconSettings },
];
