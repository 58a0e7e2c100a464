/**
 * Small data hooks over api.invoke (no query library): load on mount and when the key changes,
 * keep the previous data while reloading (tables do not flash empty between pages), ignore
 * answers that arrive after a newer request, and expose `reload` for after a save.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Args, Channel, Ret } from '../../shared/ipc/contract';
import { api } from './client';

export interface QueryState<T> {
  data: T | undefined;
  error: Error | null;
  loading: boolean;
  reload: () => Promise<void>;
}

/** Runs `fn` whenever `key` changes (a string: JSON of the arguments); skip leaves it idle. */
export function useQuery<T>(fn: () => Promise<T>, key: string, opts: { skip?: boolean } = {}): QueryState<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<Error | null>(null);
  const [loading, setLoading] = useState(!opts.skip);
  const seq = useRef(0);
  const fnRef = useRef(fn);
  fnRef.current = fn;

  const run = useCallback(async () => {
    const mine = ++seq.current;
    setLoading(true);
    try {
      const value = await fnRef.current();
      if (mine === seq.current) {
        setData(value);
        setError(null);
      }
    } catch (e) {
      if (mine === seq.current) setError(e instanceof Error ? e : new Error(String(e)));
    } finally {
      if (mine === seq.current) setLoading(false);
    }
  }, []);

  useEffect(() => {
    if (opts.skip) {
      setLoading(false);
      return;
    }
    void run();
  }, [key, opts.skip, run]);

  return { data, error, loading, reload: run };
}

/** One contract channel as a query: re-runs when the arguments change (compared as JSON). */
export function useApiQuery<C extends Channel>(channel: C, args: Args<C>, opts: { skip?: boolean } = {}): QueryState<Ret<C>> {
  const key = `${channel} ${JSON.stringify(args)}`;
  return useQuery(() => api.invoke(channel, args), key, opts);
}

/** Wraps an action with a pending flag (buttons show loading; double clicks do nothing). */
export function useAction<A extends unknown[], R>(fn: (...a: A) => Promise<R>): { run: (...a: A) => Promise<R | undefined>; pending: boolean } {
  const [pending, setPending] = useState(false);
  const busy = useRef(false);
  const fnRef = useRef(fn);
  fnRef.current = fn;
  const run = useCallback(async (...a: A) => {
    if (busy.current) return undefined;
    busy.current = true;
    setPending(true);
    try {
      return await fnRef.current(...a);
    } finally {
      busy.current = false;
      setPending(false);
    }
  }, []);
  return { run, pending };
}
