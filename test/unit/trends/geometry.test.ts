import { describe, expect, it } from 'vitest';
import { barList } from '../../../src/lib/trends/bar-list.ts';
import { columnChart, type Column } from '../../../src/lib/trends/column-chart.ts';
import { columnsOf, countsInWords } from '../../../src/lib/trends/columns.ts';
import { countAxis, roundStep } from '../../../src/lib/trends/scale.ts';
import { fitText, textWidth } from '../../../src/lib/trends/text-width.ts';

const columns = (...values: number[]): Column[] =>
  values.map((value, i) => ({ key: `k${i}`, label: String(2020 + i), sublabel: null, description: `${value}篇`, value }));

describe('count axis', () => {
  it.each([
    [1, 1, [0, 1]],
    [3, 1, [0, 1, 2, 3]],
    [6, 2, [0, 2, 4, 6]],
    [7, 2, [0, 2, 4, 6, 8]],
    [42, 10, [0, 10, 20, 30, 40, 50]],
    [100, 20, [0, 20, 40, 60, 80, 100]],
    [240, 50, [0, 50, 100, 150, 200, 250]],
    [0, 1, [0, 1]],
  ])('for a largest count of %i steps by %i: %j', (largest, step, ticks) => {
    const axis = countAxis(largest);
    expect(axis.step).toBe(step);
    expect(axis.ticks).toEqual(ticks);
    expect(axis.max).toBe(ticks[ticks.length - 1]);
  });

  it('always ends at a round number at or just above the largest count, never a step beyond', () => {
    for (let largest = 1; largest <= 2000; largest++) {
      const axis = countAxis(largest);
      expect(axis.max).toBeGreaterThanOrEqual(largest);
      expect(axis.max - axis.step).toBeLessThan(largest);
      expect(axis.ticks.length).toBeLessThanOrEqual(6);
      expect([1, 2, 5]).toContain(axis.step / 10 ** Math.floor(Math.log10(axis.step)));
    }
    expect(roundStep(0.3)).toBe(1);
  });
});

describe('column chart geometry', () => {
  it('draws bars proportional to their values from one zero line', () => {
    const chart = columnChart(columns(2, 8, 5));
    if (!chart) throw new Error('no chart');
    const zero = chart.plot.y + chart.plot.height;
    expect(chart.bars.map((b) => b.value)).toEqual([2, 8, 5]);
    for (const bar of chart.bars) {
      expect(bar.y + bar.height).toBeCloseTo(zero);
      expect(bar.height / chart.plot.height).toBeCloseTo(bar.value / 8);
    }
    expect(chart.ticks.map((t) => t.value)).toEqual([0, 2, 4, 6, 8]);
    expect(chart.ticks[0]?.y).toBeCloseTo(zero);
    expect(chart.ticks.at(-1)?.y).toBeCloseTo(chart.plot.y);
  });

  it('draws one bar for one value, on an axis from 0 to a round number', () => {
    const chart = columnChart(columns(6));
    expect(chart?.bars).toHaveLength(1);
    expect(chart?.ticks.map((t) => t.value)).toEqual([0, 2, 4, 6]);
    expect(chart?.bars[0]?.height).toBeCloseTo(chart?.plot.height ?? 0);
    // A lone bar stays bar-sized rather than stretching across the page.
    expect(chart?.width).toBeLessThan(100);
  });

  it('draws nothing for no values or only zeros', () => {
    expect(columnChart([])).toBeNull();
    expect(columnChart(columns(0, 0))).toBeNull();
  });

  it('shares a scale when given one, so small charts compare', () => {
    const small = columnChart(columns(1, 2), { axisMax: 10 });
    expect(small?.ticks.at(-1)?.value).toBe(10);
    expect(small?.bars[1]?.height).toBeCloseTo((small?.plot.height ?? 0) / 5);
  });

  it('keeps bars and labels inside the drawing', () => {
    const chart = columnChart(columnsOf(Array.from({ length: 12 }, (_v, i) => ({ period: { key: `q${i}`, year: 2024 + Math.floor(i / 4), quarter: (i % 4) + 1 }, papers: i * 7 }))));
    if (!chart) throw new Error('no chart');
    for (const bar of chart.bars) {
      expect(bar.x).toBeGreaterThanOrEqual(chart.plot.x);
      expect(bar.x + bar.width).toBeLessThanOrEqual(chart.width);
      expect(bar.y).toBeGreaterThanOrEqual(0);
    }
    for (const label of [...chart.categoryLabels, ...chart.valueLabels, ...chart.ticks]) {
      expect(label.y).toBeLessThanOrEqual(chart.height);
      expect(label.y).toBeGreaterThan(0);
    }
    // The year goes once under its first quarter.
    expect(chart.categoryLabels.filter((l) => /^\d{4}$/.test(l.text)).map((l) => l.text)).toEqual(['2024', '2025', '2026']);
  });

  it('shows every other label when they would collide', () => {
    const chart = columnChart(columns(...Array.from({ length: 40 }, () => 1)), { maxWidth: 400 });
    const labelled = chart?.categoryLabels.length ?? 0;
    expect(labelled).toBeGreaterThan(0);
    expect(labelled).toBeLessThan(40);
  });

  it('leaves out gridlines and value labels when asked (sparklines)', () => {
    const chart = columnChart(columns(3, 4), { ticks: false, values: true });
    expect(chart?.ticks).toEqual([]);
    expect(chart?.plot.x).toBe(0);
    expect(chart?.valueLabels.map((l) => l.text)).toEqual(['3', '4']);
  });
});

