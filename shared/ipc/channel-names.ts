/**
 * IPC channel names (`domain:verb`), kept free of zod so the sandboxed preload can bundle them
 * without pulling in a validation library it cannot `require`.
 */
export const channelNames = {
  getAppInfo: 'app:info',
  saveFile: 'file:save',
  printPdf: 'pdf:print',
  openPdf: 'pdf:open',
  openExternal: 'link:open',
} as const;

export type ChannelKey = keyof typeof channelNames;
