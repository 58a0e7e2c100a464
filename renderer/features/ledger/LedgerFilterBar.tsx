/** The 问题台账 filters: district, institution, focus area, status, first-reported period, overdue, missing, full text. */
import { ClearOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Input, Select, Tooltip } from 'antd';
import { useEffect, useState } from 'react';
import { LEDGER_STATUSES } from '../../../shared/domain/ledger';
import type { FocusArea } from '../../../shared/domain/campaign';
import { InstitutionSelect } from '../../components/InstitutionSelect';
import { matchDistrict, type DistrictGroup } from '../../lib/district-options';
import { hasFilters, type LedgerFilters } from '../../lib/ledger-filters';

export interface LedgerFilterBarProps {
  value: LedgerFilters;
  onChange: (next: LedgerFilters) => void;
  districts: DistrictGroup[];
  focusAreas: readonly FocusArea[];
  periodOptions: { value: string; label: string }[];
}

const EMPTY: LedgerFilters = { overdue: false, missing: false };

export function LedgerFilterBar({ value, onChange, districts, focusAreas, periodOptions }: LedgerFilterBarProps) {
  const [text, setText] = useState(value.text ?? '');
  useEffect(() => setText(value.text ?? ''), [value.text]);
  const set = (patch: Partial<LedgerFilters>) => onChange({ ...value, ...patch });

  return (
    <Flex gap={8} wrap className="rd-toolbar rd-ledger-filters">
      <Select
        allowClear showSearch aria-label="区县" placeholder="全部区县" style={{ width: 190 }}
        value={value.district} options={districts} filterOption={matchDistrict}
        onChange={(v: string | undefined) => set({ district: v })}
      />
      <InstitutionSelect
        aria-label="机构" placeholder="全部机构（输入名称查找）" style={{ width: 250 }} includeRetired
        value={value.institutionId} valueLabel={value.institutionName}
        onChange={(id, name) => set({ institutionId: id, institutionName: id ? name : undefined })}
      />
      <Select
        allowClear aria-label="整治重点" placeholder="全部整治重点" style={{ width: 200 }} popupMatchSelectWidth={false}
        value={value.focus} options={focusAreas.map((f) => ({ value: f.code, label: f.name }))}
        onChange={(v: string | undefined) => set({ focus: v })}
      />
      <Select
        allowClear aria-label="整改状态" placeholder="全部状态" style={{ width: 140 }}
        value={value.status} options={LEDGER_STATUSES.map((s) => ({ value: s, label: s }))}
        onChange={(v: string | undefined) => set({ status: v })}
      />
      <Select
        allowClear aria-label="首次报送期" placeholder="首次报送期：全部" style={{ width: 250 }}
        value={value.firstPeriod} options={periodOptions}
        onChange={(v: string | undefined) => set({ firstPeriod: v })}
      />
      <Checkbox checked={value.overdue} onChange={(e) => set({ overdue: e.target.checked })}>只看逾期未整改</Checkbox>
      <Tooltip title="上一期报表中有、最新一期报表中没有再出现的问题（可能被漏填或私自删除）">
        <Checkbox checked={value.missing} onChange={(e) => set({ missing: e.target.checked })}>最新一期报表中缺失</Checkbox>
      </Tooltip>
      <Input.Search
        allowClear aria-label="全文搜索" placeholder="问题描述、编号、机构、整改措施" style={{ width: 280 }}
        value={text} maxLength={100}
        onChange={(e) => setText(e.target.value)}
        onSearch={(v) => set({ text: v.trim() || undefined })}
      />
      <Button icon={<ClearOutlined />} disabled={!hasFilters(value)} onClick={() => onChange(EMPTY)}>清除筛选</Button>
    </Flex>
  );
}
