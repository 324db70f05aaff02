import { z } from 'zod';
import { type ChannelKey, type ParsedRequestOf, type ResultOf, channels } from '../../shared/ipc/contract';

/** The part of Electron's `IpcMainInvokeEvent` the handler relies on. */
export interface InvokeEvent {
  senderFrame?: { url: string } | null;
}

export type ChannelImpl<K extends ChannelKey, E extends InvokeEvent> = (
  request: ParsedRequestOf<K>,
  event: E,
) => Promise<z.input<(typeof channels)[K]['result']>>;

const germanMessages = z.locales.de().localeError;

function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || 'Anfrage'}: ${issue.message}`).join('; ');
}

/**
 * Wraps the implementation of one channel for `ipcMain.handle`: only frames showing the app may
 * call it, the request must match the channel's schema before `impl` sees it, and the answer must
 * match the result schema before the renderer does.
 */
export function createIpcHandler<K extends ChannelKey, E extends InvokeEvent>(
  channelKey: K,
  impl: ChannelImpl<K, E>,
  { isTrustedSender }: { isTrustedSender: (frameUrl: string | undefined) => boolean },
): (event: E, rawRequest: unknown) => Promise<ResultOf<K>> {
  const channel = channels[channelKey];
  return async (event, rawRequest) => {
    if (!isTrustedSender(event.senderFrame?.url)) {
      throw new Error(`Unbekannter Absender: ${channel.name} wurde abgelehnt.`);
    }
    const request = channel.request.safeParse(rawRequest, { error: germanMessages });
    if (!request.success) {
      throw new Error(`Ungültige Anfrage an ${channel.name}: ${describeIssues(request.error)}`);
    }
    const result = channel.result.safeParse(await impl(request.data as ParsedRequestOf<K>, event), {
      error: germanMessages,
    });
    if (!result.success) {
      throw new Error(`Interner Fehler: ungültige Antwort von ${channel.name}: ${describeIssues(result.error)}`);
    }
    return result.data as ResultOf<K>;
  };
}
