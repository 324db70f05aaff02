import { Button, Group } from '@mantine/core';
import { IconDeviceFloppy, IconExternalLink, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Failure } from '../../../../shared/ipc/contract';
import { isDesktop, platform } from '../../platform/api';
import { notify } from '../../ui/notify';
import type { ProducedDocument } from './produce-document';

type Action = 'save' | 'print' | 'open';
type Outcome = { ok: true } | Failure<string>;

/**
 * Save (desktop: save dialog and atomic write; browser: download), print (desktop: the system's
 * print dialog; browser: its print view) and, on the desktop, open in the PDF viewer.
 */
export function DocumentActions({ document }: { document: ProducedDocument }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<Action | null>(null);
  const { pdf, fileName, title } = document;

  async function perform<R extends Outcome>(
    action: Action,
    failedTitle: string,
    work: () => Promise<R>,
    onSuccess?: (result: Extract<R, { ok: true }>) => void,
  ) {
    setBusy(action);
    try {
      const result = await work();
      if (result.ok) onSuccess?.(result as Extract<R, { ok: true }>);
      else if (result.reason !== 'canceled') notify('error', failedTitle, result.message ?? t('common.error'));
    } catch (error) {
      notify('error', failedTitle, (error as Error).message);
    } finally {
      setBusy(null);
    }
  }

  const save = () =>
    perform(
      'save',
      t('documents.saveFailed'),
      () => platform.saveFile({ suggestedName: fileName, data: pdf, filters: [{ name: 'PDF', extensions: ['pdf'] }] }),
      ({ path }) => notify('success', t('common.saved'), t('documents.savedText', { path })),
    );
  const print = () => perform('print', t('documents.printFailed'), () => platform.printPdf({ data: pdf, title }));
  const open = () =>
    perform('open', t('documents.openFailed'), () => platform.openPdf({ data: pdf, suggestedName: fileName }));

  return (
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
  );
}
