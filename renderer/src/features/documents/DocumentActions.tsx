import { Button, Group, Stack, Text } from '@mantine/core';
import { IconDeviceFloppy, IconExternalLink, IconPrinter, type Icon } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Failure } from '../../../../shared/ipc/contract';
import { isDesktop, platform } from '../../platform/api';
import type { ProducedDocument } from './produce-document';

type Action = 'save' | 'print' | 'open';
type Outcome = { ok: true } | Failure<string>;
/** Said below the buttons, inside the dialog: a toast would cover the dialog's close button. */
type Report = { tone: 'success' | 'error'; text: string };

/**
 * Save (desktop: save dialog and atomic write; browser: download), print (desktop: the system's
 * print dialog; browser: its print view) and, on the desktop, open in the PDF viewer.
 */
export function DocumentActions({ document }: { document: ProducedDocument }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<Action | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const { pdf, fileName, title } = document;

  async function perform<R extends Outcome>(
    failedText: string,
    work: () => Promise<R>,
    onSuccess?: (result: Extract<R, { ok: true }>) => void,
  ) {
    const failed = (detail: string) => setReport({ tone: 'error', text: `${failedText} ${detail}` });
    setReport(null);
    try {
      const result = await work();
      if (result.ok) onSuccess?.(result as Extract<R, { ok: true }>);
      else if (result.reason !== 'canceled') failed(result.message ?? '');
    } catch (error) {
      failed((error as Error).message);
    }
  }

  const buttons: { action: Action; label: string; icon: Icon; run: () => Promise<void>; shown: boolean }[] = [
    {
      action: 'open',
      label: t('documents.openInViewer'),
      icon: IconExternalLink,
      run: () => perform(t('documents.openFailed'), () => platform.openPdf({ data: pdf, suggestedName: fileName })),
      shown: isDesktop,
    },
    {
      action: 'print',
      label: t('documents.print'),
      icon: IconPrinter,
      run: () => perform(t('documents.printFailed'), () => platform.printPdf({ data: pdf, title })),
      shown: true,
    },
    {
      action: 'save',
      label: t('documents.save'),
      icon: IconDeviceFloppy,
      run: () =>
        perform(
          t('documents.saveFailed'),
          () =>
            platform.saveFile({ suggestedName: fileName, data: pdf, filters: [{ name: 'PDF', extensions: ['pdf'] }] }),
          ({ path }) => setReport({ tone: 'success', text: t('documents.savedText', { path }) }),
        ),
      shown: true,
    },
  ];

  return (
    <Stack gap={4} align="flex-end">
      <Group gap="sm">
        {buttons
          .filter((b) => b.shown)
          .map(({ action, label, icon: ButtonIcon, run }) => (
            <Button
              key={action}
              variant={action === 'save' ? 'filled' : 'default'}
              leftSection={<ButtonIcon size="1rem" aria-hidden />}
              loading={busy === action}
              disabled={busy !== null && busy !== action}
              onClick={() => {
                setBusy(action);
                void run().finally(() => setBusy(null));
              }}
            >
              {label}
            </Button>
          ))}
      </Group>
      {report && (
        <Text
          size="sm"
          c={report.tone === 'error' ? 'red.8' : 'green.9'}
          role={report.tone === 'error' ? 'alert' : 'status'}
        >
          {report.text}
        </Text>
      )}
    </Stack>
  );
}
