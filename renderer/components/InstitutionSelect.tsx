/**
 * Pick one institution from the roster by typing part of its name, alias or USCC. Searches the
 * backend (roster:list, 30 at a time), so it works the same with 20 or 20 000 institutions.
 */
import { Select, type SelectProps } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { api } from '../api/client';

export interface InstitutionOption {
  value: number;
  label: string;
}

export type InstitutionSelectProps = Omit<SelectProps<number>, 'options' | 'onChange' | 'value' | 'showSearch' | 'filterOption' | 'onSearch'> & {
  value?: number;
  /** The name to show for `value` before any search (e.g. from the address). */
  valueLabel?: string;
  onChange?: (id: number | undefined, name: string | undefined) => void;
  includeRetired?: boolean;
};

export function InstitutionSelect({ value, valueLabel, onChange, includeRetired, ...rest }: InstitutionSelectProps) {
  const [query, setQuery] = useState('');
  const [options, setOptions] = useState<InstitutionOption[]>([]);
  const [loading, setLoading] = useState(false);
  const seq = useRef(0);

  useEffect(() => {
    const mine = ++seq.current;
    const t = setTimeout(() => {
      setLoading(true);
      api.invoke('roster:list', { ...(query.trim() ? { query: query.trim() } : {}), includeRetired: !!includeRetired, limit: 30 })
        .then((page) => {
          if (mine === seq.current) setOptions(page.rows.map((i) => ({ value: i.id, label: `${i.name}（${i.districtName}）` })));
        })
        .catch(() => {
          if (mine === seq.current) setOptions([]);
        })
        .finally(() => {
          if (mine === seq.current) setLoading(false);
        });
    }, 250);
    return () => clearTimeout(t);
  }, [query, includeRetired]);

  const merged = value !== undefined && valueLabel && !options.some((o) => o.value === value)
    ? [{ value, label: valueLabel }, ...options]
    : options;

  return (
    <Select<number>
      showSearch
      allowClear
      placeholder="输入机构名称或信用代码"
      notFoundContent={loading ? '正在查找…' : '没有找到机构'}
      {...rest}
      value={value}
      loading={loading}
      filterOption={false}
      onSearch={setQuery}
      options={merged}
      onChange={(id) => {
        const label = merged.find((o) => o.value === id)?.label;
        onChange?.(id ?? undefined, label?.replace(/（[^（]*）$/, ''));
      }}
    />
  );
}
