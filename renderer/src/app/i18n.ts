import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { de } from '../../../shared/i18n/de';
import { en } from '../../../shared/i18n/en';
import type { Language } from '../../../shared/schemas';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof de };
  }
}

export const i18n = i18next.createInstance();

export async function initI18n(language: Language): Promise<void> {
  await i18n.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'de',
    resources: { de: { translation: de }, en: { translation: en } },
    // React escapes what it renders.
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = language;
}

export async function applyLanguage(language: Language): Promise<void> {
  if (i18n.language !== language) await i18n.changeLanguage(language);
  document.documentElement.lang = language;
}
