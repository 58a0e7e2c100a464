/**
 * The one entry point both transports call (Electron IPC and browser-mode HTTP): checks the
 * channel is in the contract, validates the argument with the channel's zod schema, runs the
 * handler and wraps the outcome in the Result envelope. No 'electron' import: testable in Node.
 */
import { z } from 'zod';
import { AppError, toErrorPayload, type Result } from '../../shared/errors';
import { CHANNEL_SCHEMAS, isChannel, type Channel, type Handlers } from '../../shared/ipc/contract';
import type { AppContext } from '../services/app-context';
import { createHandlers } from './handlers/index';

export type Dispatch = (channel: unknown, args: unknown) => Promise<Result<unknown>>;

function zodMessage(e: z.ZodError): string {
  return e.issues.map((i) => `${i.path.join('.') || '参数'}：${i.message}`).join('；');
}

export function createDispatch(ctx: AppContext, log: (msg: string) => void = () => {}): Dispatch {
  const handlers: Handlers = createHandlers(ctx);
  return async (channel, args) => {
    try {
      if (!isChannel(channel)) throw new AppError('usage', `未知的接口：${String(channel)}`);
      const schema = CHANNEL_SCHEMAS[channel] as z.ZodTypeAny;
      const parsed = schema.safeParse(args ?? {});
      if (!parsed.success) throw new AppError('validation', `参数不正确：${zodMessage(parsed.error)}`);
      const handler = handlers[channel as Channel] as (a: unknown) => unknown;
      const data = await handler(parsed.data);
      return { ok: true, data };
    } catch (e) {
      const payload = toErrorPayload(e);
      if (payload.code === 'internal') log(`[${String(channel)}] ${e instanceof Error ? e.stack : String(e)}`);
      return { ok: false, error: payload };
    }
  };
}
