import { i18n } from '../../app/i18n';
import { platform } from '../../platform/api';
import { notify } from '../../ui/notify';

/**
 * Saves text as a UTF-8 file through the platform (save dialog in the desktop app, download in a
 * browser) and says so; cancelling the dialog is not an error. A CSV from the exporter keeps its
 * byte order mark, so German Excel reads the umlauts.
 */
export async function saveTextFile(fileName: string, text: string, filter: { name: string; extension: string }) {
  const result = await platform.saveFile({
    suggestedName: fileName,
    data: new TextEncoder().encode(text),
    filters: [{ name: filter.name, extensions: [filter.extension] }],
  });
  if (result.ok) notify('success', i18n.t('directory.fileSaved'), result.path);
  else if (result.reason === 'write-failed')
    notify('error', i18n.t('directory.fileNotSaved'), result.message ?? i18n.t('directory.fileNotSavedText'));
}
