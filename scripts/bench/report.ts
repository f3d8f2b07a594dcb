// The benchmark's figures as a table in docs/benchmarks.md: one section per archive size, replaced on each run.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { longQueryLine, type LongQueryTiming } from './long-queries.ts';
import type { BenchQuery } from './measure.ts';

export interface QueryQuality {
  query: string;
  kind: string;
  truth: number;
  found: number;
  recall: number;
  extra: number;
}

export interface KindQuality {
  queries: number;
  recall: number;
  extra: number;
}

export interface EngineSummary {
  /** Papers (ours) or pages (Pagefind) the engine's index holds; the sanity checks require the archive's paper count. */
  pagesIndexed: number;
  firstBytes: number;
  firstRequests: number;
  firstMs: number;
  firstMsMobile: number;
  warmP50Ms: number;
  warmP95Ms: number;
  /** Ours: issue text to index files on disk in a fresh process. Pagefind: its whole CLI run over the built pages. */
  indexBuildMs: number;
  /** Mean over the fixed queries of found-and-true / true. */
  recall: number;
  /** Median over the fixed queries of results not in the ground truth. */
  extraResults: number;
  /** The real search page (ours) or Pagefind's default UI, cold: what loads before the reader types. */
  pageLoadBytes: number;
  pageLoadRequests: number;
  /** Page load plus everything fetched until the first result is drawn. */
  pageBytes: number;
  pageFirstMs: number;
  pageFirstMsMobile: number;
  /** Each typed query: whether a first result was drawn (else the page said it found nothing), its bytes and times. */
  pageQueries: { query: string; found: boolean; bytes: number; firstMs: number; mobileMs: number }[];
  /** Over the queries sampled from the text. */
  sampledRecall: number;
  sampledExtra: number;
  sampledByKind: Record<string, KindQuality>;
  perQuery: (QueryQuality & { coldMs: number; coldBytes: number; mobileMs: number; requests: number })[];
  /** Sampled queries this engine did not fully find, for diagnosis. */
  sampledMisses: QueryQuality[];
}

export interface BenchResult {
  papers: number;
  issues: number;
  /** What the generated archive recombines and how varied its text is. */
  archive: { sourceIssues: number; sourcePapers: number; distinctHanWords: number; distinctLatinWords: number };
  ours: EngineSummary;
  pagefind: EngineSummary | null;
  phases: { parseMs: number; jiebaLoadMs: number; indexWallMs: number; astroBuildMs: number; pagefindMs: number; similarMs: number };
  sizes: { paperPageHtmlBr: number; cssBr: number; searchJsBr: number; indexRawBytes: number };
  /** What the sanity checks confirmed before any figure was taken. */
  sanity: string[];
  queries: BenchQuery[];
  sampledQueries: number;
  longQueries: LongQueryTiming[];
  environment?: Record<string, string>;
}

const REPORT = fileURLToPath(new URL('../../docs/benchmarks.md', import.meta.url));

type Unit = 'bytes' | 'ms' | 'count' | 'ratio';
type FigureKey = keyof Omit<EngineSummary, 'perQuery' | 'sampledByKind' | 'sampledMisses' | 'pageQueries'>;
interface Figure {
  key: FigureKey;
  label: string;
  unit: Unit;
  goal: string;
}

const ENGINE_FIGURES: Figure[] = [
  { key: 'pagesIndexed', label: 'papers indexed', unit: 'count', goal: '= papers' },
  { key: 'firstBytes', label: 'bytes until the first result', unit: 'bytes', goal: '≤ 0.3' },
  { key: 'firstRequests', label: 'requests until the first result', unit: 'count', goal: '' },
  { key: 'firstMs', label: 'time to first result, loopback', unit: 'ms', goal: '≤ 0.5' },
  { key: 'firstMsMobile', label: 'time to first result, mobile (150 ms RTT, 1.6 Mbit/s)', unit: 'ms', goal: '≤ 0.5' },
  { key: 'warmP50Ms', label: 'warm keystroke p50, with facet counts', unit: 'ms', goal: '' },
  { key: 'warmP95Ms', label: 'warm keystroke p95, with facet counts', unit: 'ms', goal: '≤ 0.1' },
  { key: 'indexBuildMs', label: 'index build, like for like', unit: 'ms', goal: '≤ 0.5' },
  { key: 'recall', label: 'recall, fixed queries', unit: 'ratio', goal: '1.0' },
  { key: 'extraResults', label: 'extra results, fixed queries (median)', unit: 'count', goal: '≤ Pagefind' },
  { key: 'sampledRecall', label: 'recall, sampled queries', unit: 'ratio', goal: '≥ 0.99 and ≥ Pagefind' },
  { key: 'sampledExtra', label: 'extra results, sampled queries (median)', unit: 'count', goal: '' },
];

