import type { Api } from '../../../shared/ipc/contract';

declare global {
  interface Window {
    /** The Electron bridge from the preload script; absent when the renderer runs in a browser. */
    api?: Api;
  }
}
