/**
 * Runs a background job (any channel answering with a JobStatus: documents:preview,
 * documents:export …) and polls jobs:get about three times a second until it is done, failed or
 * cancelled. One job at a time per hook; the job keeps running if the page is left, polling stops
 * with the component.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { JobStatus } from '../../shared/ipc/contract';
import type { AppErrorCode } from '../../shared/errors';
import { ApiError } from '../lib/api-error';
import { isRunning } from '../lib/job-progress';
import { api } from './client';

export const JOB_POLL_MS = 300;

export interface JobRunner<R> {
  /** The latest status (null before the first run). */
  status: JobStatus | null;
  /**
   * Starts the job and waits for it. Resolves with the result; null when cancelled; undefined
   * when the component went away while it ran (nobody to tell); throws an ApiError when it failed.
   */
  run: (start: () => Promise<JobStatus>) => Promise<R | null | undefined>;
  cancel: () => Promise<void>;
  running: boolean;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function useJob<R>(failureMessage = '后台任务失败，请重试'): JobRunner<R> {
  const [status, setStatus] = useState<JobStatus | null>(null);
  const jobId = useRef<string | null>(null);
  const alive = useRef(true);

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const run = useCallback(async (start: () => Promise<JobStatus>) => {
    // Shown at once: the start call itself can take a moment on a busy backend.
    setStatus({ id: '', kind: '', state: 'running', done: 0, total: 0, current: '' });
    let s: JobStatus;
    try {
      s = await start();
    } catch (e) {
      setStatus(null);
      throw e;
    }
    jobId.current = s.id;
    if (alive.current) setStatus(s);
    while (isRunning(s)) {
      await sleep(JOB_POLL_MS);
      if (!alive.current) return undefined;
      s = await api.invoke('jobs:get', { id: s.id });
      if (alive.current) setStatus(s);
    }
    jobId.current = null;
    if (s.state === 'cancelled') return null;
    if (s.state === 'failed') throw new ApiError((s.error?.code ?? 'internal') as AppErrorCode, s.error?.message ?? failureMessage);
    return s.result as R;
  }, [failureMessage]);

  const cancel = useCallback(async () => {
    if (jobId.current) setStatus(await api.invoke('jobs:cancel', { id: jobId.current }));
  }, []);

  return { status, run, cancel, running: isRunning(status) };
}
