import { describe, expect, it } from 'vitest';
import { describeJob, isRunning } from '../../../renderer/lib/job-progress';

describe('describeJob', () => {
  it('numbers the file within the read pass', () => {
    const v = describeJob({ state: 'running', done: 2, total: 10, current: '读取 六月/宿城区医院.xlsx' });
    expect(v).toMatchObject({ fileNo: 3, fileCount: 5, step: '读取', fileName: '六月/宿城区医院.xlsx', percent: 20 });
    expect(v.text).toBe('第 3 / 5 个文件：读取 六月/宿城区医院.xlsx');
  });

  it('numbers the file within the check or import pass', () => {
    expect(describeJob({ state: 'running', done: 5, total: 10, current: '检查 a.xlsx' })).toMatchObject({ fileNo: 1, fileCount: 5, step: '检查' });
    expect(describeJob({ state: 'running', done: 9, total: 10, current: '导入 e.xlsx' })).toMatchObject({ fileNo: 5, text: '第 5 / 5 个文件：导入 e.xlsx', percent: 90 });
  });

  it('never shows 100% before the job is done, and 100% when it is', () => {
    expect(describeJob({ state: 'running', done: 10, total: 10, current: '完成' }).percent).toBe(99);
    expect(describeJob({ state: 'done', done: 10, total: 10, current: '完成' })).toMatchObject({ percent: 100, fileNo: null, text: '完成' });
  });

  it('describes a job that has not started counting', () => {
    expect(describeJob({ state: 'running', done: 0, total: 0, current: '' })).toMatchObject({ percent: 0, text: '准备中' });
  });

  it('polls only while running', () => {
    expect(isRunning({ state: 'running' })).toBe(true);
    expect(isRunning({ state: 'cancelled' })).toBe(false);
    expect(isRunning(null)).toBe(false);
  });
});
