import { Button } from '@mantine/core';
import { IconCalendarEvent, IconMail } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResultOf } from '../../../../shared/ipc/contract';
import type { Body, Meeting } from '../../../../shared/schemas';
import { useActiveNetwork } from '../../app/active-network';
import { notify } from '../../ui/notify';
import { useToday } from '../../ui/use-today';
import { exportEml, exportIcs } from './invitation-export';

type Busy = 'ics' | 'eml' | undefined;

/** Calendar entry and e-mail draft for the mail program. */
export function ExportButtons({ meeting, body }: { meeting: Meeting; body: Body }) {
  const { t } = useTranslation();
  const network = useActiveNetwork();
  const today = useToday();
  const [busy, setBusy] = useState<Busy>();
  const context = { meeting, body, network };

  /** Saves one file; a cancelled save dialog is no failure. */
  const run = async (
    kind: Exclude<Busy, undefined>,
    save: () => Promise<{ result: ResultOf<'saveFile'>; done: string }>,
  ) => {
    setBusy(kind);
    try {
      const { result, done } = await save();
      if (result.ok) notify('success', t('invitations.exported'), done);
      else if (result.reason !== 'canceled') notify('error', t('invitations.exportFailed'), result.message ?? '');
    } catch (error) {
      notify('error', t('invitations.exportFailed'), (error as Error).message);
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <>
      <Button
        variant="default"
        leftSection={<IconCalendarEvent size="1.125rem" aria-hidden />}
        loading={busy === 'ics'}
        onClick={() => run('ics', async () => ({ result: await exportIcs(context), done: t('invitations.icsSaved') }))}
      >
        {t('invitations.exportIcs')}
      </Button>
      <Button
        variant="default"
        leftSection={<IconMail size="1.125rem" aria-hidden />}
        loading={busy === 'eml'}
        onClick={() =>
          run('eml', async () => {
            const { result, recipients, withoutEmail } = await exportEml(context, today);
            return { result, done: t('invitations.emlSaved', { count: recipients, without: withoutEmail }) };
          })
        }
      >
        {t('invitations.exportEml')}
      </Button>
    </>
  );
}
