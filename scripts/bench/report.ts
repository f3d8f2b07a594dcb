// The benchmark's figures as a table in docs/benchmarks.md: one section per archive size, replaced on each run.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { BenchQuery } from './measure.ts';

export interface QueryQuality {
  query: string;
  kind: string;
  truth: number;
  found: number;
  recall: number;
  extra: number;
}

export interface EngineSummary {
  firstBytes: number;
  firstRequests: number;
  firstMs: number;
  firstMsMobile: number;
  warmP50Ms: number;
  warmP95Ms: number;
  indexBuildMs: number;
  /** Mean over queries of found-and-true / true. */
  recall: number;
  /** Median over queries of results not in the ground truth. */
  extraResults: number;
  perQuery: (QueryQuality & { coldMs: number; coldBytes: number; mobileMs: number; requests: number })[];
}

export interface BenchResult {
  papers: number;
  issues: number;
  ours: EngineSummary;
  pagefind: EngineSummary | null;
  phases: { parseMs: number; segmentMs: number; indexMs: number; astroBuildMs: number; pagefindMs: number };
  sizes: { paperPageHtmlBr: number; cssBr: number; searchJsBr: number; indexRawBytes: number };
  queries: BenchQuery[];
  environment?: Record<string, string>;
}

const REPORT = fileURLToPath(new URL('../../docs/benchmarks.md', import.meta.url));

const FIGURES: { key: keyof Omit<EngineSummary, 'perQuery'>; label: string; unit: 'bytes' | 'ms' | 'count' | 'ratio'; goal: string }[] = [
  { key: 'firstBytes', label: 'bytes until the first result', unit: 'bytes', goal: '≤ 0.5' },
  { key: 'firstRequests', label: 'requests until the first result', unit: 'count', goal: '' },
  { key: 'firstMs', label: 'time to first result, loopback', unit: 'ms', goal: '≤ 0.5' },
  { key: 'firstMsMobile', label: 'time to first result, mobile (150 ms RTT, 1.6 Mbit/s)', unit: 'ms', goal: '≤ 0.5' },
  { key: 'warmP50Ms', label: 'warm keystroke p50', unit: 'ms', goal: '' },
  { key: 'warmP95Ms', label: 'warm keystroke p95', unit: 'ms', goal: '≤ 0.1' },
  { key: 'indexBuildMs', label: 'index build time', unit: 'ms', goal: '≤ 0.5' },
  { key: 'recall', label: 'recall (mean over queries)', unit: 'ratio', goal: '1.0' },
  { key: 'extraResults', label: 'extra results (median per query)', unit: 'count', goal: '≤ Pagefind' },
];

function format(value: number, unit: string): string {
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

export function reportSection(result: BenchResult, environment: Record<string, string>): string {
  const lines: string[] = [];
  lines.push(`### ${result.papers} papers (${result.issues} issues)`, '');
  lines.push(Object.entries(environment).map(([k, v]) => `${k}: ${v}`).join(' · '), '');
  lines.push('| figure | ours | Pagefind | ours/Pagefind | goal |', '| --- | --- | --- | --- | --- |');
  for (const figure of FIGURES) {
    const ours = result.ours[figure.key];
    const theirs = result.pagefind?.[figure.key];
    lines.push(`| ${figure.label} | ${format(ours, figure.unit)} | ${theirs === undefined ? 'skipped' : format(theirs, figure.unit)} | ${ratio(ours, theirs)} | ${figure.goal} |`);
  }
  const p = result.phases;
  lines.push(
    '',
    `Our build phases: parse ${format(p.parseMs, 'ms')}, segmentation ${format(p.segmentMs, 'ms')}, index ${format(p.indexMs, 'ms')}, whole \`astro build\` ${format(p.astroBuildMs, 'ms')}; Pagefind indexing ${format(p.pagefindMs, 'ms')}.`,
    `Page weight (brotli): paper page HTML ${format(result.sizes.paperPageHtmlBr, 'bytes')} + CSS ${format(result.sizes.cssBr, 'bytes')}, search page JS ${format(result.sizes.searchJsBr, 'bytes')}; our index files ${format(result.sizes.indexRawBytes, 'bytes')} raw in all.`,
    '',
    '<details><summary>per query</summary>',
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
