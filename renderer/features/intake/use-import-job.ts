/**
 * Runs one import as a background job (intake:import-start) and polls jobs:get about three times
 * a second until it is done, failed or cancelled; 取消 asks the backend to stop between files.
 * The job keeps running if the page is left; polling stops with the component.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FilePayload, JobStatus } from '../../../shared/ipc/contract';
import type { BatchReport } from '../../../shared/import/import-report';
import { api } from '../../api/client';
import { ApiError } from '../../lib/api-error';
import { isRunning } from '../../lib/job-progress';
import type { AppErrorCode } from '../../../shared/errors';

export const POLL_MS = 300;

export interface ImportRequest {
  files: FilePayload[];
  dryRun: boolean;
  period?: string;
  received?: string;
}

export interface ImportJob {
  status: JobStatus | null;
  /**
   * Resolves with the report; null when the job was cancelled; undefined when the page was left
   * while it ran (nobody to tell); throws when it failed.
   */
  run: (req: ImportRequest) => Promise<BatchReport | null | undefined>;
  cancel: () => Promise<void>;
  running: boolean;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function useImportJob(): ImportJob {
  const [status, setStatus] = useState<JobStatus | null>(null);
  const jobId = useRef<string | null>(null);
  const alive = useRef(true);

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const run = useCallback(async (req: ImportRequest) => {
    setStatus(null); // the bar starts from 0, not from the previous job's 100%
    let s = await api.invoke('intake:import-start', req);
    jobId.current = s.id;
    setStatus(s);
    while (isRunning(s)) {
      await sleep(POLL_MS);
      if (!alive.current) return undefined;
      s = await api.invoke('jobs:get', { id: s.id });
      if (alive.current) setStatus(s);
    }
    jobId.current = null;
    if (s.state === 'cancelled') return null;
    if (s.state === 'failed') throw new ApiError((s.error?.code ?? 'internal') as AppErrorCode, s.error?.message ?? '导入失败，请重试');
    return s.result as BatchReport;
  }, []);

  const cancel = useCallback(async () => {
    if (jobId.current) setStatus(await api.invoke('jobs:cancel', { id: jobId.current }));
  }, []);

  return { status, run, cancel, running: isRunning(status) };
}
