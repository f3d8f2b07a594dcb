// Builds the shipped search index from the archive's papers: postings sharded by term, facets, docs.
import type { Paper } from '../newsletter/archive.ts';
import { paperProseOf } from '../site/paper-prose.ts';
import { paperPath } from '../site/paths.ts';
import { sortPapersNewestFirst } from '../site/archive-views.ts';
import { yearOf } from '../site/dates.ts';
import { tagLinksOf } from '../topics/facets.ts';
import type { JournalEntry } from '../topics/journals.ts';
import type { Topic } from '../topics/taxonomy.ts';
import { conversionFor } from './build-conversion.ts';
import { BuiltVocabulary, conceptPapers, simplifiedCharsOf, synonymEntries, synonymShardKey, chineseNames } from './build-synonyms.ts';
import { HanConverter } from './han-conversion.ts';
import { HanEntryTally, KnownWords } from './han-index-tokens.ts';
import {
  configFingerprint,
  FIELD_GROUPS,
  INDEX_FORMAT_VERSION,
  MASK_SPAN,
  shardOf,
  type FieldGroup,
} from './index-config.ts';
import {
  docPath,
  facetsPath,
  manifestPath,
  packSynonyms,
  shardPath,
  type FacetData,
  type FacetLabel,
  type IndexManifest,
  type IndexShard,
  type IndexStamp,
  type SearchDoc,
  type SynonymEntry,
} from './index-files.ts';
import { namesTopicOrJournal } from './plan-nodes.ts';
import type { ShippedRules } from './query-rules.ts';
import type { StopwordLists } from './stopwords.ts';
import type { Thesaurus } from './thesaurus.ts';
import { indexTokens, rememberingLatinSegmenter, type HanSegmenter } from './tokenize.ts';

/** Aim for shards of about this many postings: small enough to fetch per query, few enough files. */
export const POSTINGS_PER_SHARD = 1000;
const MAX_SHARDS = 4096;
// A small archive still spreads the synonyms (every topic, journal and thesaurus name) over some shards.
const MIN_SHARDS = 32;