describe('bar list geometry', () => {
  it('gives the largest value the full width and the others their share', () => {
    const list = barList([
      { key: 'a', label: 'Radiology', value: 10 },
      { key: 'b', label: 'JNM', value: 5 },
    ]);
    if (!list) throw new Error('no list');
    const [a, b] = list.rows;
    expect(b?.bar.width).toBeCloseTo((a?.bar.width ?? 0) / 2);
    expect((a?.valueLabel.x ?? 0) + textWidth('10', 12)).toBeLessThanOrEqual(list.width);
    expect(list.rows.map((r) => r.label.text)).toEqual(['Radiology', 'JNM']);
    expect(b?.bar.y).toBeGreaterThan((a?.bar.y ?? 0) + (a?.bar.height ?? 0));
  });

  it('cuts a name too long for the width, keeping its start', () => {
    const name = 'European Journal of Nuclear Medicine and Molecular Imaging Research and Radiopharmaceutical Chemistry';
    const row = barList([{ key: 'x', label: name, value: 1 }], { width: 300 })?.rows[0];
    expect(row?.label.text.endsWith('…')).toBe(true);
    expect(name.startsWith(row?.label.text.slice(0, -1) ?? '?')).toBe(true);
    expect(textWidth(row?.label.text ?? '', 12)).toBeLessThanOrEqual(300);
    expect(fitText('短', 300, 12)).toBe('短');
  });

  it('draws nothing for no rows', () => {
    expect(barList([])).toBeNull();
  });
});

describe('chart words', () => {
  it('label quarters Q1–Q4 with their year, and say every figure in the summary', () => {
    const counts = [
      { period: { key: '2025-Q4', year: 2025, quarter: 4 }, papers: 2 },
      { period: { key: '2026-Q1', year: 2026, quarter: 1 }, papers: 0 },
    ];
    expect(columnsOf(counts).map((c) => [c.label, c.sublabel, c.description])).toEqual([
      ['Q4', '2025', '2025年第4季度 2篇'],
      ['Q1', '2026', '2026年第1季度 0篇'],
    ]);
    expect(countsInWords(counts)).toBe('2025年第4季度 2篇,2026年第1季度 0篇');
  });
});
