// What a paper is about, as weighted terms for finding similar papers: jieba words of its Chinese text, English word
// stems of its English text, its modality and disease tags and its journal. The tags bridge the two languages: a
// paper described in Chinese and one described in English meet on 肺癌 = lung cancer through their shared tag.
import type { Paper } from '../newsletter/archive.ts';
import type { StopwordLists } from '../search/stopwords.ts';
import type { ConceptFinder } from './concept-terms.ts';
import { englishWord, foldLatin, splitRuns, stem } from '../search/tokenize.ts';

/** A feature key: `zh:放射组学`, `en:radiom` (a stem), `topic:lung-cancer`, `concept:深度学习`, `journal:radiology`. */
export type TermKey = string;

export interface TermCounts {
  /** Weighted occurrences: a title counts more than the abstract, the comment less. */
  counts: Map<TermKey, number>;
  /** A readable form of each English stem, as the paper wrote it (segmentation for segment). */
  surfaces: Map<TermKey, string>;
}

export interface TermContext {
  cut: (run: string) => readonly string[];
  /** English words that say nothing about a topic (the, with, study…). */
  englishStopwords: ReadonlySet<string>;
  /** Stems of English words of research prose that name no subject (utiliz, mitig…): every form of them is left out. */
  genericEnglishStems: ReadonlySet<string>;
  /** Chinese words that say nothing about a topic (研究, 基于, 显著…). */
  chineseStopwords: ReadonlySet<string>;
  /** Topics and thesaurus entries named in the text, in any language. */
  concepts: ConceptFinder;
}

const FIELD_WEIGHT = { title: 3, body: 1, commentary: 0.5 } as const;
// Numbers, units and two-letter pieces carry no topic (95, ci, ml).
const MEANINGFUL_LATIN = /^[a-z][a-z0-9-]{2,}$/;

function addText(text: string, weight: number, context: TermContext, into: TermCounts): void {
  for (const match of context.concepts.find(text)) for (const concept of match.payload) add(into, concept, weight);
  for (const run of splitRuns(text)) {
    if (run.kind === 'han') {
      for (const word of context.cut(run.text)) {
        if ([...word].length < 2 || context.chineseStopwords.has(word)) continue;
        add(into, `zh:${word}`, weight);
      }
      continue;
    }
    for (const part of englishWord(run.text, context.englishStopwords).parts) {
      const folded = foldLatin(part);
      if (!MEANINGFUL_LATIN.test(folded) || context.englishStopwords.has(folded)) continue;
      const stemmed = stem(folded);
      if (context.genericEnglishStems.has(stemmed)) continue;
      const key = `en:${stemmed}`;
      add(into, key, weight);
      if (!into.surfaces.has(key)) into.surfaces.set(key, folded);
    }
  }
}

function add(into: TermCounts, key: TermKey, weight: number): void {
  into.counts.set(key, (into.counts.get(key) ?? 0) + weight);
}

export function paperTerms(paper: Paper, context: TermContext): TermCounts {
  const terms: TermCounts = { counts: new Map(), surfaces: new Map() };
  addText(paper.titleZh, FIELD_WEIGHT.title, context, terms);
  addText(paper.titleEn, FIELD_WEIGHT.title, context, terms);
  for (const part of [...paper.summary, ...paper.abstract]) addText(part.text, FIELD_WEIGHT.body, context, terms);
  for (const paragraph of paper.commentary) addText(paragraph, FIELD_WEIGHT.commentary, context, terms);
  // A tag is the tagger's verdict on the whole paper: worth a title's mention.
  for (const slug of [...paper.modalities, ...paper.diseases]) add(terms, `topic:${slug}`, FIELD_WEIGHT.title);
  add(terms, `journal:${paper.journal.slug}`, 1);
  return terms;
}

/** The term context from what the search index also reads: jieba with the archive's words, the editors' stopwords. */
export function termContextOf(cut: (run: string) => readonly string[], stopwords: Pick<StopwordLists, 'index' | 'question' | 'filler' | 'generic'>, concepts: ConceptFinder): TermContext {
  return {
    cut,
    concepts,
    englishStopwords: new Set([...stopwords.index, ...stopwords.question.en, ...stopwords.filler.en.map((w) => w.toLowerCase())]),
    genericEnglishStems: new Set(stopwords.generic.en.map((word) => stem(word))),
    chineseStopwords: new Set([...stopwords.question.zh, ...stopwords.filler.zh, ...stopwords.generic.zh]),
  };
}
