/**
 * Background jobs for heavy work (bulk import, documents). A job reports progress and checks a
 * cancellation flag between units of work; the UI polls `jobs:get`. Results stay until read.
 */
import { randomUUID } from 'node:crypto';
import { AppError, toErrorPayload } from '../../shared/errors';
import type { JobStatus } from '../../shared/ipc/contract/base';

export interface JobHandle {
  progress(done: number, total: number, current: string): void;
  /** Throws AppError('cancelled') when the user asked to stop; call between units of work. */
  checkCancelled(): void;
  readonly cancelled: boolean;
}

export class JobRunner {
  private jobs = new Map<string, JobStatus & { cancelRequested: boolean }>();

  start<R>(kind: string, work: (h: JobHandle) => Promise<R>): JobStatus<R> {
    const id = randomUUID();
    const job = { id, kind, state: 'running' as JobStatus['state'], done: 0, total: 0, current: '', cancelRequested: false } as JobStatus<R> & { cancelRequested: boolean };
    this.jobs.set(id, job);
    const handle: JobHandle = {
      progress(done, total, current) { job.done = done; job.total = total; job.current = current; },
      checkCancelled() { if (job.cancelRequested) throw new AppError('cancelled', '已取消'); },
      get cancelled() { return job.cancelRequested; },
    };
    // Yield once so the caller gets the id before work starts.
    setImmediate(() => {
      work(handle).then(
        // Work that ran to the end is done: a cancel that arrives too late changes nothing.
        (result) => { job.result = result; job.state = 'done'; },
        (e) => {
          const p = toErrorPayload(e);
          job.state = p.code === 'cancelled' ? 'cancelled' : 'failed';
          job.error = { code: p.code, message: p.message };
        },
      );
    });
    return this.view(job);
  }

  get(id: string): JobStatus {
    const job = this.jobs.get(id);
    if (!job) throw new AppError('not-found', `没有这个后台任务：${id}`);
    return this.view(job);
  }

  cancel(id: string): JobStatus {
    const job = this.jobs.get(id);
    if (!job) throw new AppError('not-found', `没有这个后台任务：${id}`);
    job.cancelRequested = true;
    return this.view(job);
  }

  private view<R>(j: JobStatus<R> & { cancelRequested: boolean }): JobStatus<R> {
    const { cancelRequested: _c, ...rest } = j;
    return { ...rest };
  }
}
