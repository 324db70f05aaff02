import { z } from 'zod';
import { channelNames, type ChannelKey } from './channel-names';
import {
  AppInfo,
  OpenExternalRequest,
  OpenExternalResult,
  OpenPdfRequest,
  OpenPdfResult,
  PrintPdfRequest,
  PrintPdfResult,
  SaveFileRequest,
  SaveFileResult,
} from './schemas';

export type { ChannelKey } from './channel-names';
export type { Failure, Result } from './result';
export * from './schemas';

interface ChannelDefinition {
  name: string;
  request: z.ZodType;
  result: z.ZodType;
}

/** Every function of `window.api`: its channel, what it accepts and what it answers. */
export const channels = {
  getAppInfo: { name: channelNames.getAppInfo, request: z.void(), result: AppInfo },
  saveFile: { name: channelNames.saveFile, request: SaveFileRequest, result: SaveFileResult },
  printPdf: { name: channelNames.printPdf, request: PrintPdfRequest, result: PrintPdfResult },
  openPdf: { name: channelNames.openPdf, request: OpenPdfRequest, result: OpenPdfResult },
  openExternal: { name: channelNames.openExternal, request: OpenExternalRequest, result: OpenExternalResult },
} as const satisfies Record<ChannelKey, ChannelDefinition>;

/** What the renderer passes in. */
export type RequestOf<K extends ChannelKey> = z.input<(typeof channels)[K]['request']>;
/** What the main process works with after validation. */
export type ParsedRequestOf<K extends ChannelKey> = z.output<(typeof channels)[K]['request']>;
/** What the renderer gets back. */
export type ResultOf<K extends ChannelKey> = z.output<(typeof channels)[K]['result']>;

export type Api = { [K in ChannelKey]: (request: RequestOf<K>) => Promise<ResultOf<K>> };
