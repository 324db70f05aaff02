import type { Api } from '../../../shared/ipc/contract';
import { browserApi } from './browser-api';

/** The platform bridge: Electron's `window.api` in the desktop app, downloads and tabs in a browser. */
export const platform: Api = window.api ?? browserApi;

/** In the desktop app; its window shows no PDFs itself (plugins are off), a browser tab does. */
export const isDesktop = window.api !== undefined;
