// Geometry of a ranked list of horizontal bars (top journals): each row its name on a line, the bar under it
// with the count at its end. Direct labels instead of an axis, so long names get the full width.
import { fitText, textWidth } from './text-width.ts';
import { round, type Box, type ChartText } from './column-chart.ts';

export interface BarListRow {
  key: string;
  label: string;
  value: number;
}

export interface BarList {
  width: number;
  height: number;
  fontSize: number;
  rows: { key: string; value: number; label: ChartText; bar: Box; valueLabel: ChartText }[];
}

const GAP = 4;

/** Null when there is nothing to draw. Bars are proportional to the largest value, which spans the width. */
export function barList(rows: readonly BarListRow[], options: { width?: number; fontSize?: number } = {}): BarList | null {
  const { width = 400, fontSize = 12 } = options;
  const largest = Math.max(0, ...rows.map((r) => r.value));
  if (rows.length === 0 || largest <= 0) return null;
  const valueRoom = Math.ceil(textWidth(String(largest), fontSize)) + 2 * GAP;
  const barHeight = fontSize;
  const rowHeight = fontSize + GAP + barHeight + 2 * GAP;
  const laidOut = rows.map((row, i) => {
    const top = i * rowHeight;
    const barY = top + fontSize + GAP;
    const barWidth = round((row.value / largest) * (width - valueRoom));
    return {
      key: row.key,
      value: row.value,
      label: { x: 0, y: top + fontSize - 2, text: fitText(row.label, width, fontSize) },
      bar: { x: 0, y: barY, width: barWidth, height: barHeight },
      valueLabel: { x: round(barWidth + GAP), y: barY + barHeight - 2, text: String(row.value) },
    };
  });
  return { width, height: rows.length * rowHeight, fontSize, rows: laidOut };
}
