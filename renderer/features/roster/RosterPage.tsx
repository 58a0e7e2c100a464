/**
 * 机构名册: search / district filter / retired toggle over a backend-paged table (filters live in
 * the address, `#/roster?district=321302&q=…`, so other pages can link here), the add/edit
 * drawer, retire/restore, the template download and the import with its dry-run report.
 */
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { App as AntApp, Alert, Button, Checkbox, Empty, Flex, Input, Select, Space, Table } from 'antd';
import { useState } from 'react';
import type { Institution } from '../../../shared/domain/institution';
import { api, downloadPayload } from '../../api/client';
import { useAction, useApiQuery } from '../../api/use-api';
import { describeError } from '../../lib/api-error';
import { matchDistrict } from '../../lib/district-options';
import { useHashLocation } from '../layout/use-hash-location';
import { InstitutionDrawer } from './InstitutionDrawer';
import { RosterImportModal } from './RosterImportModal';
import { rosterColumns } from './roster-columns';
import { useDistricts } from './use-districts';

const PAGE_SIZES = ['20', '50', '100'];

export function RosterPage() {
  const { message } = AntApp.useApp();
  const { params, navigate } = useHashLocation();
  const query = params.q ?? '';
  const district = params.district || undefined;
  const includeRetired = params.retired === '1';
  const page = Math.max(1, Number(params.page) || 1);
  const [pageSize, setPageSize] = useState(20);
  const [search, setSearch] = useState(query);
  const [editing, setEditing] = useState<Institution | null | undefined>(undefined); // undefined = closed
  const [importing, setImporting] = useState(false);
  const districts = useDistricts();

  const setFilters = (next: { q?: string; district?: string; retired?: boolean; page?: number }) => {
    const merged = { q: query, district, retired: includeRetired, page: 1, ...next };
    navigate('/roster', { q: merged.q || undefined, district: merged.district, retired: merged.retired ? 1 : undefined, page: merged.page > 1 ? merged.page : undefined });
  };

  const list = useApiQuery('roster:list', {
    ...(query ? { query } : {}),
    ...(district ? { districtCode: district } : {}),
    includeRetired,
    offset: (page - 1) * pageSize,
    limit: pageSize,
  });
  const filtered = !!(query || district);

  const template = useAction(async () => {
    try {
      downloadPayload(await api.invoke('roster:template', {}));
    } catch (e) {
      message.error(describeError(e));
    }
  });

  const setRetired = async (i: Institution, retired: boolean) => {
    try {
      await api.invoke('roster:retire', { id: i.id, retired });
      message.success(retired ? `已停用“${i.name}”` : `已恢复“${i.name}”`);
      await list.reload();
    } catch (e) {
      message.error(describeError(e));
    }
  };

  const columns = rosterColumns({ edit: (i) => setEditing(i), setRetired: (i, r) => void setRetired(i, r) });

  const empty = filtered || includeRetired
    ? <Empty description="没有符合条件的机构" />
    : (
      <Empty description="名册中还没有机构：可以下载模板填好后导入，或逐个新增">
        <Space>
          <Button icon={<DownloadOutlined />} onClick={() => void template.run()}>下载模板</Button>
          <Button type="primary" icon={<UploadOutlined />} onClick={() => setImporting(true)}>导入名册</Button>
        </Space>
      </Empty>
    );

  return (
    <>
      <Flex className="rd-toolbar" gap={8} wrap justify="space-between">
        <Space wrap>
          <Input.Search
            allowClear
            aria-label="搜索机构"
            placeholder="名称、别名或统一社会信用代码"
            style={{ width: 280 }}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            onSearch={(v) => setFilters({ q: v.trim() })}
          />
          <Select
            allowClear
            showSearch
            aria-label="所属区县"
            placeholder="全部区县"
            style={{ width: 200 }}
            value={district}
            options={districts.filter}
            filterOption={matchDistrict}
            loading={districts.loading}
            onChange={(v: string | undefined) => setFilters({ district: v })}
          />
          <Checkbox checked={includeRetired} onChange={(e) => setFilters({ retired: e.target.checked })}>显示已停用</Checkbox>
        </Space>
        <Space wrap>
          <Button icon={<DownloadOutlined />} loading={template.pending} onClick={() => void template.run()}>下载模板</Button>
          <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>导入名册</Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>新增机构</Button>
        </Space>
      </Flex>
      {list.error ? <Alert type="error" showIcon style={{ marginBottom: 12 }} message={describeError(list.error)} action={<Button size="small" onClick={() => void list.reload()}>重试</Button>} /> : null}
      <Table<Institution>
        size="small"
        rowKey="id"
        className="rd-roster-table"
        loading={list.loading}
        columns={columns}
        dataSource={list.data?.rows ?? []}
        rowClassName={(r) => (r.retiredAt ? 'rd-row-retired' : '')}
        scroll={{ x: 1460 }}
        locale={{ emptyText: list.loading ? ' ' : empty }}
        pagination={{
          current: page,
          pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: PAGE_SIZES,
          showTotal: (t) => `共 ${t} 家`,
          onChange: (p, size) => {
            if (size !== pageSize) {
              setPageSize(size);
              setFilters({ page: 1 });
            } else {
              setFilters({ page: p });
            }
          },
        }}
      />
      <InstitutionDrawer
        open={editing !== undefined}
        institution={editing ?? null}
        districts={districts.assign}
        onClose={() => setEditing(undefined)}
        onSaved={() => {
          setEditing(undefined);
          void list.reload();
        }}
      />
      <RosterImportModal
        open={importing}
        onClose={() => setImporting(false)}
        onImported={() => {
          setImporting(false);
          void list.reload();
        }}
      />
    </>
  );
}
