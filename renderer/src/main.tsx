import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Language } from '../../shared/schemas';
import { App } from './app/App';
import { initI18n } from './app/i18n';
import { settingsRepo } from './db/repos';
import { requestPersistentStorage } from './platform/storage';

/** Reads the stored language before the first paint, so an English UI does not flash German. */
async function storedLanguage(): Promise<Language> {
  const stored = Language.safeParse(await settingsRepo.get('language').catch(() => undefined));
  return stored.success ? stored.data : 'de';
}

async function start(): Promise<void> {
  void requestPersistentStorage();
  await initI18n(await storedLanguage());
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
