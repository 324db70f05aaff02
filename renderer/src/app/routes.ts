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
  session: (meetingId: string) => `/sitzungen/${encodeURIComponent(meetingId)}/sitzungsmodus`,
  protocol: (meetingId: string) => `/sitzungen/${encodeURIComponent(meetingId)}/protokoll`,
  tasks: '/aufgaben',
  actionFields: '/handlungsfelder',
  directory: '/verzeichnis',
  directoryTab: (tab: 'organisationen' | 'personen' | 'gremien') => `/verzeichnis?bereich=${tab}`,
  person: (id: string) => `/verzeichnis/personen/${encodeURIComponent(id)}`,
  body: (id: string) => `/verzeichnis/gremien/${encodeURIComponent(id)}`,
  directoryImport: '/verzeichnis/import',
  retentionReview: '/verzeichnis/aufbewahrung',
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
