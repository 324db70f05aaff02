import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { RouterProvider } from 'react-router/dom';
import type { Language } from '../../../shared/schemas';
import { networkRepo, settingsRepo } from '../db/repos';
import { SetupScreen } from '../features/setup/SetupScreen';
import { LoadingState } from '../ui/LoadingState';
import { ActiveNetworkContext } from './active-network';
import { AppErrorBoundary } from './AppErrorBoundary';
import { applyLanguage } from './i18n';
import { AppProviders } from './providers';
import { router } from './router';

function useStoredLanguage(): void {
  const language = useLiveQuery(() => settingsRepo.get<Language>('language'));
  useEffect(() => {
    if (language) void applyLanguage(language);
  }, [language]);
}

/** Shows the setup screen until a network exists, then the app; both follow the database live. */
function NetworkGate() {
  useStoredLanguage();
  // Wrapped so "still loading" (undefined) differs from "no network yet" ({ network: undefined }).
  const state = useLiveQuery(async () => ({ network: await networkRepo.active() }));
  if (!state) return <LoadingState fullScreen />;
  if (!state.network) return <SetupScreen />;
  return (
    <ActiveNetworkContext value={state.network}>
      <RouterProvider router={router} />
    </ActiveNetworkContext>
  );
}

export function App() {
  return (
    <AppProviders>
      <AppErrorBoundary>
        <NetworkGate />
      </AppErrorBoundary>
    </AppProviders>
  );
}
