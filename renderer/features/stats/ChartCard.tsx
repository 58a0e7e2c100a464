/**
 * One chart on screen: the document's own spec drawn by SpecChart at the measured width, with
 * 导出 PNG / 导出 SVG of exactly the markup shown (legend and unit are inside the <svg>).
 */
import { FileImageOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Card, Space } from 'antd';
import { useRef } from 'react';
import type { ChartSpec } from '../../../shared/charts/chart-spec';
import { SpecChart } from '../../charts/SpecChart';
import { chartFileName, chartPngBlob, chartSvgBlob, downloadBlob } from '../../charts/export-chart';
import { describeError } from '../../lib/api-error';
import { useElementWidth } from './use-element-width';

/** Horizontal progress charts grow with their rows; the others keep a document-like ratio. */
export function chartHeight(spec: ChartSpec): number {
  if (spec.type === 'progress') return Math.max(240, 90 + spec.categories.length * 40);
  return 340;
}

export function ChartCard({ spec, height }: { spec: ChartSpec; height?: number }) {
  const { message } = AntApp.useApp();
  const [boxRef, width] = useElementWidth<HTMLDivElement>();
  const chartRef = useRef<HTMLDivElement>(null);
  const h = height ?? chartHeight(spec);

  const exportAs = async (ext: 'png' | 'svg') => {
    const el = chartRef.current;
    if (!el) return;
    try {
      const blob = ext === 'png' ? await chartPngBlob(el) : chartSvgBlob(el);
      const name = chartFileName(spec.title, ext);
      downloadBlob(blob, name);
      message.success(`已导出 ${name}`);
    } catch (e) {
      message.error(`导出“${spec.title}”失败：${describeError(e)}`);
    }
  };

  return (
    <Card
      size="small"
      className="rd-chart-card"
      data-chart-id={spec.id}
      title={spec.title}
      extra={(
        <Space size={4}>
          <Button size="small" icon={<FileImageOutlined />} onClick={() => void exportAs('png')} aria-label={`导出 PNG：${spec.title}`}>导出 PNG</Button>
          <Button size="small" onClick={() => void exportAs('svg')} aria-label={`导出 SVG：${spec.title}`}>导出 SVG</Button>
        </Space>
      )}
    >
      <div ref={boxRef} className="rd-chart-box" style={{ height: h }}>
        {width > 0 ? (
          <div ref={chartRef}>
            <SpecChart spec={spec} width={width} height={h} />
          </div>
        ) : null}
      </div>
    </Card>
  );
}
