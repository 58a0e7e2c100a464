/**
 * One chart on screen: the document's own spec drawn by SpecChart at the measured width, with
 * 导出 PNG / 导出 SVG. The export draws the spec once more off screen in document mode (no
 * animation, no tooltip — exactly what the bulletin embeds), so a click during the on-screen
 * animation or while hovering never yields a half-drawn picture.
 */
import { FileImageOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Card, Space } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { ChartSpec } from '../../../shared/charts/chart-spec';
import { SpecChart } from '../../charts/SpecChart';
import { chartFileName, chartPngBlob, chartSvgBlob, downloadBlob, findChartSvg } from '../../charts/export-chart';
import { describeError } from '../../lib/api-error';
import { useElementWidth } from './use-element-width';

type ExportKind = 'png' | 'svg';

/** Horizontal progress charts grow with their rows; the others keep a document-like ratio. */
export function chartHeight(spec: ChartSpec): number {
  if (spec.type === 'progress') return Math.max(240, 90 + spec.categories.length * 40);
  return 340;
}

const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

/** Recharts lays out over a few commits after mount: wait until the markup stops changing. */
async function settledSvg(root: HTMLElement): Promise<void> {
  let last = '';
  for (let i = 0; i < 60; i++) {
    await nextFrame();
    const svg = findChartSvg(root);
    const now = svg ? svg.outerHTML : '';
    if (now && now === last) return;
    last = now;
  }
  if (!last) throw new Error('图表未能绘制');
}

export function ChartCard({ spec, height }: { spec: ChartSpec; height?: number }) {
  const { message } = AntApp.useApp();
  const [boxRef, width] = useElementWidth<HTMLDivElement>();
  const exportRef = useRef<HTMLDivElement>(null);
  const [exporting, setExporting] = useState<ExportKind | null>(null);
  const h = height ?? chartHeight(spec);

  useEffect(() => {
    if (!exporting) return undefined;
    let cancelled = false;
    void (async () => {
      try {
        const el = exportRef.current;
        if (!el) throw new Error('图表尚未渲染');
        await settledSvg(el);
        if (cancelled) return;
        const blob = exporting === 'png' ? await chartPngBlob(el) : chartSvgBlob(el);
        const name = chartFileName(spec.title, exporting);
        downloadBlob(blob, name);
        message.success(`已导出 ${name}`);
      } catch (e) {
        message.error(`导出“${spec.title}”失败：${describeError(e)}`);
      } finally {
        if (!cancelled) setExporting(null);
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [exporting, spec.title, message]);

  const button = (kind: ExportKind, label: string) => (
    <Button
      size="small"
      icon={kind === 'png' ? <FileImageOutlined /> : undefined}
      loading={exporting === kind}
      disabled={!width || (exporting !== null && exporting !== kind)}
      onClick={() => setExporting(kind)}
      aria-label={`${label}：${spec.title}`}
    >
      {label}
    </Button>
  );

  return (
    <Card
      size="small"
      className="rd-chart-card"
      data-chart-id={spec.id}
      title={spec.title}
      extra={<Space size={4}>{button('png', '导出 PNG')}{button('svg', '导出 SVG')}</Space>}
    >
      <div ref={boxRef} className="rd-chart-box" style={{ height: h }}>
        {width > 0 ? <SpecChart spec={spec} width={width} height={h} /> : null}
      </div>
      {exporting && width > 0 ? (
        <div ref={exportRef} className="rd-chart-export" aria-hidden>
          <SpecChart spec={spec} width={width} height={h} forExport />
        </div>
      ) : null}
    </Card>
  );
}
