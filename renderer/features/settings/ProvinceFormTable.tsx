/** The 省级汇总表 cells with their labels and, beside each, the figure that goes into it. */
import { Button, Select, Table, Tag, Tooltip } from 'antd';
import type { FormMeasure, MoneyUnit } from '../../../shared/domain/province-form';
import {
  describeMapping, focusOptions, indicatorOptions, MEASURE_LABEL, scopeOptions, setField, setIndicator, type FormOptions, type MappingRow,
} from '../../lib/province-form-mapping';

export interface ProvinceFormTableProps {
  rows: MappingRow[];
  options: FormOptions;
  onChange: (row: MappingRow) => void;
  disabled?: boolean;
}

const MEASURES = (Object.keys(MEASURE_LABEL) as FormMeasure[]).map((m) => ({ value: m, label: MEASURE_LABEL[m] }));
const UNITS: { value: MoneyUnit; label: string }[] = [{ value: '元', label: '元' }, { value: '万元', label: '万元' }];

export function ProvinceFormTable({ rows, options, onChange, disabled }: ProvinceFormTableProps) {
  const byCode = new Map(options.indicators.map((i) => [i.code, i]));
  return (
    <Table<MappingRow>
      size="small"
      rowKey="key"
      className="rd-province-form"
      dataSource={rows}
      pagination={rows.length > 20 ? { pageSize: 20, size: 'small', showSizeChanger: false } : false}
      scroll={{ x: 1200 }}
      columns={[
        { title: '单元格', key: 'cell', width: 110, fixed: 'left', render: (_v, r) => <span className="rd-mono">{r.sheet}!{r.cell}</span> },
        { title: '行标题', dataIndex: 'rowLabel', width: 140 },
        { title: '列标题', dataIndex: 'colLabel', width: 180 },
        {
          title: '指标',
          key: 'indicator',
          width: 240,
          render: (_v, r) => (
            <Select
              aria-label={`${r.cell}的指标`}
              allowClear
              showSearch
              optionFilterProp="label"
              placeholder="不填"
              style={{ width: '100%' }}
              disabled={disabled}
              value={r.mapping?.indicator}
              options={indicatorOptions(options)}
              onChange={(v?: string) => onChange(setIndicator(r, v ?? null, options))}
              popupMatchSelectWidth={false}
            />
          ),
        },
        {
          title: '整治重点',
          key: 'focus',
          width: 120,
          render: (_v, r) => (
            <Select
              aria-label={`${r.cell}的整治重点`}
              style={{ width: '100%' }}
              disabled={disabled || !r.mapping || !byCode.get(r.mapping.indicator)?.byFocus}
              value={r.mapping?.focus}
              options={focusOptions(options)}
              onChange={(focus: string) => onChange(setField(r, { focus }))}
            />
          ),
        },
        {
          title: '本期/累计',
          key: 'measure',
          width: 90,
          render: (_v, r) => (
            <Select aria-label={`${r.cell}的本期或累计`} style={{ width: '100%' }} disabled={disabled || !r.mapping} value={r.mapping?.measure}
              options={MEASURES} onChange={(measure: FormMeasure) => onChange(setField(r, { measure }))} />
          ),
        },
        {
          title: '范围',
          key: 'scope',
          width: 130,
          render: (_v, r) => (
            <Select aria-label={`${r.cell}的范围`} style={{ width: '100%' }} disabled={disabled || !r.mapping} value={r.mapping?.scope} showSearch optionFilterProp="label"
              options={scopeOptions(options)} onChange={(scope: string) => onChange(setField(r, { scope }))} popupMatchSelectWidth={false} />
          ),
        },
        {
          title: '单位',
          key: 'unit',
          width: 100,
          render: (_v, r) => (r.mapping && byCode.get(r.mapping.indicator)?.money ? (
            <Select aria-label={`${r.cell}的金额单位`} style={{ width: '100%' }} disabled={disabled} value={r.mapping.unit ?? '元'}
              options={UNITS} onChange={(unit: MoneyUnit) => onChange(setField(r, { unit }))} />
          ) : null),
        },
        {
          title: '建议',
          key: 'suggestion',
          width: 90,
          render: (_v, r) => {
            if (!r.suggestion) return null;
            const applied = JSON.stringify(r.suggestion) === JSON.stringify(r.mapping);
            return applied ? <Tag color="green">已采用</Tag> : (
              <Tooltip title={describeMapping(r.suggestion, options)}>
                <Button size="small" disabled={disabled} onClick={() => onChange({ ...r, mapping: r.suggestion })}>采用</Button>
              </Tooltip>
            );
          },
        },
      ]}
    />
  );
}
