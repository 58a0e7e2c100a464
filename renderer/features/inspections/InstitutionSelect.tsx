/** Picks a roster institution by typing part of its name or code (roster:list on the backend). */
import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../../api/client';

export interface InstitutionSelectProps {
  value?: number | null;
  onChange?: (id: number | null, name: string | null) => void;
  /** Label of the current value when the options have not been searched yet (editing). */
  initialLabel?: string | null;
  allowClear?: boolean;
  placeholder?: string;
}

export function InstitutionSelect({ value, onChange, initialLabel, allowClear, placeholder }: InstitutionSelectProps) {
  const [query, setQuery] = useState('');
  const [options, setOptions] = useState<{ value: number; label: string }[]>([]);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    let live = true;
    setLoading(true);
    const t = setTimeout(() => {
      api.invoke('roster:list', { ...(query.trim() ? { query: query.trim() } : {}), limit: 30 })
        .then((p) => { if (live) setOptions(p.rows.map((i) => ({ value: i.id, label: `${i.name}（${i.districtName}，${i.ownership}）` }))); })
        .catch(() => { if (live) setOptions([]); })
        .finally(() => { if (live) setLoading(false); });
    }, 250);
    return () => { live = false; clearTimeout(t); };
  }, [query]);

  const withCurrent = value && initialLabel && !options.some((o) => o.value === value) ? [{ value, label: initialLabel }, ...options] : options;
  return (
    <Select<number>
      showSearch
      allowClear={allowClear}
      filterOption={false}
      placeholder={placeholder ?? '输入机构名称或统一社会信用代码搜索'}
      value={value ?? undefined}
      options={withCurrent}
      loading={loading}
      onSearch={setQuery}
      onChange={(v) => onChange?.(v ?? null, withCurrent.find((o) => o.value === v)?.label.replace(/（.*$/, '') ?? null)}
      notFoundContent={loading ? '搜索中…' : '名册中没有匹配的机构'}
    />
  );
}
