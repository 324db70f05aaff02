import { Button, Group, Stack, Text } from '@mantine/core';
import { IconDeviceFloppy, IconExternalLink, IconPrinter } from '@tabler/icons-react';
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
    action: Action,
    failedText: string,
    work: () => Promise<R>,
    onSuccess?: (result: Extract<R, { ok: true }>) => void,
  ) {
    const failed = (detail: string) => setReport({ tone: 'error', text: `${failedText} ${detail}` });
    setBusy(action);
    setReport(null);
    try {
      const result = await work();
      if (result.ok) onSuccess?.(result as Extract<R, { ok: true }>);
      else if (result.reason !== 'canceled') failed(result.message ?? '');
    } catch (error) {
      failed((error as Error).message);
    } finally {
      setBusy(null);
    }
  }

  const save = () =>
    perform(
      'save',
      t('documents.saveFailed'),
      () => platform.saveFile({ suggestedName: fileName, data: pdf, filters: [{ name: 'PDF', extensions: ['pdf'] }] }),
      ({ path }) => setReport({ tone: 'success', text: t('documents.savedText', { path }) }),
    );
  const print = () => perform('print', t('documents.printFailed'), () => platform.printPdf({ data: pdf, title }));
  const open = () =>
    perform('open', t('documents.openFailed'), () => platform.openPdf({ data: pdf, suggestedName: fileName }));

  return (
    <Stack gap={4} align="flex-end">
      <Group gap="sm">
        {isDesktop && (
          <Button
            variant="default"
            leftSection={<IconExternalLink size="1rem" aria-hidden />}
            loading={busy === 'open'}
            onClick={open}
          >
            {t('documents.openInViewer')}
          </Button>
        )}
        <Button
          variant="default"
          leftSection={<IconPrinter size="1rem" aria-hidden />}
          loading={busy === 'print'}
          onClick={print}
        >
          {t('documents.print')}
        </Button>
        <Button leftSection={<IconDeviceFloppy size="1rem" aria-hidden />} loading={busy === 'save'} onClick={save}>
          {t('documents.save')}
        </Button>
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
