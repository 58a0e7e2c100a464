/**
 * 问题台账 (user journey §2 step 5): the merged ledger of every institution's issues, filtered and
 * paged on the backend (the UI never holds more than one page, so 100 000 issues scroll as
 * smoothly as 100), overdue rows highlighted, a drawer with an issue's history across periods,
 * and 导出当前筛选. Filters live in the address so other pages can link here.
 */
import { DownloadOutlined } from '@ant-design/icons';
import { App as AntApp, Alert, Button, Empty, Flex, Table, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import type { LedgerRow } from '../../../shared/ipc/contract/intake';
import { api, downloadPayload } from '../../api/client';
import { useAction, useApiQuery } from '../../api/use-api';
import { describeError } from '../../lib/api-error';
import {
  PAGE_SIZES, filtersFromParams, hasFilters, pageFromParams, pageSizeFromParams, paramsFromFilters, toLedgerArgs, type LedgerFilters,
} from '../../lib/ledger-filters';
import { useCurrentCampaign } from '../app-state';
import { usePeriods } from '../intake/use-periods';
import { useHashLocation } from '../layout/use-hash-location';
import { useDistricts } from '../roster/use-districts';
import { IssueDrawer } from './IssueDrawer';
import { LedgerFilterBar } from './LedgerFilterBar';
import { LEDGER_TABLE_WIDTH, ledgerColumns } from './ledger-columns';
import './ledger.css';

/** Table body height: the window minus header, title, filters and pagination. */
function useBodyHeight(): number {
  const [h, setH] = useState(() => window.innerHeight);
  useEffect(() => {
    const on = () => setH(window.innerHeight);
    window.addEventListener('resize', on);
    return () => window.removeEventListener('resize', on);
  }, []);
  return Math.max(320, h - 330);
}

export function LedgerPage() {
  const campaign = useCurrentCampaign();
  const { message } = AntApp.useApp();
  const { params, navigate } = useHashLocation();
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const page = pageFromParams(params);
  const pageSize = pageSizeFromParams(params);
  const [open, setOpen] = useState<LedgerRow | null>(null);
  const districts = useDistricts();
  const { periods, options: periodOptions } = usePeriods();
  const bodyHeight = useBodyHeight();
  const columns = useMemo(() => ledgerColumns(periods), [periods]);

  const go = (f: LedgerFilters, p = 1, size = pageSize) => navigate('/ledger', paramsFromFilters(f, p, size));
  const args = toLedgerArgs(filters);
  const list = useApiQuery('ledger:list', { ...args, offset: (page - 1) * pageSize, limit: pageSize });
  const total = list.data?.total ?? 0;

  const exportNow = useAction(async () => {
    try {
      const p = await api.invoke('ledger:export', args);
      downloadPayload(p);
      message.success(`已导出 ${total} 条问题：${p.fileName}`);
    } catch (e) {
      message.error(describeError(e));
    }
  });

  return (
    <div className="rd-ledger">
      <LedgerFilterBar value={filters} onChange={(f) => go(f)} districts={districts.assign} focusAreas={campaign.focusAreas} periodOptions={periodOptions} />
      <Flex justify="space-between" align="center" style={{ marginBottom: 8 }} wrap gap={8}>
        <Typography.Text type="secondary">
          {list.data ? `${hasFilters(filters) ? '符合条件的' : '全部'}问题 ${total} 条` : ' '}
          {list.data && total ? `，第 ${(page - 1) * pageSize + 1}–${Math.min(page * pageSize, total)} 条；点击一行查看详情和历次报送记录` : ''}
        </Typography.Text>
        <Button icon={<DownloadOutlined />} disabled={!total} loading={exportNow.pending} onClick={() => void exportNow.run()}>导出当前筛选（.xlsx）</Button>
      </Flex>
      {list.error ? <Alert type="error" showIcon style={{ marginBottom: 12 }} message={describeError(list.error)} action={<Button size="small" onClick={() => void list.reload()}>重试</Button>} /> : null}
      <Table<LedgerRow>
        virtual
        size="small"
        rowKey="id"
        className="rd-ledger-table"
        loading={list.loading}
        columns={columns}
        dataSource={list.data?.rows ?? []}
        scroll={{ x: LEDGER_TABLE_WIDTH, y: bodyHeight }}
        rowClassName={(r) => `rd-row-clickable${r.overdue ? ' rd-row-overdue' : ''}`}
        onRow={(r) => ({ onClick: () => setOpen(r) })}
        locale={{ emptyText: list.loading ? ' ' : <Empty description={hasFilters(filters) ? '没有符合条件的问题' : '台账中还没有问题：导入各机构的填报表后，问题会汇总到这里'} /> }}
        pagination={{
          current: page,
          pageSize,
          total,
          showSizeChanger: true,
          pageSizeOptions: PAGE_SIZES.map(String),
          showQuickJumper: total > pageSize * 5,
          showTotal: (t) => `共 ${t} 条`,
          onChange: (p, size) => (size !== pageSize ? go(filters, 1, size) : go(filters, p, size)),
        }}
      />
      <IssueDrawer issue={open} periods={periods} onClose={() => setOpen(null)} />
    </div>
  );
}
