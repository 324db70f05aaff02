import { createHashRouter } from 'react-router';
import { ActionFieldsPage } from '../features/action-fields/ActionFieldsPage';
import { BodyPage } from '../features/directory/BodyPage';
import { DirectoryPage } from '../features/directory/DirectoryPage';
import { ImportPage } from '../features/directory/ImportPage';
import { PersonPage } from '../features/directory/PersonPage';
import { RetentionPage } from '../features/directory/RetentionPage';
import { MeetingPage } from '../features/meetings/MeetingPage';
import { MeetingsPage } from '../features/meetings/MeetingsPage';
import { ProtocolPage } from '../features/minutes/protocol/ProtocolPage';
import { SessionPage } from '../features/minutes/session/SessionPage';
import { OverviewPage } from '../features/overview/OverviewPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { TasksPage } from '../features/tasks/TasksPage';
import { TemplatesPage } from '../features/templates/TemplatesPage';
import { YearPlanningPage } from '../features/year-planning/YearPlanningPage';
import { AppLayout } from './AppLayout';
import { NotFoundPage } from './NotFoundPage';
import { RouteError } from './RouteError';

/** Hash routing works the same on app:// in Electron and on a static web server. */
export const router = createHashRouter([
  {
    path: '/',
    element: <AppLayout />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, element: <OverviewPage /> },
          { path: 'sitzungen', element: <MeetingsPage /> },
          { path: 'sitzungen/jahresplanung', element: <YearPlanningPage /> },
          { path: 'sitzungen/vorlagen', element: <TemplatesPage /> },
          { path: 'sitzungen/:meetingId', element: <MeetingPage /> },
          { path: 'sitzungen/:meetingId/sitzungsmodus', element: <SessionPage /> },
          { path: 'sitzungen/:meetingId/protokoll', element: <ProtocolPage /> },
          { path: 'aufgaben', element: <TasksPage /> },
          { path: 'handlungsfelder', element: <ActionFieldsPage /> },
          { path: 'verzeichnis', element: <DirectoryPage /> },
          { path: 'verzeichnis/personen/:personId', element: <PersonPage /> },
          { path: 'verzeichnis/gremien/:bodyId', element: <BodyPage /> },
          { path: 'verzeichnis/import', element: <ImportPage /> },
          { path: 'verzeichnis/aufbewahrung', element: <RetentionPage /> },
          { path: 'einstellungen', element: <SettingsPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
