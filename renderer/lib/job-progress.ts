/**
 * A background import job's progress in the clerk's terms: "第 3 / 19 个文件：读取 宿城区/x.xlsx".
 * The importer reports two passes over the batch (read every file, then check or import each in
 * period order) as done/total with total = 2 × files, and `current` = "<verb> <file name>".
 */
import type { JobStatus } from '../../shared/ipc/contract';

export interface JobProgressView {
  percent: number;
  /** 1-based file number within the current pass; null when unknown. */
  fileNo: number | null;
  fileCount: number | null;
  /** What is happening now: 读取 / 检查 / 导入 / 完成 …, and the file. */
  step: string;
  fileName: string;
  text: string;
}

const VERBS = ['读取', '检查', '导入'];

export function describeJob(s: Pick<JobStatus, 'done' | 'total' | 'current' | 'state'>): JobProgressView {
  const percent = s.state === 'done' ? 100 : s.total > 0 ? Math.min(99, Math.floor((s.done / s.total) * 100)) : 0;
  const space = s.current.indexOf(' ');
  const verb = space > 0 ? s.current.slice(0, space) : '';
  const known = VERBS.includes(verb);
  const fileName = known ? s.current.slice(space + 1) : '';
  const step = known ? verb : s.current || (s.total === 0 ? '准备中' : '');
  let fileNo: number | null = null;
  let fileCount: number | null = null;
  if (known && s.total > 0 && s.total % 2 === 0) {
    fileCount = s.total / 2;
    fileNo = (verb === '读取' ? s.done : s.done - fileCount) + 1;
    if (fileNo < 1 || fileNo > fileCount) fileNo = null;
  }
  const text = fileNo !== null && fileCount !== null
    ? `第 ${fileNo} / ${fileCount} 个文件：${step} ${fileName}`
    : [step, fileName].filter(Boolean).join(' ') || '正在处理…';
  return { percent, fileNo, fileCount, step, fileName, text };
}

/** Whether polling should continue. */
export function isRunning(s: Pick<JobStatus, 'state'> | null | undefined): boolean {
  return s?.state === 'running';
}
