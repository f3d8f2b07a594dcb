// What papers are recombined from: source titles and sentences by category, the taxonomy's topics, journal spellings.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LabelledPart, ParsedPaper } from '../../../src/lib/newsletter/types.ts';
import { parseJournalRegistry } from '../../../src/lib/topics/journals.ts';
import { parseTaxonomy, type Topic } from '../../../src/lib/topics/taxonomy.ts';
import { groundTruth } from './ground-truth.ts';
import { PLANTED_TERMS } from './planted-terms.ts';
import { SOURCE_CONTENT, sourceIssueDirs, sourcePapers } from './source-issues.ts';
import { templateCompiler, type Template } from './templates.ts';

export type Category = 'aim' | 'methods' | 'results' | 'conclusion';
export const CATEGORIES: readonly Category[] = ['aim', 'methods', 'results', 'conclusion'];

export interface Sources {
  /** Titles of one source paper, Chinese and English, so a recombined pair still belongs together. */
  titles: readonly { zh: Template; en: Template }[];
  summary: Record<Category, Template[]>;
  commentary: Template[];
  abstract: Record<Category, Template[]>;
  modalities: readonly Topic[];
  diseases: readonly Topic[];
  journals: readonly JournalSpelling[][];
  /** How many source issues and (distinct) papers the sentences came from. */
  counts: { issues: number; papers: number };
}

export interface JournalSpelling {
  asWritten: string;
  /** Canonical name the registry resolves it to; the search index holds both. */
  name: string;
}

export function loadSources(): Sources {
  const taxonomy = parseTaxonomy(readSource('taxonomy.yaml'), 'content/taxonomy.yaml');
  const compile = templateCompiler(taxonomy.modalities, taxonomy.diseases);
  const dirs = sourceIssueDirs();
  const { papers, issueCount } = sourcePapers(dirs);
  if (papers.length === 0) throw new Error(`no parsable issue in ${dirs.join(' or ')} to recombine`);
  assertPlantedTermsAreUnused(papers);
  const summary = emptyPools();
  const abstract = emptyPools();
  for (const paper of papers) {
    for (const part of paper.summary) for (const s of chineseSentences(part.text)) summary[summaryCategory(part.label)].push(compile(s));
    for (const [category, sentence] of categorisedAbstractSentences(paper.abstract)) abstract[category].push(compile(sentence));
  }
  return {
    titles: papers.map((p) => ({ zh: compile(p.titleZh), en: compile(ensureEnglishStop(p.titleEn)) })),
    summary: withFallbacks(summary),
    commentary: papers.flatMap((p) => p.commentary.flatMap(chineseSentences)).map(compile),
    abstract: withFallbacks(abstract),
    modalities: taxonomy.modalities,
    diseases: taxonomy.diseases,
    journals: journalSpellings(readSource('journals.yaml')),
    counts: { issues: issueCount, papers: papers.length },
  };
}

/** Invented words cannot spell a planted term; a source issue could, and would silently break the recall checks. */
function assertPlantedTermsAreUnused(papers: readonly ParsedPaper[]): void {
  const textOf = (p: ParsedPaper): string =>
    [p.titleZh, p.titleEn, ...p.summary.map((s) => s.text), ...p.commentary, ...p.abstract.map((a) => a.text)].join('\n');
  const texts = new Map(papers.map((p) => [p.doi, textOf(p)]));
  for (const { term } of PLANTED_TERMS) {
    const used = groundTruth(texts, [term]);
    if (used.size > 0) throw new Error(`planted term '${term}' already occurs in source papers (${[...used].join(', ')}); choose another`);
  }
}

function readSource(name: string): string {
  return readFileSync(join(SOURCE_CONTENT, name), 'utf8');
}

function emptyPools(): Record<Category, Template[]> {
  return { aim: [], methods: [], results: [], conclusion: [] };
}

