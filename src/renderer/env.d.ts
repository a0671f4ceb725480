/// <reference types="vite/client" />
import type { ChanceryBridge } from '../shared/contract';

declare global {
  interface Window {
    /** Exposed by the Electron preload. Absent in the browser, where the web host is used instead. */
    chancery?: ChanceryBridge;
  }
}

export {};
