import { contextBridge, ipcRenderer } from 'electron';
import { channelNames } from '../../shared/ipc/channel-names';
import type { Api } from '../../shared/ipc/contract';

/**
 * The page's only way out: one named function per channel. The page cannot choose a channel,
 * never sees `ipcRenderer` or an event object, and the main process validates every argument.
 */
const api = {
  getAppInfo: () => ipcRenderer.invoke(channelNames.getAppInfo),
  saveFile: (request) => ipcRenderer.invoke(channelNames.saveFile, request),
  printPdf: (request) => ipcRenderer.invoke(channelNames.printPdf, request),
  openPdf: (request) => ipcRenderer.invoke(channelNames.openPdf, request),
  openExternal: (request) => ipcRenderer.invoke(channelNames.openExternal, request),
} satisfies Api;

contextBridge.exposeInMainWorld('api', api);
