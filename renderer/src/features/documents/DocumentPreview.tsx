import { Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isDesktop } from '../../platform/api';
import { useBlobSource } from '../../ui/use-blob-source';

interface DocumentPreviewProps {
  pdf: Uint8Array<ArrayBuffer>;
  label: string;
}

/**
 * The PDF in the browser's own viewer. The desktop window shows no PDFs (plugins are off for
 * safety), so there the user is pointed to the PDF viewer of the computer instead.
 */
export function DocumentPreview({ pdf, label }: DocumentPreviewProps) {
  const { t } = useTranslation();
  const showPdf = useBlobSource(useMemo(() => new Blob([pdf], { type: 'application/pdf' }), [pdf]));

  if (isDesktop) return <Text size="sm">{t('documents.desktopPreview')}</Text>;
  return (
    <iframe
      ref={showPdf}
      title={t('documents.preview', { document: label })}
      style={{
        width: '100%',
        height: 'max(24rem, 100dvh - 18rem)',
        border: '1px solid var(--mantine-color-default-border)',
      }}
    />
  );
}