export interface SearchIndexInput {
  papers: readonly Paper[];
  /** Modalities then diseases, in taxonomy order. */
  topics: readonly Topic[];
  /** The journal registry: every name and abbreviation finds its journal's papers. */
  journals: readonly JournalEntry[];
  stopwords: StopwordLists;
  /** jieba's precise cut of a Han run, with `knownWords` in its dictionary. */
  cut: (run: string) => readonly string[];
  /** content/dictionary.txt and every Chinese taxonomy term: indexed wherever they occur. */
  knownWords: readonly string[];
  /** content/synonyms.yaml: equivalent names that are not topics. */
  thesaurus: Thesaurus;
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

/**
 * token → its postings as FlexSearch ids (`paper * MASK_SPAN + field mask`), ascending, papers numbered newest
 * first. Papers are added in order, so a token's last id is the only one that may still gain a field.
 */
export interface Postings {
  papers: Paper[];
  byToken: Map<string, number[]>;
  /** Han entries that are only ever a word's last character with the next word (see han-index-tokens.ts). */
  crossingsOnly: ReadonlySet<string>;
}

/** The segmentation half of the build: every paper's tokens per field group. */
export function collectPostings(input: SearchIndexInput): Postings {
  const papers = sortPapersNewestFirst(input.papers);
  const topicsBySlug = new Map(input.topics.map((t) => [t.slug, t]));
  const byToken = new Map<string, number[]>();
  const segmentLatin = rememberingLatinSegmenter(new Set(input.stopwords.index));
  const hanRules = { cut: input.cut, known: new KnownWords(input.knownWords), functionChars: new Set(input.stopwords.functionChars) };
  const tally = new HanEntryTally();
  const segmentHan: HanSegmenter = (run, glued) => tally.entriesOf(run, hanRules, glued);
  // Pairs of a function character and its neighbour that were no word when met (see HanEntryTally), in paper order.
  const pending = new Map<string, number[]>();
  papers.forEach((paper, n) => {
    const texts = fieldTexts(paper, topicsBySlug);
    for (const group of Object.keys(FIELD_GROUPS) as FieldGroup[]) {
      const tokens = indexTokens(texts[group], segmentHan, segmentLatin);
      // The DOI whole, so a pasted DOI finds exactly its paper (its pieces are indexed as words too).
      if (group === 'meta') tokens.push(paper.doi);
      const bit = FIELD_GROUPS[group].bit;
      // A token repeated within the field adds its bit again: harmless, and cheaper than removing repeats first.
      for (const token of tokens) addPosting(byToken, token, n, bit);
      for (const pair of tally.takePending()) addPosting(pending, pair, n, bit);
    }
  });
  for (const [pair, ids] of pending) if (tally.isWord(pair)) byToken.set(pair, mergePostings(byToken.get(pair) ?? [], ids));
  return { papers, byToken, crossingsOnly: tally.crossingsOnly() };
}

/** Adds paper `n`'s field bit to a token's postings; papers come in ascending order. */
function addPosting(byToken: Map<string, number[]>, token: string, n: number, bit: number): void {
  const ids = byToken.get(token);
  if (!ids) byToken.set(token, [n * MASK_SPAN + bit]);
  else if (Math.floor((ids[ids.length - 1] ?? 0) / MASK_SPAN) === n) ids[ids.length - 1] = (ids[ids.length - 1] ?? 0) | bit;
  else ids.push(n * MASK_SPAN + bit);
}

/** Two ascending postings lists as one: a paper in both gets the fields of both. */
export function mergePostings(a: readonly number[], b: readonly number[]): number[] {
  const merged: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    const paperX = x === undefined ? Infinity : Math.floor(x / MASK_SPAN);
    const paperY = y === undefined ? Infinity : Math.floor(y / MASK_SPAN);
    if (paperX < paperY) merged.push(a[i++] ?? 0);
    else if (paperY < paperX) merged.push(b[j++] ?? 0);
    else merged.push((a[i++] ?? 0) | (b[j++] ?? 0));
  }
  return merged;
}

/** What the indexing half needs besides the postings. */
export type IndexVocabularyInput = Pick<SearchIndexInput, 'topics' | 'journals' | 'stopwords' | 'knownWords' | 'thesaurus'>;

