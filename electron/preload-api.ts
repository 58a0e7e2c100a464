/**
 * What the preload exposes as `window.api`: one `invoke(channel, args)` that refuses any name not
 * in the contract's channel list before anything crosses into the main process, and always
 * resolves to the `Result` envelope. Kept apart from preload.ts (which needs Electron) so the
 * refusal logic is tested in Node.
 */
import type { Result } from '../shared/errors';

/** The one IPC channel the preload uses; the contract channel travels as its first argument. */
export const INVOKE_IPC_CHANNEL = 'api:invoke';

export interface RectifyApi {
  invoke(channel: string, args?: unknown): Promise<Result<unknown>>;
}

export function createApiBridge(
  channels: readonly string[],
  send: (channel: string, args: unknown) => Promise<unknown>,
): RectifyApi {
  const allowed = new Set(channels);
  return Object.freeze({
    async invoke(channel: string, args?: unknown): Promise<Result<unknown>> {
      if (typeof channel !== 'string' || !allowed.has(channel)) {
        return { ok: false, error: { code: 'usage', message: `未知的接口：${String(channel)}` } };
      }
      try {
        return (await send(channel, args ?? {})) as Result<unknown>;
      } catch (e) {
        // Only transport failures land here (e.g. arguments that cannot be structured-cloned);
        // handler errors already come back as { ok: false } from the main process.
        return { ok: false, error: { code: 'internal', message: `内部错误：${e instanceof Error ? e.message : String(e)}` } };
      }
    },
  });
}
