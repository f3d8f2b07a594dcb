// `npm run lighthouse`'s figures as text: the score table and its section of docs/benchmarks.md, replaced on each run.
// Pure, so a unit test checks the format and the markers without a browser.

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

const CATEGORY_TITLES: Record<Category, string> = {
  performance: 'performance',
  accessibility: 'accessibility',
  'best-practices': 'best practices',
  seo: 'SEO',
};

export const SECTION_BEGIN = '<!-- lighthouse -->';
export const SECTION_END = '<!-- /lighthouse -->';

export interface PageScores {
  /** What the page is, for the table: home, paper, search. */
  name: string;
  path: string;
  /** 0–100, or null when Lighthouse could not score the category. */
  scores: Record<Category, number | null>;
  /** Why a category is below 100: the failing audits' titles and values. */
  shortfalls: string[];
}

export interface LighthouseRun {
  date: string;
  chromium: string;
  lighthouse: string;
  node: string;
  /** Lighthouse's measure of the CPU during the runs (median), and the machine's load when they ended. */
  benchmarkIndex: number | null;
  loadAverage: number;
  /** Performance is the median of this many runs per page. */
  runs: number;
  pages: PageScores[];
}

/** The middle value of the runs (the lower middle for an even count); null when no run gave one. */
export function median(values: readonly (number | null)[]): number | null {
  const scored = values.filter((score): score is number => score !== null).sort((a, b) => a - b);
  if (scored.length === 0) return null;
  return scored[Math.floor((scored.length - 1) / 2)] ?? null;
}

export function scoreTable(pages: readonly PageScores[]): string {
  const header = `| page | URL | ${CATEGORIES.map((c) => CATEGORY_TITLES[c]).join(' | ')} |`;
  const rule = `| --- | --- | ${CATEGORIES.map(() => '---').join(' | ')} |`;
  const rows = pages.map((page) => `| ${page.name} | \`${page.path}\` | ${CATEGORIES.map((c) => page.scores[c] ?? '–').join(' | ')} |`);
  return [header, rule, ...rows].join('\n');
}

/** The section's text between the markers: conditions, the table, and what keeps a page below 100. */
export function lighthouseSection(run: LighthouseRun): string {
  const below = run.pages.filter((page) => page.shortfalls.length > 0);
  return [
    `date: ${run.date} · chromium: ${run.chromium} · lighthouse: ${run.lighthouse} · node: ${run.node} · ` +
      `CPU benchmark index: ${run.benchmarkIndex ?? '–'} · load average: ${run.loadAverage.toFixed(1)}`,
    '',
    `Lighthouse's default mobile config (emulated phone, simulated slow 4G, CPU 4× slower); performance is the median of ${run.runs} run${run.runs === 1 ? '' : 's'} per page.`,
    'The performance score depends on the machine (its speed and what else runs on it, see the benchmark index and load above): compare runs from one quiet machine, not across machines.',
    '',
    scoreTable(run.pages),
    '',
    below.length === 0
      ? 'Every page scores 100 in all four categories.'
      : ['Below 100:', ...below.map((page) => `- ${page.name}: ${page.shortfalls.join('; ')}`)].join('\n'),
  ].join('\n');
}

/** The document with its lighthouse section replaced (or added before the history, or at the end). */
export function withLighthouseSection(document: string, section: string): string {
  const block = `${SECTION_BEGIN}\n${section}\n${SECTION_END}`;
  const begin = document.indexOf(SECTION_BEGIN);
  const end = document.indexOf(SECTION_END, begin);
  if (begin >= 0 && end >= 0) return document.slice(0, begin) + block + document.slice(end + SECTION_END.length);
  const history = document.indexOf('## History');
  if (history >= 0) return `${document.slice(0, history)}${block}\n\n${document.slice(history)}`;
  return `${document.replace(/\n*$/, '')}\n\n${block}\n`;
}
