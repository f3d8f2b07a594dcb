// Builds the shipped search index from the archive's papers: postings sharded by term, facets, docs.
import type { Paper } from '../newsletter/archive.ts';
import { paperPath } from '../site/paths.ts';
import { sortPapersNewestFirst } from '../site/archive-views.ts';
import { yearOf } from '../site/dates.ts';
import type { Topic } from '../topics/taxonomy.ts';
import { Index } from './flexsearch.ts';
import {
  configFingerprint,
  FIELD_GROUPS,
  INDEX_FORMAT_VERSION,
  MASK_SPAN,
  shardIndexOptions,
  shardOf,
  type FieldGroup,
} from './index-config.ts';
import {
  docPath,
  facetsPath,
  manifestPath,
  shardPath,
  type FacetData,
  type FacetLabel,
  type IndexManifest,
  type IndexShard,
  type IndexStamp,
  type SearchDoc,
  type SynonymEntry,
} from './index-files.ts';
import { englishWord, foldText, indexTokens, splitRuns, type HanSegmenter } from './tokenize.ts';

/** Aim for shards of about this many postings: small enough to fetch per query, few enough files. */
export const POSTINGS_PER_SHARD = 1000;
const MAX_SHARDS = 4096;

export interface SearchIndexInput {
  papers: readonly Paper[];
  /** Modalities then diseases, in taxonomy order. */
  topics: readonly Topic[];
  segmentHan: HanSegmenter;
}

/** Path under /search-index/ → file text. Deterministic: the same archive gives the same bytes. */
export type SearchIndexFiles = Map<string, string>;

export function fieldTexts(paper: Paper, topicsBySlug: ReadonlyMap<string, Topic>): Record<FieldGroup, string> {
  const tagLabels = [...paper.modalities, ...paper.diseases].flatMap((slug) => {
    const topic = topicsBySlug.get(slug);
    return topic ? [topic.label, topic.labelEn] : [];
  });
  return {
    title: `${paper.titleZh}\n${paper.titleEn}`,
    body: [...paper.summary, ...paper.abstract].map((p) => p.text).join('\n'),
    meta: [paper.journal.name, paper.journal.asWritten, paper.doi, ...tagLabels].join('\n'),
    commentary: paper.commentary.join('\n'),
  };
}

/** token → paper number → field mask, papers numbered newest first. */
export interface Postings {
  papers: Paper[];
  byToken: Map<string, Map<number, number>>;
}

/** The segmentation half of the build: every paper's tokens per field group. */
export function collectPostings(input: SearchIndexInput): Postings {
  const papers = sortPapersNewestFirst(input.papers);
  const topicsBySlug = new Map(input.topics.map((t) => [t.slug, t]));
  const byToken = new Map<string, Map<number, number>>();
  papers.forEach((paper, n) => {
    const texts = fieldTexts(paper, topicsBySlug);
    for (const group of Object.keys(FIELD_GROUPS) as FieldGroup[]) {
      for (const token of new Set(indexTokens(texts[group], input.segmentHan))) {
        const byPaper = byToken.get(token) ?? new Map<number, number>();
        byPaper.set(n, (byPaper.get(n) ?? 0) | FIELD_GROUPS[group].bit);
        byToken.set(token, byPaper);
      }
    }
  });
  return { papers, byToken };
}

/** The indexing half: FlexSearch shards, facets, docs and the manifest. */
export function writeIndexFiles(postings: Postings, topics: readonly Topic[]): SearchIndexFiles {
  const { papers, byToken } = postings;
  let postingCount = 0;
  for (const byPaper of byToken.values()) postingCount += byPaper.size;
  const shardCount = Math.min(MAX_SHARDS, Math.max(1, Math.ceil(postingCount / POSTINGS_PER_SHARD)));

  const files: SearchIndexFiles = new Map();
  const put = (path: string, value: unknown) => files.set(path, JSON.stringify(value));
  const stamp: IndexStamp = { format: INDEX_FORMAT_VERSION, config: configFingerprint() };
  const manifest: IndexManifest = { ...stamp, shardCount, paperCount: papers.length };
  put(manifestPath, manifest);
  const facets = facetData(papers, topics, stamp);
  put(facetsPath, facets);

  const synonymsByShard = groupSynonyms(topics, shardCount);
  const termsByShard = new Map<number, string[]>();
  for (const term of [...byToken.keys()].sort()) {
    const shard = shardOf(term, shardCount);
    const list = termsByShard.get(shard);
    if (list) list.push(term);
    else termsByShard.set(shard, [term]);
  }
  const topicsBySlug = new Map(topics.map((t) => [t.slug, t]));
  for (let shard = 0; shard < shardCount; shard++) {
    const terms = termsByShard.get(shard) ?? [];
    const synonyms = synonymsByShard.get(shard) ?? [];
    const shardTopics: Record<string, number[]> = {};
    for (const { topic } of synonyms) shardTopics[topic] = facets.papersByTopic[topic] ?? [];
    put(shardPath(shard), { ...stamp, map: flexMapOf(terms, byToken), synonyms, topics: shardTopics } satisfies IndexShard);
  }
  papers.forEach((paper, n) => put(docPath(n), searchDocOf(paper, n, stamp, topicsBySlug)));
  return files;
}

