/**
 * Columns of the pivot table: the row dimension, then per indicator either one column (one
 * dimension) or a column per member of the second dimension plus 合计. Every number that can be
 * explained is a link that opens the drill-down.
 */
import type { TableColumnsType } from 'antd';
import { DIM_LABELS } from '../../../shared/stats/pivot';
import type { Measure } from '../../../shared/stats/format';
import type { DimKey, Figure, FigureSet } from '../../../shared/stats/types';
import { figureDisplay, figureHeading, isDrillable } from '../../lib/stats-format';
import type { PivotGrid, PivotTableRow } from '../../lib/stats-pivot';

export type OnDrill = (f: Figure, keys: (DimKey | null)[]) => void;

export interface PivotColumnOptions {
  grid: PivotGrid;
  indicators: readonly string[];
  /** Any figure of each indicator (name and unit for the headings). */
  info: FigureSet;
  measure: Measure;
  onDrill: OnDrill;
}


function Cell({ f, keys, measure, onDrill }: { f: Figure | undefined; keys: (DimKey | null)[]; measure: Measure; onDrill: OnDrill }) {
  if (!f) return <span className="rd-muted">—</span>;
  const { text } = figureDisplay(f, measure);
  if (!isDrillable(f, measure)) return <span className="rd-muted" title={f.note}>{text}</span>;
  const where = keys.filter(Boolean).map((k) => k!.label).join(' · ') || '全市';
  return (
    <a className="rd-pivot-num" role="button" aria-label={`${where} ${f.name} ${text}，查看明细`} onClick={() => onDrill(f, keys)}>
      {text}
    </a>
  );
}

export function pivotColumns(o: PivotColumnOptions): TableColumnsType<PivotTableRow> {
  const { grid, indicators, info, measure, onDrill } = o;
  const head = {
    title: grid.colDim ? `${DIM_LABELS[grid.rowDim]} ＼ ${DIM_LABELS[grid.colDim]}` : DIM_LABELS[grid.rowDim],
    key: '__head',
    fixed: 'left' as const,
    width: 120,
    className: 'rd-pivot-head',
    render: (_v: unknown, r: PivotTableRow) => (r.head ? r.head.label : <strong>合计</strong>),
  };
  const cell = (code: string, r: PivotTableRow, fs: FigureSet | undefined, col: DimKey | null) => (
    <Cell f={fs?.[code]} keys={grid.colDim ? [r.head, col] : [r.head]} measure={measure} onDrill={onDrill} />
  );
  const columns: TableColumnsType<PivotTableRow> = [head];
  for (const code of indicators) {
    const title = info[code] ? figureHeading(info[code]) : code;
    if (!grid.colDim) {
      columns.push({ title, key: code, align: 'right', render: (_v, r) => cell(code, r, r.total, null) });
      continue;
    }
    columns.push({
      title,
      key: code,
      align: 'center',
      children: [
        ...grid.colKeys.map((k) => ({
          title: k.label, key: `${code}:${k.code}`, align: 'right' as const,
          render: (_v: unknown, r: PivotTableRow) => cell(code, r, r.byCol[k.code], k),
        })),
        {
          title: '合计', key: `${code}:__total`, align: 'right' as const, className: 'rd-pivot-total-col',
          render: (_v: unknown, r: PivotTableRow) => cell(code, r, r.total, null),
        },
      ],
    });
  }
  return columns;
}