/** The indexing half: FlexSearch shards, facets, docs and the manifest. */
export function writeIndexFiles(postings: Postings, input: IndexVocabularyInput): SearchIndexFiles {
  const { papers, byToken } = postings;
  const { topics } = input;
  let postingCount = 0;
  for (const ids of byToken.values()) postingCount += ids.length;
  const shardCount = Math.min(MAX_SHARDS, Math.max(MIN_SHARDS, Math.ceil(postingCount / POSTINGS_PER_SHARD)));

  const vocabulary = new BuiltVocabulary(byToken.keys());
  const conversion = conversionFor({
    simplifiedChars: simplifiedCharsOf(vocabulary, topics, input.stopwords),
    names: chineseNames(input),
    containsHan: (text) => vocabulary.containsHan(text),
  });
  const synonyms = synonymEntries(input, new Set(papers.map((p) => p.journal.slug)), new HanConverter(conversion));
  const rules: ShippedRules = { stopwords: input.stopwords, conversion };
  const files: SearchIndexFiles = new Map();
  const put = (path: string, value: unknown) => files.set(path, JSON.stringify(value));
  const stamp: IndexStamp = { format: INDEX_FORMAT_VERSION, config: configFingerprint(rules) };
  const manifest: IndexManifest = { ...stamp, shardCount, paperCount: papers.length, rules };
  put(manifestPath, manifest);
  const facets = facetData(papers, topics, stamp);
  put(facetsPath, facets);
  const topicsBySlug = new Map(topics.map((t) => [t.slug, t]));
  const papersOfConcept = conceptPapers(facets, papers, input.thesaurus, vocabulary, byToken);

  const synonymsByShard = new Map<number, SynonymEntry[]>();
  for (const entry of synonyms) {
    const shard = shardOf(synonymShardKey(entry.key), shardCount);
    const list = synonymsByShard.get(shard);
    if (list) list.push(entry);
    else synonymsByShard.set(shard, [entry]);
  }
  const wordsByShard = new Map<number, string[]>();
  // A topic's or journal's name is known through its synonym; a thesaurus name is not, so a dictionary word that is
  // one (放射组学) is shipped as a word, or queries would cut it in two.
  const keys = new Set(synonyms.filter(namesTopicOrJournal).map((e) => e.key));
  for (const word of [...new Set(input.knownWords)].sort()) {
    if (!/^\p{Script=Han}{2,}$/u.test(word) || keys.has(word)) continue;
    const shard = shardOf(word, shardCount);
    wordsByShard.set(shard, [...(wordsByShard.get(shard) ?? []), word]);
  }
  const termsByShard = new Map<number, string[]>();
  for (const term of [...byToken.keys()].sort()) {
    const shard = shardOf(term, shardCount);
    const list = termsByShard.get(shard);
    if (list) list.push(term);
    else termsByShard.set(shard, [term]);
  }
  for (let shard = 0; shard < shardCount; shard++) {
    const terms = termsByShard.get(shard) ?? [];
    const shardSynonyms = synonymsByShard.get(shard) ?? [];
    const concepts: Record<string, number[]> = {};
    for (const entry of shardSynonyms) for (const concept of entry.concepts) concepts[concept] = papersOfConcept.get(concept) ?? [];
    const words = wordsByShard.get(shard) ?? [];
    const crossings = terms.filter((term) => postings.crossingsOnly.has(term));
    put(shardPath(shard), { ...stamp, map: flexMapOf(terms, byToken), synonyms: packSynonyms(shardSynonyms), concepts, words, crossings } satisfies IndexShard);
  }
  papers.forEach((paper, n) => put(docPath(n), searchDocOf(paper, n, stamp, topicsBySlug)));
  return files;
}

export function buildSearchIndex(input: SearchIndexInput): SearchIndexFiles {
  return writeIndexFiles(collectPostings(input), input);
}

/**
 * The shard's FlexSearch `map` export, written directly: for `resolution: 1` it is `[term, [ids]]` per term, ids in
 * the order they were added. Building a FlexSearch index only to export it cost a third of the index build; a unit
 * test keeps this equal to FlexSearch's own export of the same postings, and readers import it with FlexSearch.
 */
export function flexMapOf(terms: readonly string[], postings: ReadonlyMap<string, readonly number[]>): IndexShard['map'] {
  return terms.map((term) => [term, [[...(postings.get(term) ?? [])]]]);
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
  return { ...stamp, journals, modalities: used('modalities'), diseases: used('diseases'), years, journalOf, papersByTopic };
}

function searchDocOf(paper: Paper, n: number, stamp: IndexStamp, topicsBySlug: ReadonlyMap<string, Topic>): SearchDoc {
  return {
    ...stamp,
    n,
    id: paper.id,
    url: paperPath(paper.id),
    doi: paper.doi,
    titleZh: paper.titleZh,
    titleEn: paper.titleEn,
    journal: paper.journal.name,
    journalSlug: paper.journal.slug,
    issn: paper.journal.issn,
    issueNumber: paper.issueNumber,
    issueDate: paper.issueDate,
    // The names as paper pages show them, without the href: the card links them (tagChipOf), and a doc is fetched per result.
    tags: tagLinksOf(paper, topicsBySlug).map(({ kind, slug, label, labelEn }) => ({ kind, slug, label, labelEn })),
    ...paperProseOf(paper),
  };
}

