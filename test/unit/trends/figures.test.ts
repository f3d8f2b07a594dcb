import { describe, expect, it } from 'vitest';
import type { Paper } from '../../../src/lib/newsletter/archive.ts';
import { countPerPeriod, papersPerYear, topicBreakdown, topJournals, trendFigures } from '../../../src/lib/trends/figures.ts';
import { granularityFor, periodsSpanning, quarterOf } from '../../../src/lib/trends/periods.ts';
import type { Topic } from '../../../src/lib/topics/taxonomy.ts';

/** Only what the figures read: issue, date, journal and tags. */
function paper(id: string, issueDate: string, journal: string, modalities: string[], diseases: string[] = []): Paper {
  const [issue, order] = id.split('-').map(Number);
  return { id, issueNumber: issue, order, issueDate, journal: { name: journal, slug: journal.toLowerCase() }, modalities, diseases } as unknown as Paper;
}
const topic = (slug: string, label: string, kind: Topic['kind']): Topic => ({ slug, label, labelEn: slug.toUpperCase(), kind }) as unknown as Topic;
const TOPICS = [topic('ct', 'CT', 'modalities'), topic('mri', '磁共振', 'modalities'), topic('pet', 'PET', 'modalities'), topic('lung-cancer', '肺癌', 'diseases')];

// Hand-counted: 2025Q4 has 2 papers (issue 1), 2026Q1 none, 2026Q2 has 3 (issues 2 and 3).
const PAPERS = [
  paper('1-1', '2025-11-20', 'Radiology', ['ct'], ['lung-cancer']),
  paper('1-2', '2025-11-20', 'JNM', ['pet', 'ct']),
  paper('2-1', '2026-04-02', 'Radiology', ['mri']),
  paper('3-1', '2026-06-25', 'Radiology', ['ct'], ['lung-cancer']),
  paper('3-2', '2026-06-25', 'Lancet', []),
];

describe('periods', () => {
  it.each([
    ['2026-01-01', 1],
    ['2026-03-31', 1],
    ['2026-04-01', 2],
    ['2026-09-30', 3],
    ['2026-12-31', 4],
  ])('puts %s in quarter %i', (date, quarter) => {
    expect(quarterOf(date)).toBe(quarter);
  });

  it('spans from the first to the last period with empty ones in between', () => {
    expect(periodsSpanning(['2026-06-25', '2025-11-20'], 'quarter').map((p) => p.key)).toEqual(['2025-Q4', '2026-Q1', '2026-Q2']);
    expect(periodsSpanning(['2026-06-25', '2023-01-05'], 'year').map((p) => p.key)).toEqual(['2023', '2024', '2025', '2026']);
    expect(periodsSpanning([], 'year')).toEqual([]);
  });

  it('counts by quarter up to 12 quarters, by year beyond', () => {
    expect(granularityFor(['2024-01-04', '2026-12-31'])).toBe('quarter');
    expect(granularityFor(['2023-12-28', '2026-12-31'])).toBe('year');
    expect(granularityFor(['2026-06-25'])).toBe('quarter');
  });
});

describe('figures', () => {
  it('count papers per year and issues per year', () => {
    const figures = trendFigures(PAPERS, TOPICS);
    expect(figures.paperCount).toBe(5);
    expect(figures.perYear.map((c) => [c.period.key, c.papers])).toEqual([['2025', 2], ['2026', 3]]);
    expect(figures.issuesPerYear.map((c) => [c.period.key, c.papers])).toEqual([['2025', 1], ['2026', 2]]);
  });

  it('count each modality per quarter, a paper in every modality it has, most papers first', () => {
    const modalities = topicBreakdown('modalities', PAPERS, TOPICS, 'quarter');
    expect(modalities.periods.map((p) => p.key)).toEqual(['2025-Q4', '2026-Q1', '2026-Q2']);
    expect(modalities.series.map((s) => [s.slug, s.total, s.counts.map((c) => c.papers)])).toEqual([
      ['ct', 3, [2, 0, 1]],
      ['mri', 1, [0, 0, 1]],
      ['pet', 1, [1, 0, 0]],
    ]);
    expect(modalities.omittedValues).toBe(0);
  });

  it('keep the top values and say how many are left out', () => {
    const top = topicBreakdown('modalities', PAPERS, TOPICS, 'year', 1);
    expect(top.series.map((s) => [s.slug, s.counts.map((c) => c.papers)])).toEqual([['ct', [2, 1]]]);
    expect(top.omittedValues).toBe(2);
    expect(trendFigures(PAPERS, TOPICS).diseases.series.map((s) => [s.label, s.total])).toEqual([['肺癌', 2]]);
  });

  it('rank journals by papers and sum the rest', () => {
    expect(topJournals(PAPERS)).toEqual({
      journals: [
        { slug: 'radiology', name: 'Radiology', papers: 3 },
        { slug: 'jnm', name: 'JNM', papers: 1 },
        { slug: 'lancet', name: 'Lancet', papers: 1 },
      ],
      omittedJournals: 0,
      omittedPapers: 0,
    });
    expect(topJournals(PAPERS, 1)).toMatchObject({ omittedJournals: 2, omittedPapers: 2 });
  });

  it('count a facet value over the archive’s years, zeros included', () => {
    const years = periodsSpanning(['2024-03-01', '2026-06-25'], 'year');
    expect(papersPerYear([PAPERS[2], PAPERS[3]].filter((p) => p !== undefined), years).map((c) => c.papers)).toEqual([0, 0, 2]);
    expect(countPerPeriod(PAPERS, [], 'year')).toEqual([]);
  });

  it('give a single issue a single period', () => {
    const single = trendFigures(PAPERS.filter((p) => p.issueNumber === 3), TOPICS);
    expect(single.perYear.map((c) => [c.period.key, c.papers])).toEqual([['2026', 2]]);
    expect(single.modalities.periods.map((p) => p.key)).toEqual(['2026-Q2']);
  });

  it('have nothing to show for no papers', () => {
    const empty = trendFigures([], TOPICS);
    expect(empty.perYear).toEqual([]);
    expect(empty.modalities.series).toEqual([]);
    expect(empty.journals.journals).toEqual([]);
  });
});
