import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '../../../../shared/schemas';
import { useActiveNetwork } from '../../app/active-network';
import { attachmentRepo, networkRepo } from '../../db/repos';
import { formatBytes } from '../../ui/format-bytes';
import { notify } from '../../ui/notify';
import { LOGO_MAX_SIDE, readLogoFile } from './logo-file';

/**
 * The network's letterhead logo: the stored file (`undefined` while loading, `null` for none), and
 * upload / remove. A file is checked completely before anything is stored; the logo it replaces is
 * kept as a deleted attachment, like every file the app has stored.
 */
export function useLetterheadLogo() {
  const { t, i18n } = useTranslation();
  const network = useActiveNetwork();
  const logoId = network.logoAttachmentId;
  const logo = useLiveQuery(async () => (logoId ? ((await attachmentRepo.get(logoId)) ?? null) : null), [logoId]);
  const [checking, setChecking] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function replaceWith(next: Attachment | undefined, message: string) {
    await networkRepo.update(network.id, { logoAttachmentId: next?.id });
    if (logoId) await attachmentRepo.remove(logoId);
    notify('success', t('common.saved'), message);
  }

  async function upload(file: File) {
    setChecking(true);
    setProblem(null);
    try {
      const read = await readLogoFile(file);
      if (!read.ok) {
        const size = formatBytes(file.size, i18n.language);
        setProblem(t(`documents.logo.errors.${read.problem}`, { fileName: file.name, size, max: LOGO_MAX_SIDE }));
        return;
      }
      const stored = await attachmentRepo.add({
        kind: 'logo',
        fileName: file.name,
        mimeType: read.type,
        blob: read.blob,
      });
      await replaceWith(stored, t('documents.logo.saved'));
    } catch (error) {
      notify('error', t('common.error'), (error as Error).message);
    } finally {
      setChecking(false);
    }
  }

  async function remove() {
    setProblem(null);
    try {
      await replaceWith(undefined, t('documents.logo.removed'));
    } catch (error) {
      notify('error', t('common.error'), (error as Error).message);
    }
  }

  return { logo, checking, problem, upload, remove };
}
