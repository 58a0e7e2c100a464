/// <reference types="vite/client" />
/**
 * The one object the Electron preload exposes (architecture §5.3): `invoke` for contract channels,
 * `on` for main → renderer pushes. Absent in browser mode, where api/client.ts talks HTTP instead.
 */
import type { Args, Channel, Ret } from '../shared/ipc/contract';
import type { Result } from '../shared/errors';

export interface RectifyBridge {
  invoke<C extends Channel>(channel: C, args: Args<C>): Promise<Result<Ret<C>>>;
  on?(event: string, listener: (payload: unknown) => void): () => void;
}

declare global {
  interface Window {
    api?: RectifyBridge;
  }
}
