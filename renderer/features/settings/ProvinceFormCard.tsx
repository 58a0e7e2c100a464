/**
 * 设置 → 省级汇总表: upload the 汇总表 the province sent, say which figure goes into each of its
 * number cells (suggestions from the labels, applied only on request), save, then for a period
 * download a copy of the province's own workbook with the numbers filled in.
 */
import { FileExcelOutlined, UploadOutlined } from '@ant-design/icons';
import { App as AntApp, Alert, Button, Card, Flex, Segmented, Select, Space, Typography, Upload } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import type { Campaign } from '../../../shared/domain/campaign';
import type { FilePayload } from '../../../shared/ipc/contract';
import type { FillReport, ProvinceFormView } from '../../../shared/ipc/contract/province-form';
import { api, downloadPayload, fileToPayload } from '../../api/client';
import { useAction, useApiQuery } from '../../api/use-api';
import { describeError } from '../../lib/api-error';
import { periodOptions, defaultPeriod } from '../../lib/period-choice';
import { applySuggestions, changedCount, mappingsOf, rowsFromView, type MappingRow } from '../../lib/province-form-mapping';
import { localToday } from '../../lib/today';
import { ProvinceFormTable } from './ProvinceFormTable';

export function ProvinceFormCard({ campaign }: { campaign: Campaign }) {
  const { message } = AntApp.useApp();
  const archived = campaign.status === 'archived';
  const [view, setView] = useState<ProvinceFormView | null>(null);
  const [rows, setRows] = useState<MappingRow[]>([]);
  const [upload, setUpload] = useState<FilePayload | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [show, setShow] = useState<'all' | 'mapped'>('all');
  const [period, setPeriod] = useState<string | undefined>();
  const [filled, setFilled] = useState<FillReport | null>(null);
  const periods = useApiQuery('campaign:periods', { code: campaign.code });

  const open = (v: ProvinceFormView, file: FilePayload | null) => {
    setView(v);
    setRows(rowsFromView(v));
    setUpload(file);
    setProblem(null);
    setShow(v.sheets.some((s) => s.cells.some((c) => c.mapping)) ? 'mapped' : 'all');
  };

  // The stored form, if any (none yet is not an error: the card asks for the upload).
  useEffect(() => {
    let live = true;
    api.invoke('province-form:view', {}).then((v) => { if (live) open(v, null); }, () => undefined);
    return () => { live = false; };
  }, [campaign.code]);

  useEffect(() => {
    if (!period && periods.data?.length) setPeriod(defaultPeriod(periods.data, localToday())?.code);
  }, [periods.data, period]);

  const choose = useAction(async (f: File) => {
    try {
      const file = await fileToPayload(f);
      open(await api.invoke('province-form:view', { file }), file);
    } catch (e) {
      setProblem(`${f.name}：${describeError(e)}`);
    }
  });

  const save = useAction(async () => {
    try {
      const saved = await api.invoke('province-form:save', { ...(upload ? { file: upload } : {}), cells: mappingsOf(rows) });
      message.success(`已保存对应关系：${saved.cells.length} 个单元格`);
      open(await api.invoke('province-form:view', {}), null);
    } catch (e) {
      setProblem(describeError(e));
    }
  });

  const fill = useAction(async () => {
    if (!period) return;
    try {
      const r = await api.invoke('province-form:fill', { period });
      downloadPayload(r.file);
      setFilled(r.report);
    } catch (e) {
      message.error(describeError(e));
    }
  });

  const shown = useMemo(() => (show === 'mapped' ? rows.filter((r) => r.mapping) : rows), [rows, show]);
  const changes = changedCount(rows);
  const mapped = mappingsOf(rows).length;

  return (
    <Card title="省级汇总表" size="small">
      <Typography.Paragraph type="secondary">
        上传省里下发的汇总表（.xlsx），在每个要填数的单元格旁选择对应指标并保存；之后每期选择报告期即可下载已填好数字的汇总表副本，
        表格其余内容（格式、公式、说明）保持省里原样。
      </Typography.Paragraph>
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Upload accept=".xlsx" showUploadList={false} beforeUpload={(f) => { void choose.run(f); return false; }}>
          <Button icon={<UploadOutlined />} loading={choose.pending}>{view ? '更换汇总表' : '上传汇总表'}</Button>
        </Upload>
        {view ? (
          <>
            <Button onClick={() => setRows(applySuggestions(rows))} disabled={archived}>采用全部建议（仅未对应的单元格）</Button>
            <Button type="primary" onClick={() => void save.run()} loading={save.pending} disabled={archived || (!changes && !upload)}>
              保存对应关系{changes ? `（${changes} 处修改）` : ''}
            </Button>
          </>
        ) : null}
      </Flex>
      {problem ? <Alert type="error" showIcon closable onClose={() => setProblem(null)} style={{ marginBottom: 12 }} message={<div style={{ whiteSpace: 'pre-line' }}>{problem}</div>} /> : null}
      {view ? (
        <>
          <Space style={{ marginBottom: 8 }} wrap>
            <Typography.Text>
              {view.formName}{upload ? '（新上传，保存后生效）' : ''}：可填数的单元格 {rows.length} 个，已选择指标 {mapped} 个。
            </Typography.Text>
            <Segmented<'all' | 'mapped'> value={show} onChange={setShow} options={[{ value: 'all', label: '全部单元格' }, { value: 'mapped', label: '只看已对应' }]} />
          </Space>
          {view.unplaced.length ? (
            <Alert type="warning" showIcon style={{ marginBottom: 8 }}
              message={`已保存的 ${view.unplaced.map((m) => `${m.sheet}!${m.cell}`).join('、')} 在此汇总表中不能填数（省里改了表格），请重新选择后保存。`} />
          ) : null}
          <ProvinceFormTable rows={shown} options={view.options} disabled={archived} onChange={(r) => setRows((all) => all.map((x) => (x.key === r.key ? r : x)))} />
          <Flex gap={8} align="center" wrap style={{ marginTop: 12 }}>
            <Typography.Text>填写报告期：</Typography.Text>
            <Select aria-label="填写哪个报告期" style={{ minWidth: 260 }} value={period} onChange={setPeriod} options={periodOptions(periods.data ?? [])} loading={periods.loading} />
            <Button icon={<FileExcelOutlined />} onClick={() => void fill.run()} loading={fill.pending} disabled={!period || !view.sameAsStored || !!upload}>
              填写并下载
            </Button>
            {changes || upload ? <Typography.Text type="warning">有未保存的修改：填写使用已保存的对应关系。</Typography.Text> : null}
          </Flex>
          {filled ? (
            <Alert type={filled.blank.length ? 'warning' : 'success'} showIcon closable onClose={() => setFilled(null)} style={{ marginTop: 12 }}
              message={`已下载“${filled.fileName}”：填写 ${filled.filled} 个单元格${filled.blank.length ? `，${filled.blank.length} 个无数据保持原样` : ''}`}
              description={filled.blank.length ? filled.blank.map((b) => <div key={`${b.sheet}!${b.cell}`}>{b.sheet}!{b.cell}：{b.reason}</div>) : undefined} />
          ) : null}
        </>
      ) : null}
    </Card>
  );
}
