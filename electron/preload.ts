/**
 * Preload: bridges exactly one function, `window.api.invoke`, into the isolated page. Built by
 * scripts/build-electron.mjs as ONE CommonJS file (sandboxed preloads cannot load ES modules or
 * most Node modules); the build swaps the contract import for a generated channel list, so the
 * preload does not carry zod and the argument schemas (main validates every argument anyway).
 * Import nothing here that pulls in Node built-ins: the sandbox cannot require them.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS } from '../shared/ipc/contract';
import { INVOKE_IPC_CHANNEL, createApiBridge } from './preload-api';

contextBridge.exposeInMainWorld(
  'api',
  createApiBridge(CHANNELS, (channel, args) => ipcRenderer.invoke(INVOKE_IPC_CHANNEL, channel, args)),
);
