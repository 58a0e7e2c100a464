/**
 * The institutions, ledger issues or reporting rows behind one number (stats:drill), paged on the
 * backend, in a drawer over the table the number came from. Each row links on to 问题台账.
 */
import { Alert, Drawer, Flex, Spin, Table, Typography } from 'antd';
import type { TablePaginationConfig } from 'antd';
import { useRef, useState } from 'react';
import type { DrillQuery, DrillResult } from '../../../shared/stats/types';
import { formatWanYuan } from '../../../shared/stats/arithmetic';
import { useApiQuery } from '../../api/use-api';
import { describeError } from '../../lib/api-error';
import { useHashLocation } from '../layout/use-hash-location';
import { columnsWidth, institutionColumns, issueColumns, statusColumns, type OpenLedger } from './drill-columns';

export interface DrillRequest {
  query: Omit<DrillQuery, 'offset' | 'limit'>;
  /** What was clicked: "宿城区 · 医托 · 整改率（本期） 54.2%". */
  heading: string;
  /** Shown above the rows, e.g. that a rate lists its numerator's rows. */
  note?: string;
  /** The drilled indicator is money (its sum is shown in 万元). */
  money?: boolean;
  unit?: string;
}

const PAGE_SIZE = 20;

function countText(r: DrillResult, req: DrillRequest): string {
  const what = r.kind === 'issues' ? '个问题' : r.kind === 'status' ? '个单位' : '家机构';
  if (r.kind !== 'institutions' || r.sum === null) return `共 ${r.total} ${what}`;
  const sum = req.money ? `${formatWanYuan(r.sum)}万元` : `${r.sum}${req.unit ?? ''}`;
  return `共 ${r.total} ${what}，合计 ${sum}`;
}

function DrillTable({ result, loading, pagination, openLedger, focus }: {
  result: DrillResult; loading: boolean; pagination: TablePaginationConfig | false; openLedger: OpenLedger; focus?: string;
}) {
  // Fixed layout: the widths hold and long names end in an ellipsis instead of pushing columns out.
  const common = { size: 'small' as const, loading, pagination, tableLayout: 'fixed' as const, className: 'rd-drill-table' };
  switch (result.kind) {
    case 'institutions': {
      const columns = institutionColumns(openLedger, focus);
      return <Table {...common} scroll={{ x: columnsWidth(columns) }} rowKey="institutionId" dataSource={result.rows} columns={columns} />;
    }
    case 'issues': {
      const columns = issueColumns(openLedger);
      return <Table {...common} scroll={{ x: columnsWidth(columns) }} rowKey="issueId" dataSource={result.rows} columns={columns} />;
    }
    case 'status': {
      const columns = statusColumns();
      return <Table {...common} scroll={{ x: columnsWidth(columns) }} rowKey="institutionId" dataSource={result.rows} columns={columns} />;
    }
  }
}

/** Keyed by the query: a new click starts afresh (page 1, no stale rows from the last number). */
function DrillContent({ request }: { request: DrillRequest }) {
  const { navigate } = useHashLocation();
  const [page, setPage] = useState(1);
  const q = useApiQuery('stats:drill', { ...request.query, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE });
  const r = q.data;
  const openLedger: OpenLedger = (params) => navigate('/ledger', params);
  const pagination: TablePaginationConfig | false = r && r.total > PAGE_SIZE
    ? { current: page, pageSize: PAGE_SIZE, total: r.total, showSizeChanger: false, size: 'small', onChange: setPage, showTotal: (t) => `共 ${t} 条` }
    : false;
  return (
    <>
      {request.note ? <Alert type="info" showIcon style={{ marginBottom: 12 }} message={request.note} /> : null}
      {q.error ? <Alert type="error" showIcon style={{ marginBottom: 12 }} message={describeError(q.error)} /> : null}
      {r ? (
        <>
          <Flex justify="space-between" align="baseline" wrap gap={8} style={{ marginBottom: 8 }}>
            <Typography.Text type="secondary">{r.title}</Typography.Text>
            <Typography.Text strong className="rd-drill-count">{countText(r, request)}</Typography.Text>
          </Flex>
          {r.notes.map((n) => <Alert key={n} type="warning" showIcon style={{ marginBottom: 8 }} message={n} />)}
          <DrillTable result={r} loading={q.loading} pagination={pagination} openLedger={openLedger} focus={request.query.focus} />
        </>
      ) : q.loading ? <Spin style={{ display: 'block', margin: '40px auto' }} /> : null}
    </>
  );
}

export function DrillDrawer({ request, onClose }: { request: DrillRequest | null; onClose: () => void }) {
  // The last request stays on screen while the drawer slides out.
  const last = useRef<DrillRequest | null>(null);
  if (request) last.current = request;
  const shown = request ?? last.current;
  return (
    <Drawer
      open={!!request}
      onClose={onClose}
      width={Math.min(1200, Math.round(window.innerWidth * 0.9))}
      className="rd-drill-drawer"
      title={shown?.heading}
      destroyOnHidden
    >
      {shown ? <DrillContent key={JSON.stringify(shown.query)} request={shown} /> : null}
    </Drawer>
  );
}
