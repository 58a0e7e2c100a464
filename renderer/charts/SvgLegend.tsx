/**
 * Legend and text notes drawn as SVG inside the chart surface. recharts' own Legend is an HTML
 * div outside the <svg>, so it would be missing from the PNG in documents and from SVG exports;
 * this one is part of the drawing in both outputs.
 */
import { CHART_FONT, CHART_FONT_FAMILY, CHART_MUTED_COLOR, CHART_TEXT_COLOR, type PlacedLegendItem } from './chart-layout';

export interface SvgLegendProps {
  items: PlacedLegendItem[];
}

export function SvgLegend({ items }: SvgLegendProps) {
  return (
    <g className="spec-chart-legend">
      {items.map((it, i) => (
        <g key={`${i}-${it.name}`}>
          {it.kind === 'rect' ? (
            <rect
              x={it.x}
              y={it.y - 6}
              width={14}
              height={12}
              fill={it.color}
              stroke={CHART_MUTED_COLOR}
              strokeWidth={0.6}
            />
          ) : (
            <g>
              <line
                x1={it.x}
                x2={it.x + 14}
                y1={it.y}
                y2={it.y}
                stroke={it.color}
                strokeWidth={2}
                strokeDasharray={it.dash || undefined}
              />
              <circle cx={it.x + 7} cy={it.y} r={2.5} fill={it.color} />
            </g>
          )}
          <text
            x={it.x + 20}
            y={it.y}
            dominantBaseline="central"
            fontSize={CHART_FONT.legend}
            fontFamily={CHART_FONT_FAMILY}
            fill={CHART_TEXT_COLOR}
          >
            {it.name}
          </text>
        </g>
      ))}
    </g>
  );
}

export interface SvgNoteProps {
  text: string;
  x: number;
  y: number;
  anchor?: 'start' | 'middle' | 'end';
  fontSize?: number;
  bold?: boolean;
  color?: string;
}

export function SvgNote({ text, x, y, anchor = 'start', fontSize = CHART_FONT.note, bold, color }: SvgNoteProps) {
  return (
    <text
      x={x}
      y={y}
      textAnchor={anchor}
      fontSize={fontSize}
      fontWeight={bold ? 'bold' : undefined}
      fontFamily={CHART_FONT_FAMILY}
      fill={color ?? CHART_MUTED_COLOR}
    >
      {text}
    </text>
  );
}