const PAGE_FIGURES: Figure[] = [
  { key: 'pageLoadBytes', label: 'page load, bytes', unit: 'bytes', goal: '' },
  { key: 'pageLoadRequests', label: 'page load, requests', unit: 'count', goal: '' },
  { key: 'pageBytes', label: 'page load + first result, bytes', unit: 'bytes', goal: '≤ 0.5' },
  { key: 'pageFirstMs', label: 'typing to first result drawn, loopback', unit: 'ms', goal: '≤ 0.5' },
  { key: 'pageFirstMsMobile', label: 'typing to first result drawn, mobile (150 ms RTT, 1.6 Mbit/s, CPU 4× slower)', unit: 'ms', goal: '≤ 0.5' },
];

function format(value: number, unit: Unit): string {
  if (!Number.isFinite(value)) return '–';
  if (unit === 'bytes') return `${(value / 1024).toFixed(1)} KB`;
  if (unit === 'ms') return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(value < 10 ? 2 : 0)} ms`;
  if (unit === 'ratio') return value.toFixed(3);
  return String(Math.round(value * 10) / 10);
}

function ratio(ours: number, theirs: number | undefined): string {
  if (theirs === undefined || !Number.isFinite(theirs) || theirs === 0) return '–';
  return (ours / theirs).toFixed(2);
}

function figureTable(result: BenchResult, figures: readonly Figure[]): string[] {
  const lines = ['| figure | ours | Pagefind | ours/Pagefind | goal |', '| --- | --- | --- | --- | --- |'];
  for (const figure of figures) {
    const ours = result.ours[figure.key];
    const theirs = result.pagefind?.[figure.key];
    lines.push(`| ${figure.label} | ${format(ours, figure.unit)} | ${theirs === undefined ? 'skipped' : format(theirs, figure.unit)} | ${ratio(ours, theirs)} | ${figure.goal} |`);
  }
  return lines;
}

function sampledTable(result: BenchResult): string[] {
  const lines = ['| sampled kind | queries | ours recall | ours extra (median) | Pagefind recall | Pagefind extra (median) |', '| --- | --- | --- | --- | --- | --- |'];
  for (const [kind, ours] of Object.entries(result.ours.sampledByKind)) {
    const theirs = result.pagefind?.sampledByKind[kind];
    lines.push(`| ${kind} | ${ours.queries} | ${ours.recall.toFixed(3)} | ${ours.extra} | ${theirs ? theirs.recall.toFixed(3) : '–'} | ${theirs ? theirs.extra : '–'} |`);
  }
  return lines;
}

function pageQueryTable(result: BenchResult): string[] {
  const lines = ['| typed query | ours: bytes, loopback, mobile | Pagefind: bytes, loopback, mobile |', '| --- | --- | --- |'];
  const cell = (q: EngineSummary['pageQueries'][number] | undefined): string =>
    q ? `${format(q.bytes, 'bytes')}, ${format(q.firstMs, 'ms')}, ${format(q.mobileMs, 'ms')}${q.found ? '' : ' (no result: time to say so)'}` : '–';
  result.ours.pageQueries.forEach((q, i) => lines.push(`| ${q.query} | ${cell(q)} | ${cell(result.pagefind?.pageQueries[i])} |`));
  return lines;
}

const missLine = (q: QueryQuality): string => `${q.query} (${q.kind}: ${Math.round(q.recall * q.truth)}/${q.truth})`;

export function reportSection(result: BenchResult, environment: Record<string, string>): string {
  const a = result.archive;
  const p = result.phases;
  const lines: string[] = [];
  lines.push(`### ${result.papers} papers (${result.issues} issues)`, '');
  lines.push(Object.entries(environment).map(([k, v]) => `${k}: ${v}`).join(' · '), '');
  lines.push(
    `Archive: recombined from ${a.sourcePapers} papers of ${a.sourceIssues} issues; ${a.distinctHanWords} distinct Chinese words (jieba) and ${a.distinctLatinWords} distinct English words.`,
    '',
    `Sanity checks passed: ${result.sanity.join('; ')}.`,
    '',
    '**Engine level** (the search module alone, from a blank page; cold figures are medians over the queries of each query\'s median of 3 cold runs):',
    '',
    ...figureTable(result, ENGINE_FIGURES),
    '',
    '**Page level** (our real `/search/` page against Pagefind\'s default UI, each from a cold browser context, medians of 3 runs per query):',
    '',
    ...figureTable(result, PAGE_FIGURES),
    '',
    ...pageQueryTable(result),
    '',
    `**Sampled queries** (${result.sampledQueries}, drawn from the generated text with a fixed seed):`,
    '',
    ...sampledTable(result),
    '',
    `Build: our index from issue text to files on disk in a fresh process ${format(result.ours.indexBuildMs, 'ms')} (parse ${format(p.parseMs, 'ms')}, jieba dictionary load ${format(p.jiebaLoadMs, 'ms')} as measured in the bench process; the child process with Node and TypeScript loading ${format(p.indexWallMs, 'ms')}); Pagefind's CLI ${format(p.pagefindMs, 'ms')}; the whole \`astro build\` of the site ${format(p.astroBuildMs, 'ms')}, of which 相关文献 (similar papers, computed once for all pages) ${format(p.similarMs, 'ms')}.`,
    longQueryLine(result.longQueries),
    `Page weight (brotli): paper page HTML ${format(result.sizes.paperPageHtmlBr, 'bytes')} + CSS ${format(result.sizes.cssBr, 'bytes')}, search page JS ${format(result.sizes.searchJsBr, 'bytes')}; our index files ${format(result.sizes.indexRawBytes, 'bytes')} raw in all.`,
    '',
    `Sampled queries not fully found: ours ${result.ours.sampledMisses.map(missLine).join(', ') || 'none'}; Pagefind ${result.pagefind ? result.pagefind.sampledMisses.map(missLine).join(', ') || 'none' : '–'}.`,
    '',
    '<details><summary>fixed queries, one by one</summary>',
    '',
    '| query | kind | truth | ours found | ours recall | ours extra | ours cold | ours bytes | Pagefind found | Pagefind recall | Pagefind extra | Pagefind cold | Pagefind bytes |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  );
  result.ours.perQuery.forEach((q, i) => {
    const pf = result.pagefind?.perQuery[i];
    lines.push(
      `| ${q.query} | ${q.kind} | ${q.truth} | ${q.found} | ${q.recall.toFixed(2)} | ${q.extra} | ${format(q.coldMs, 'ms')} | ${format(q.coldBytes, 'bytes')} | ${pf ? pf.found : '–'} | ${pf ? pf.recall.toFixed(2) : '–'} | ${pf ? pf.extra : '–'} | ${pf ? format(pf.coldMs, 'ms') : '–'} | ${pf ? format(pf.coldBytes, 'bytes') : '–'} |`,
    );
  });
  lines.push('', '</details>');
  return lines.join('\n');
}

export function environmentOf(extra: Record<string, string>): Record<string, string> {
  return {
    date: new Date().toISOString().slice(0, 10),
    machine: `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB`,
    node: process.version,
    ...extra,
  };
}

/** Replaces this size's section between its markers in docs/benchmarks.md (or adds it before the history). */
export function writeReport(result: BenchResult): void {
  const begin = `<!-- bench:${result.papers} -->`;
  const end = `<!-- /bench:${result.papers} -->`;
  const section = `${begin}\n${reportSection(result, result.environment ?? environmentOf({}))}\n${end}`;
  const current = existsSync(REPORT) ? readFileSync(REPORT, 'utf8') : '# Benchmarks\n\n## Results\n\n## History\n';
  const at = current.indexOf(begin);
  let next: string;
  if (at >= 0) next = current.slice(0, at) + section + current.slice(current.indexOf(end, at) + end.length);
  else {
    const history = current.indexOf('## History');
    next = history >= 0 ? `${current.slice(0, history)}${section}\n\n${current.slice(history)}` : `${current}\n${section}\n`;
  }
  writeFileSync(REPORT, next);
}
