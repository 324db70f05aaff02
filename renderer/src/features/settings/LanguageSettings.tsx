import { Group, Radio } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Language } from '../../../../shared/schemas';
import { applyLanguage } from '../../app/i18n';
import { settingsRepo } from '../../db/repos';
import { Section } from '../../ui/Section';

/** Applied at once and saved; other windows follow the stored value live (App.tsx). */
export function LanguageSettings() {
  const { t, i18n } = useTranslation();
  const choose = async (language: Language) => {
    await applyLanguage(language);
    await settingsRepo.set('language', language);
  };
  return (
    <Section title={t('settings.language')}>
      <Radio.Group
        label={t('settings.languageLabel')}
        description={t('settings.languageHint')}
        value={i18n.language}
        onChange={(value) => void choose(Language.parse(value))}
      >
        <Group mt="sm" gap="xl">
          {Language.options.map((language) => (
            <Radio key={language} value={language} label={t(`settings.languageNames.${language}`)} lang={language} />
          ))}
        </Group>
      </Radio.Group>
    </Section>
  );
}
