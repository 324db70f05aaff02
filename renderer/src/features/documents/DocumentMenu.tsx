import { Button, Menu, Text } from '@mantine/core';
import { IconChevronDown, IconFileTypePdf } from '@tabler/icons-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useToday } from '../../ui/use-today';
import type { DocumentOption } from './document-jobs';
import { DocumentDialog } from './DocumentDialog';
import { useDocumentLabel } from './use-document-label';
import { useDocumentProduction } from './use-document-production';

/** "Dokumente ▾": the PDFs of a page; each opens in a dialog with preview, save and print. */
export function DocumentMenu({ options }: { options: readonly DocumentOption[] }) {
  const { t } = useTranslation();
  const label = useDocumentLabel();
  const { production, opened, start, close } = useDocumentProduction(useToday());
  // The menu item that opened the dialog is gone when it closes: focus goes back to the menu button.
  const menuButton = useRef<HTMLButtonElement>(null);

  return (
    <>
      {/* Without the focus placeholder: a role="presentation" element with tabindex inside role="menu" fails axe. */}
      <Menu position="bottom-end" shadow="md" width={340}>
        <Menu.Target>
          <Button
            ref={menuButton}
            variant="default"
            leftSection={<IconFileTypePdf size="1rem" aria-hidden />}
            rightSection={<IconChevronDown size="1rem" aria-hidden />}
          >
            {t('documents.menu')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown aria-label={t('documents.menuLabel')}>
          {options.map(({ job, unavailable }) => (
            <Menu.Item key={label(job)} disabled={unavailable !== undefined} onClick={() => start(job)}>
              {label(job)}
              {unavailable && (
                <Text span display="block" size="xs" c="dimmed">
                  {t(`documents.unavailable.${unavailable}`)}
                </Text>
              )}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      {production && (
        <DocumentDialog
          production={production}
          opened={opened}
          label={label(production.job)}
          onRetry={() => start(production.job)}
          onClose={close}
          onClosed={() => menuButton.current?.focus()}
        />
      )}
    </>
  );
}
