// `npm run lighthouse` writes its table into docs/benchmarks.md: the format, and the section replaced in place.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  lighthouseSection,
  median,
  scoreTable,
  SECTION_BEGIN,
  SECTION_END,
  withLighthouseSection,
  type LighthouseRun,
} from '../../../scripts/lib/lighthouse-report.ts';

const RUN: LighthouseRun = {
  date: '2026-12-01',
  chromium: '156.0.8078.114',
  lighthouse: '12.2.3',
  node: 'v20.20.2',
  benchmarkIndex: 1124,
  loadAverage: 2.04,
  runs: 3,
  pages: [
    { name: 'home', path: '/', scores: { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 }, shortfalls: [] },
    {
      name: 'search',
      path: '/search/?q=肺癌',
      scores: { performance: 97, accessibility: 100, 'best-practices': null, seo: 100 },
      shortfalls: ['performance 97: Total Blocking Time (130 ms)'],
    },
  ],
};

describe('lighthouse report', () => {
  it('tables one row per page, the four categories in order, – for an unscored one', () => {
    expect(scoreTable(RUN.pages).split('\n')).toEqual([
      '| page | URL | performance | accessibility | best practices | SEO |',
      '| --- | --- | --- | --- | --- | --- |',
      '| home | `/` | 100 | 100 | 100 | 100 |',
      '| search | `/search/?q=肺癌` | 97 | 100 | – | 100 |',
    ]);
  });

  it('says when and with what it ran, that performance depends on the machine, and what is below 100', () => {
    const section = lighthouseSection(RUN);
    expect(section).toContain('date: 2026-12-01 · chromium: 156.0.8078.114 · lighthouse: 12.2.3 · node: v20.20.2 · CPU benchmark index: 1124 · load average: 2.0');
    expect(section).toContain('median of 3 runs');
    expect(section).toMatch(/performance score depends on the machine/);
    expect(section).toContain('- search: performance 97: Total Blocking Time (130 ms)');
    expect(lighthouseSection({ ...RUN, pages: [RUN.pages[0]!] })).toContain('Every page scores 100 in all four categories.');
  });

  it('replaces only the text between its markers, and adds the section before the history when missing', () => {
    const before = `# Benchmarks\n\n<!-- bench:300 -->\nbench\n<!-- /bench:300 -->\n\n${SECTION_BEGIN}\nold table\n${SECTION_END}\n\n## History\n\nrows\n`;
    const after = withLighthouseSection(before, 'new table');
    expect(after).toBe(before.replace('old table', 'new table'));
    expect(withLighthouseSection(after, 'newer')).toBe(before.replace('old table', 'newer'));

    const fresh = withLighthouseSection('# Benchmarks\n\n## History\n\nrows\n', 'table');
    expect(fresh).toBe(`# Benchmarks\n\n${SECTION_BEGIN}\ntable\n${SECTION_END}\n\n## History\n\nrows\n`);
    expect(withLighthouseSection('# Benchmarks\n', 'table')).toBe(`# Benchmarks\n\n${SECTION_BEGIN}\ntable\n${SECTION_END}\n`);
  });

  it('docs/benchmarks.md has exactly one lighthouse section', () => {
    const doc = readFileSync(new URL('../../../docs/benchmarks.md', import.meta.url), 'utf8');
    expect(doc.split(SECTION_BEGIN)).toHaveLength(2);
    expect(doc.indexOf(SECTION_END)).toBeGreaterThan(doc.indexOf(SECTION_BEGIN));
  });

  it('takes the middle score of the runs, leaving out unscored ones', () => {
    expect(median([97, 100, 99])).toBe(99);
    expect(median([98, null, 100])).toBe(98);
    expect(median([null])).toBeNull();
  });
});