export function buildSearchIndex(input: SearchIndexInput): SearchIndexFiles {
  return writeIndexFiles(collectPostings(input), input.topics);
}

/** Builds a FlexSearch index of the shard's terms and returns its export, which readers import as is. */
function flexMapOf(terms: readonly string[], postings: ReadonlyMap<string, Map<number, number>>): IndexShard['map'] {
  const contentById = new Map<number, string[]>();
  for (const term of terms) {
    for (const [n, mask] of postings.get(term) ?? []) {
      const id = n * MASK_SPAN + mask;
      const content = contentById.get(id);
      if (content) content.push(term);
      else contentById.set(id, [term]);
    }
  }
  const index = new Index(shardIndexOptions());
  for (const id of [...contentById.keys()].sort((a, b) => a - b)) index.add(id, (contentById.get(id) ?? []).join(' '));
  const exported: IndexShard['map'] = [];
  // FlexSearch exports synchronously when the handler returns nothing; the map comes in chunks
  // ("1.map", "2.map", …), each a list of [term, postings] that import() also accepts merged.
  void index.export((key: string, data: string) => {
    if (/^\d+\.map$/.test(key)) exported.push(...(JSON.parse(data) as IndexShard['map']));
  });
  return exported;
}

/** Every taxonomy term, keyed the way a query will see it, in the shard of its first token. */
function groupSynonyms(topics: readonly Topic[], shardCount: number): Map<number, SynonymEntry[]> {
  const byShard = new Map<number, SynonymEntry[]>();
  const seen = new Set<string>();
  const add = (entry: SynonymEntry, firstToken: string) => {
    const id = `${entry.key}|${entry.topic}|${entry.exactCase ?? ''}`;
    if (seen.has(id)) return;
    seen.add(id);
    const shard = shardOf(firstToken, shardCount);
    const list = byShard.get(shard);
    if (list) list.push(entry);
    else byShard.set(shard, [entry]);
  };
  for (const topic of topics) {
    for (const term of topic.zh) {
      const key = foldText(term);
      add({ key, topic: topic.slug }, key);
    }
    for (const term of [...topic.en, ...topic.acronyms]) {
      const tokens = latinPhraseTokens(term);
      const first = tokens[0];
      if (!first) continue;
      const exactCase = topic.acronyms.includes(term) && term.length <= 2 ? term : undefined;
      add({ key: tokens.join(' '), topic: topic.slug, ...(exactCase ? { exactCase } : {}) }, first);
    }
  }
  return byShard;
}

/** The tokens of an English phrase in order, as a query of the same words yields them. */
export function latinPhraseTokens(phrase: string): string[] {
  return splitRuns(phrase).flatMap((run) => (run.kind === 'latin' ? englishWord(run.text).parts : [run.text]));
}

function facetData(papers: readonly Paper[], topics: readonly Topic[], stamp: IndexStamp): FacetData {
  const journals: FacetLabel[] = [];
  const journalIndex = new Map<string, number>();
  const journalOf = papers.map((paper) => {
    let index = journalIndex.get(paper.journal.slug);
    if (index === undefined) {
      index = journals.length;
      journals.push({ slug: paper.journal.slug, label: paper.journal.name, labelEn: null });
      journalIndex.set(paper.journal.slug, index);
    }
    return index;
  });
  const papersByTopic: Record<string, number[]> = {};
  papers.forEach((paper, n) => {
    for (const slug of [...paper.modalities, ...paper.diseases]) (papersByTopic[slug] ??= []).push(n);
  });
  const used = (kind: Topic['kind']): FacetLabel[] =>
    topics.filter((t) => t.kind === kind && papersByTopic[t.slug]).map((t) => ({ slug: t.slug, label: t.label, labelEn: t.labelEn }));
  const years: FacetData['years'] = [];
  papers.forEach((paper, n) => {
    const year = yearOf(paper.issueDate);
    const last = years[years.length - 1];
    if (last && last.year === year) last.last = n;
    else years.push({ year, first: n, last: n });
  });
  return { ...stamp, journals, modalities: used('modality'), diseases: used('disease'), years, journalOf, papersByTopic };
}

function searchDocOf(paper: Paper, n: number, stamp: IndexStamp, topicsBySlug: ReadonlyMap<string, Topic>): SearchDoc {
  const tag = (kind: 'modalities' | 'diseases') => (slug: string) => ({ kind, slug, label: topicsBySlug.get(slug)?.label ?? slug });
  return {
    ...stamp,
    n,
    id: paper.id,
    url: paperPath(paper.id),
    doi: paper.doi,
    titleZh: paper.titleZh,
    titleEn: paper.titleEn,
    journal: paper.journal.name,
    issueNumber: paper.issueNumber,
    issueDate: paper.issueDate,
    tags: [...paper.modalities.map(tag('modalities')), ...paper.diseases.map(tag('diseases'))],
    summary: paper.summary.map((p) => (p.label ? `${p.label}:${p.text}` : p.text)).join('\n'),
    abstract: paper.abstract.map((p) => (p.label ? `${p.label}: ${p.text}` : p.text)).join('\n'),
    commentary: paper.commentary.join('\n'),
  };
}

