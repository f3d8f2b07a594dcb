// Geometry of a vertical bar chart (one bar per period) as plain data: the component only draws it as SVG.
import { countAxis } from './scale.ts';
import { textWidth } from './text-width.ts';

export interface Column {
  key: string;
  /** Under the bar, e.g. Q2 or 2026. */
  label: string;
  /** A second line, shown under the first bar of a run that shares it (the year under Q1…Q4); null for none. */
  sublabel: string | null;
  /** What the bar says in words, for its tooltip: 2026年第2季度 8篇. */
  description: string;
  value: number;
}

export interface ColumnChartOptions {
  /** Width to aim for; bars narrow down to MIN_BAND before the chart grows past it. */
  maxWidth?: number;
  plotHeight?: number;
  /** Top of the value axis, to share one scale across small charts; defaults to this chart's own. */
  axisMax?: number;
  /** Gridlines with their values on the left. */
  ticks?: boolean;
  /** Each bar's value above it (where it fits). */
  values?: boolean;
  fontSize?: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ChartText {
  x: number;
  y: number;
  text: string;
}

export interface ColumnChart {
  width: number;
  height: number;
  fontSize: number;
  /** The area bars stand in: bars start at plot.y + plot.height (the zero line). */
  plot: Box;
  bars: (Box & { key: string; value: number; description: string })[];
  /** Gridlines from plot.x to plot.x + plot.width at `y`, labelled at the left. */
  ticks: (ChartText & { value: number })[];
  categoryLabels: ChartText[];
  valueLabels: ChartText[];
}

/** Two decimals are finer than any screen shows, and keep the built pages small and byte-stable. */
export const round = (value: number): number => Math.round(value * 100) / 100;
/** Every number of a shape or label rounded (values are whole counts, which rounding keeps). */
const rounded = <T extends object>(item: T): T => Object.fromEntries(Object.entries(item).map(([key, v]) => [key, typeof v === 'number' ? round(v) : v])) as T;

const MIN_BAND = 14;
const MAX_BAND = 56;
const GAP = 4;

/** Null when there is nothing to draw (no columns, or every value 0): say so in words instead. */
export function columnChart(columns: readonly Column[], options: ColumnChartOptions = {}): ColumnChart | null {
  const { maxWidth = 400, plotHeight = 160, ticks = true, values = true, fontSize = 12 } = options;
  const largest = Math.max(0, ...columns.map((c) => c.value));
  if (columns.length === 0 || largest <= 0) return null;
  const axis = countAxis(Math.max(largest, options.axisMax ?? 0));

  const left = ticks ? Math.ceil(textWidth(String(axis.max), fontSize)) + 2 * GAP : 0;
  const top = values ? fontSize + GAP : GAP;
  const hasSublabels = columns.some((c) => c.sublabel !== null);
  const labelRows = hasSublabels ? 2 : 1;
  const band = Math.min(MAX_BAND, Math.max(MIN_BAND, (maxWidth - left) / columns.length));
  const plot = { x: left, y: top, width: band * columns.length, height: plotHeight };
  const zero = plot.y + plot.height;
  const barWidth = Math.min(band * 0.72, 40);
  const centre = (i: number): number => plot.x + band * i + band / 2;

  const bars = columns.map((column, i) => {
    const height = (column.value / axis.max) * plot.height;
    return { key: column.key, value: column.value, description: column.description, x: centre(i) - barWidth / 2, y: zero - height, width: barWidth, height };
  });
  const valueLabels = values
    ? bars.filter((bar) => textWidth(String(bar.value), fontSize) <= band).map((bar) => ({ x: bar.x + bar.width / 2, y: bar.y - GAP, text: String(bar.value) }))
    : [];
  // Labels wider than a band are shown on every k-th column only, from the first.
  const widest = Math.max(...columns.map((c) => textWidth(c.label, fontSize)));
  const every = Math.max(1, Math.ceil((widest + GAP) / band));
  const labelY = zero + GAP + fontSize;
  const categoryLabels: ChartText[] = [];
  columns.forEach((column, i) => {
    if (i % every === 0) categoryLabels.push({ x: centre(i), y: labelY, text: column.label });
    if (column.sublabel !== null && column.sublabel !== columns[i - 1]?.sublabel) {
      categoryLabels.push({ x: centre(i), y: labelY + fontSize + GAP / 2, text: column.sublabel });
    }
  });
  const tickMarks = ticks ? axis.ticks.map((value) => ({ value, x: plot.x - GAP, y: zero - (value / axis.max) * plot.height, text: String(value) })) : [];
  const height = zero + GAP + labelRows * (fontSize + GAP / 2) + GAP;
  return {
    width: round(plot.x + plot.width),
    height: round(height),
    fontSize,
    plot: rounded(plot),
    bars: bars.map(rounded),
    ticks: tickMarks.map(rounded),
    categoryLabels: categoryLabels.map(rounded),
    valueLabels: valueLabels.map(rounded),
  };
}