/** A category the source issues never filled borrows every sentence of the others. */
function withFallbacks(pools: Record<Category, Template[]>): Record<Category, Template[]> {
  const all = CATEGORIES.flatMap((c) => pools[c]);
  if (all.length === 0) throw new Error('the source issues have no sentences to recombine');
  for (const c of CATEGORIES) if (pools[c].length === 0) pools[c] = all;
  return pools;
}

const SUMMARY_CATEGORY: Readonly<Record<string, Category>> = {
  目的: 'aim',
  目标: 'aim',
  背景: 'aim',
  研究目的: 'aim',
  研究背景: 'aim',
  方法: 'methods',
  研究方法: 'methods',
  结果: 'results',
  主要结果: 'results',
  结论: 'conclusion',
  意义: 'conclusion',
  临床意义: 'conclusion',
  局限: 'conclusion',
  局限性: 'conclusion',
};

function summaryCategory(label: string | null): Category {
  return (label && SUMMARY_CATEGORY[label]) || 'results';
}

/** Labelled abstract parts go by their label; unlabelled paragraphs by position (aims first, conclusions last). */
function categorisedAbstractSentences(parts: readonly LabelledPart[]): [Category, string][] {
  return parts.flatMap((part): [Category, string][] => {
    const sentences = englishSentences(part.text);
    if (part.label === null) {
      return sentences.map((s, i) => [CATEGORIES[Math.floor((i / sentences.length) * CATEGORIES.length)] ?? 'results', s]);
    }
    const category = abstractCategory(part.label);
    return category ? sentences.map((s) => [category, s]) : [];
  });
}

function abstractCategory(label: string): Category | null {
  if (/funding|registration/i.test(label)) return null;
  if (/purpose|background|objective|aim|introduction|context|rationale|importance|question/i.test(label)) return 'aim';
  if (/method|design|setting|participant|exposure|intervention|outcome/i.test(label)) return 'methods';
  if (/result|finding|observation/i.test(label)) return 'results';
  return 'conclusion';
}

/** Chinese text split after 。 and ；, each sentence ending in its mark. */
function chineseSentences(text: string): string[] {
  return text
    .split(/(?<=[。；])/)
    .map((s) => s.trim())
    .filter((s) => s.length > 1)
    .map((s) => (/[。；！？]$/.test(s) ? s : `${s}。`));
}

// A period after these is an abbreviation, not a sentence end.
const ABBREVIATION_END = /(?:\b(?:vs|e\.g|i\.e|al|Fig|approx|cf|No)|\b[A-Z])\.$/;

/** English text split at '. ' (not after vs., e.g., et al. or an initial), each sentence ending in a stop. */
function englishSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const piece of text.split(/(?<=\.)\s+/)) {
    const previous = sentences[sentences.length - 1];
    if (previous !== undefined && ABBREVIATION_END.test(previous)) sentences[sentences.length - 1] = `${previous} ${piece}`;
    else sentences.push(piece);
  }
  return sentences.map((s) => s.trim()).filter((s) => s.length > 1).map(ensureEnglishStop);
}

function ensureEnglishStop(sentence: string): string {
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}

/** Each journal's spellings as editors write them, its name first, then aliases, the NLM form and `Name (ABBR)`. */
function journalSpellings(registryText: string): JournalSpelling[][] {
  const registry = parseJournalRegistry(registryText, 'content/journals.yaml');
  return registry.entries.map((entry) => {
    const shortAliases = entry.aliases.filter((alias) => /^[A-Z][A-Za-z-]{1,7}$/.test(alias));
    const written = [entry.name, ...entry.aliases, ...(entry.nlm ? [entry.nlm] : []), ...shortAliases.map((alias) => `${entry.name} (${alias})`)];
    return [...new Set(written)].map((asWritten) => {
      const journal = registry.resolve(asWritten);
      // A spelling the registry does not know would only add warnings to every build of the benchmark.
      if (!journal.known) throw new Error(`journal spelling '${asWritten}' does not resolve in content/journals.yaml`);
      return { asWritten, name: journal.name };
    });
  });
}
