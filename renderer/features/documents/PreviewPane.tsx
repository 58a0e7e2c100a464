/**
 * The GB/T 9704 HTML rendition in a sandboxed frame: no scripts run in it, but it shares the
 * page's origin so the page can fit it to the pane's width (screen only — printing keeps A4 at
 * 100 %) and print exactly the document, nothing of the app around it.
 */
import { PrinterOutlined } from '@ant-design/icons';
import { Button, Flex, Segmented, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';

/** An A4 sheet (210 mm at 96 dpi) plus the frame's scrollbar and a little air. */
const SHEET_PX = 794 + 34;
const FIT_STYLE_ID = 'rd-fit';

export interface PreviewPaneProps {
  html: string;
  title: string;
  /** Shown over the preview when saved changes are not in it yet. */
  notice?: React.ReactNode;
}

function applyZoom(frame: HTMLIFrameElement | null, zoom: number): void {
  const doc = frame?.contentDocument;
  if (!doc?.head) return;
  let style = doc.getElementById(FIT_STYLE_ID);
  if (!style) {
    style = doc.createElement('style');
    style.id = FIT_STYLE_ID;
    doc.head.appendChild(style);
  }
  style.textContent = `@media screen { html { zoom: ${zoom.toFixed(3)}; } }`;
}

export function PreviewPane({ html, title, notice }: PreviewPaneProps) {
  const frame = useRef<HTMLIFrameElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  const [mode, setMode] = useState<'fit' | 'actual'>('fit');
  const zoom = mode === 'actual' || width <= 0 ? 1 : Math.min(1, width / SHEET_PX);

  useEffect(() => {
    const el = box.current;
    if (!el) return undefined;
    const ro = new ResizeObserver(() => setWidth(el.clientWidth));
    ro.observe(el);
    setWidth(el.clientWidth);
    return () => ro.disconnect();
  }, []);

  useEffect(() => applyZoom(frame.current, zoom), [zoom, html]);

  const print = useCallback(() => {
    const w = frame.current?.contentWindow;
    if (!w) return;
    w.focus();
    w.print();
  }, []);

  return (
    <Flex vertical gap={8} className="rd-doc-preview">
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Text strong ellipsis className="rd-doc-preview-title" title={title}>{title}</Typography.Text>
        <Flex gap={8} align="center">
          <Segmented
            size="small"
            value={mode}
            onChange={(v) => setMode(v as 'fit' | 'actual')}
            options={[{ label: '适应宽度', value: 'fit' }, { label: '100%', value: 'actual' }]}
          />
          <Button icon={<PrinterOutlined />} onClick={print}>打印</Button>
        </Flex>
      </Flex>
      {notice}
      <div ref={box} className="rd-doc-frame-box">
        <iframe
          ref={frame}
          title="文书预览"
          className="rd-doc-frame"
          // allow-same-origin without allow-scripts: nothing runs inside; the page may style and print it.
          sandbox="allow-same-origin allow-modals"
          srcDoc={html}
          onLoad={() => applyZoom(frame.current, zoom)}
        />
      </div>
    </Flex>
  );
}
