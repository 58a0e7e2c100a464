/**
 * Building blocks of the IPC contract. Each feature declares, in `shared/ipc/contract/<feature>.ts`,
 * an interface mapping channel → handler signature and a zod schema per channel for its argument.
 * The schema record must cover exactly the interface's keys (checked with `satisfies`).
 */
import type { z } from 'zod';

/** Channel → argument schema, complete for a contract interface. */
export type SchemasFor<C> = { [K in keyof C]: z.ZodTypeAny };

export type ArgsOf<F> = F extends (args: infer A) => unknown ? A : never;
export type ReturnOf<F> = F extends (args: never) => infer R ? Awaited<R> : never;

/** A file crossing the boundary (upload or download): bytes as base64 so JSON carries them. */
export interface FilePayload {
  fileName: string;
  base64: string;
  mime?: string;
}

/** A page of rows with the total that matched the filter (lists are paged on the backend). */
export interface Page<T> {
  rows: T[];
  total: number;
  offset: number;
  limit: number;
}

/** Background job (bulk import, documents): poll with `jobs:get`, stop with `jobs:cancel`. */
export interface JobStatus<R = unknown> {
  id: string;
  kind: string;
  state: 'running' | 'done' | 'failed' | 'cancelled';
  done: number;
  total: number;
  current: string;
  result?: R;
  error?: { code: string; message: string };
}
