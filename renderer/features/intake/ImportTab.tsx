/**
 * 导入: hand over the returns, 试导入 (dry run: checked in a transaction that is rolled back, so
 * nothing is written) with a progress bar and 取消, the report per file, then 确认导入 — the same
 * bytes, only the files that can be imported — with progress and the result. The received date
 * applies to the whole batch (returns that came in on different days are imported in batches).
 */
import { CheckCircleOutlined, ExperimentOutlined } from '@ant-design/icons';
import { App as AntApp, Alert, Button, Card, Flex, Form, Select, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { FilePayload } from '../../../shared/ipc/contract';
import type { PeriodRow } from '../../../shared/ipc/contract/campaign';
import type { BatchReport, FileReport } from '../../../shared/import/import-report';
import { api, downloadPayload, fileToPayload } from '../../api/client';
import { useAction } from '../../api/use-api';
import { IsoDatePicker } from '../../components/IsoDatePicker';
import { describeError } from '../../lib/api-error';
import { base64ToBytes, bytesToBase64, mimeFor } from '../../lib/base64';
import { MAX_BATCH_BYTES, sourceOf, totalBytes, uploadsToCommit, type PendingUpload } from '../../lib/intake-upload';
import { summariseBatch } from '../../lib/intake-report';
import { localToday } from '../../lib/today';
import { extractZipEntry } from '../../lib/zip-entry';
import { BatchReportView } from './BatchReportView';
import { ImportProgress } from './ImportProgress';
import { UploadPicker } from './UploadPicker';
import { useImportJob } from './use-import-job';

export interface ImportTabProps {
  periods: PeriodRow[];
  periodOptions: { value: string; label: string }[];
  /** After a real import: the tracker and ledger reload; the button shows 报送情况. */
  onImported: () => void;
  onShowTracker: () => void;
}

async function toPayloads(uploads: readonly PendingUpload<File>[]): Promise<Map<string, FilePayload>> {
  const out = new Map<string, FilePayload>();
  for (const u of uploads) out.set(u.name, { ...(await fileToPayload(u.file)), fileName: u.name });
  return out;
}

/** The bytes a report line was read from: the upload itself or its entry inside an uploaded zip. */
function originalOf(f: FileReport, payloads: Map<string, FilePayload>): FilePayload | null {
  const src = sourceOf(f.file, [...payloads.keys()]);
  const p = src && payloads.get(src.upload);
  if (!src || !p) return null;
  // The marked-up file is named after the original file itself, not the folder it was dropped in.
  if (src.inner === null) return { ...p, fileName: src.upload.split('/').pop() ?? src.upload };
  const bytes = extractZipEntry(base64ToBytes(p.base64), src.inner);
  const name = src.inner.split('/').pop() ?? src.inner;
  return bytes ? { fileName: name, base64: bytesToBase64(bytes), mime: mimeFor(name) } : null;
}

export function ImportTab({ periods, periodOptions, onImported, onShowTracker }: ImportTabProps) {
  const { message } = AntApp.useApp();
  const [uploads, setUploads] = useState<PendingUpload<File>[]>([]);
  const [received, setReceived] = useState<string>(localToday());
  const [period, setPeriod] = useState<string | undefined>(undefined);
  const [payloads, setPayloads] = useState<Map<string, FilePayload>>(new Map());
  const [dry, setDry] = useState<BatchReport | null>(null);
  const [final, setFinal] = useState<BatchReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [markingUp, setMarkingUp] = useState<string | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const [runningDry, setRunningDry] = useState(true);
  const job = useImportJob();

  /** Any change to what would be imported makes the last check stale. */
  const invalidate = () => {
    setDry(null);
    setFinal(null);
    setError(null);
  };

  const options = { ...(period ? { period } : {}), received };

  const check = useAction(async () => {
    invalidate();
    setRunningDry(true);
    try {
      const p = await toPayloads(uploads);
      setPayloads(p);
      const r = await job.run({ files: [...p.values()], dryRun: true, ...options });
      if (r === undefined) return;
      if (r) setDry(r);
      else message.info('已取消检查，未写入任何数据');
    } catch (e) {
      setError(describeError(e));
    } finally {
      setCancelling(false);
    }
  });

  const commit = useAction(async () => {
    if (!dry) return;
    const names = uploadsToCommit(dry.files, [...payloads.keys()]);
    setRunningDry(false);
    setError(null);
    try {
      const r = await job.run({ files: names.map((n) => payloads.get(n)!), dryRun: false, ...options });
      if (r === undefined) return;
      if (!r) {
        message.warning('已取消：取消前已导入的文件保留，其余未导入；可重新试导入查看');
        invalidate();
        onImported();
        return;
      }
      setFinal(r);
      onImported();
      message.success(summariseBatch(r).headline);
    } catch (e) {
      setError(describeError(e));
    } finally {
      setCancelling(false);
    }
  });

  const markUp = async (f: FileReport) => {
    setMarkingUp(f.file);
    try {
      const original = originalOf(f, payloads);
      if (!original) throw new Error(`找不到“${f.file}”的原始文件，请重新选择文件后再试导入`);
      downloadPayload(await api.invoke('intake:error-workbook', { file: original, issues: f.issues }));
    } catch (e) {
      message.error(describeError(e));
    } finally {
      setMarkingUp(null);
    }
  };

  const cancel = async () => {
    setCancelling(true);
    try {
      await job.cancel();
    } catch (e) {
      message.error(describeError(e));
    }
  };

  const reset = () => {
    setUploads([]);
    setPayloads(new Map());
    invalidate();
  };

  const busy = check.pending || commit.pending;
  const toCommit = dry ? uploadsToCommit(dry.files, [...payloads.keys()]) : [];
  const importable = dry ? summariseBatch(dry).importable : 0;
  const tooLarge = totalBytes(uploads) > MAX_BATCH_BYTES;

  return (
    <div className="rd-import-tab">
      {!final ? (
        <>
          <UploadPicker uploads={uploads} disabled={busy} collapsed={!!dry} onChange={(next) => { setUploads(next); invalidate(); }} />
          <Card size="small" className="rd-batch-card">
            <Form layout="inline" disabled={busy} className="rd-batch-form">
              <Form.Item label="接收日期" tooltip="用于判断是否逾期；同一批次的文件按同一天收到计，不同日子收到的请分批导入。">
                <IsoDatePicker
                  aria-label="接收日期"
                  allowClear={false}
                  style={{ width: 150 }}
                  value={received}
                  disabledDate={(d) => d.isAfter(dayjs(), 'day')}
                  onChange={(v) => { setReceived(v ?? localToday()); invalidate(); }}
                />
              </Form.Item>
              <Form.Item label="报告期" tooltip="留空则按文件中的报告期；只用于自制表格等没有报告期信息的文件。">
                <Select allowClear aria-label="报告期" placeholder="按文件中的报告期" style={{ width: 260 }} options={periodOptions} value={period}
                  onChange={(v: string | undefined) => { setPeriod(v); invalidate(); }} />
              </Form.Item>
              <Form.Item>
                <Space wrap>
                  <Button type={dry ? 'default' : 'primary'} icon={<ExperimentOutlined />} disabled={!uploads.length || busy || tooLarge} loading={check.pending} onClick={() => void check.run()}>
                    试导入
                  </Button>
                  <Button type="primary" icon={<CheckCircleOutlined />} disabled={!dry || !toCommit.length || busy} loading={commit.pending} onClick={() => void commit.run()}>
                    {dry ? `确认导入（${importable} 个文件）` : '确认导入'}
                  </Button>
                </Space>
              </Form.Item>
            </Form>
            <Typography.Text type="secondary" className="rd-batch-hint">
              先“试导入”检查全部文件，只检查不写入；核对结果后再“确认导入”。被拒绝的文件不会导入。
            </Typography.Text>
          </Card>
        </>
      ) : null}
      {busy ? <ImportProgress status={job.status} dryRun={runningDry} cancelling={cancelling} onCancel={() => void cancel()} /> : null}
      {error ? <Alert type="error" showIcon message="导入未完成" description={<span className="rd-pre">{error}</span>} style={{ margin: '12px 0' }} /> : null}
      {final ? (
        <>
          <Flex gap={8} style={{ marginBottom: 12 }} wrap>
            <Button type="primary" onClick={onShowTracker}>查看报送情况</Button>
            <Button onClick={reset}>导入下一批</Button>
          </Flex>
          <Typography.Title level={5}>导入结果</Typography.Title>
          <BatchReportView report={final} periods={periods} onMarkUp={(f) => void markUp(f)} markingUp={markingUp} />
        </>
      ) : dry && !busy ? (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>试导入结果（尚未写入）</Typography.Title>
          <BatchReportView report={dry} periods={periods} onMarkUp={(f) => void markUp(f)} markingUp={markingUp} />
        </>
      ) : null}
    </div>
  );
}
