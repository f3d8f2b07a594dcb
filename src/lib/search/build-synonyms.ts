// Build side: every name a query may use for a concept (taxonomy topics, journals, thesaurus entries), keyed as
// the planner meets it, and the papers of each concept.
import type { Paper } from '../newsletter/archive.ts';
import { journalSpellings, type JournalEntry } from '../topics/journals.ts';
import type { Topic } from '../topics/taxonomy.ts';
import { simplifiedChars } from './build-conversion.ts';
import type { HanConverter } from './han-conversion.ts';
import type { FacetData, SynonymEntry } from './index-files.ts';
import { MASK_SPAN } from './index-config.ts';
import { familyOf } from './latin-plan.ts';
import { hasPrefix, lowerBound, withPrefix } from './sorted-terms.ts';
import type { StopwordLists } from './stopwords.ts';
import { journalConcept, languageOfName, wordConcept } from './concepts.ts';
import type { Thesaurus } from './thesaurus.ts';
import { foldText, latinPieces, phraseStems, splitRuns } from './tokenize.ts';


export interface SynonymSources {
  topics: readonly Topic[];
  journals: readonly JournalEntry[];
  thesaurus: Thesaurus;
  stopwords: StopwordLists;
}

/** The index's words, sorted, with their stems: what synonyms and conversions are looked up in at build. */
export class BuiltVocabulary {
  readonly sorted: string[];

  constructor(terms: Iterable<string>) {
    this.sorted = [...terms].sort();
  }

  /** Some indexed word contains the Han text (every suffix of a word is indexed, so: starts with it). */
  containsHan(text: string): boolean {
    return hasPrefix(this.sorted, text);
  }

  /** The indexed words containing the Han text. */
  containingHan(text: string): string[] {
    return withPrefix(this.sorted, text);
  }

  /** The indexed forms of an English word, as the planner's word family finds them. */
  family(piece: string): string[] {
    if (!/^[a-z]+$/.test(piece) || piece.length <= 3) return this.sorted[lowerBound(this.sorted, piece)] === piece ? [piece] : [];
    return familyOf(piece, (prefix) => withPrefix(this.sorted, prefix)).map((member) => member.word);
  }
}

/**
 * Every taxonomy term, journal name and thesaurus name, keyed the way a planned query sees it. A term listed
 * under several topics names all of them (PET/CT: pet and ct); other names of one key stay separate entries.
 * Topics without papers stay (a query naming one finds nothing, rather than its words scattered elsewhere);
 * journals without papers are left out.
 */
export function synonymEntries(sources: SynonymSources, paperJournals: ReadonlySet<string>, converter: HanConverter): SynonymEntry[] {
  const indexStopwords = new Set(sources.stopwords.index);
  const nameKey = (name: string) => keyOf(name, indexStopwords, converter);
  const byKey = new Map<string, SynonymEntry>();
  const entries: SynonymEntry[] = [];
  const addTopic = (key: string, topic: string, exactCase?: string) => {
    if (!key) return;
    const id = `${key}|${exactCase ?? ''}`;
    const entry = byKey.get(id);
    if (entry) {
      if (!entry.concepts.includes(topic)) entry.concepts.push(topic);
      return;
    }
    const created = { key, concepts: [topic], ...(exactCase ? { exactCase } : {}) };
    byKey.set(id, created);
    entries.push(created);
  };
  for (const topic of sources.topics) {
    for (const term of [...topic.zh, ...topic.tw]) addTopic(nameKey(term), topic.slug);
    for (const term of [...topic.en, ...topic.acronyms]) addTopic(nameKey(term), topic.slug, exactCaseOf(term, topic.acronyms.includes(term)));
  }
  const seen = new Set<string>();
  const addOther = (name: string, concept: string, acronym: boolean) => {
    const key = nameKey(name);
    const exactCase = exactCaseOf(name, acronym);
    const id = `${key}|${exactCase ?? ''}|${concept}`;
    if (!key || seen.has(id)) return;
    seen.add(id);
    entries.push({ key, concepts: [concept], ...(exactCase ? { exactCase } : {}) });
  };
  for (const journal of sources.journals) {
    if (paperJournals.has(journal.slug)) for (const spelling of journalSpellings(journal)) addOther(spelling, journalConcept(journal.slug), false);
  }
  for (const names of sources.thesaurus) for (const name of names) addOther(name, wordConcept(names, languageOfName(name)), /^[A-Z0-9]+$/.test(name));
  return entries;
}

/** Acronyms of two letters (AD, HF, ED) only count in capitals. */
const exactCaseOf = (name: string, acronym: boolean): string | undefined => (acronym && name.length <= 2 ? name : undefined);

/**
 * A name as the planner meets it: Chinese converted as a query is (Traditional names become Simplified), a
 * Latin letter glued to Han lower-cased (X线 → x线), English as its stems joined by spaces.
 */
function keyOf(name: string, indexStopwords: ReadonlySet<string>, converter: HanConverter): string {
  const folded = foldText(name).replace(/\s+(?=\p{Script=Han})|(?<=\p{Script=Han})\s+/gu, '');
  if (!/\p{Script=Han}/u.test(folded)) return phraseStems(folded, indexStopwords).join(' ');
  const simplified = converter.convertChars(folded);
  return /^\p{Script=Han}+$/u.test(simplified) ? simplified : simplified.toLowerCase().replace(/[^\p{Script=Han}a-z0-9]/gu, '');
}

/** Every Chinese name a query may use, in Simplified characters (taxonomy `tw` and thesaurus names as OpenCC converts them). */
export function chineseNames(sources: SynonymSources): string[] {
  const typed = [...sources.topics.flatMap((t) => t.tw), ...sources.thesaurus.flat()].map((n) => simplifiedChars(foldText(n)));
  return [...sources.topics.flatMap((t) => t.zh), ...typed].filter((n) => /\p{Script=Han}/u.test(n));
}

/**
 * The Han characters of the archive's Simplified text: its indexed words, the taxonomy's Chinese terms and the
 * stopword lists (a Traditional question word, 嗎 or 沒有, must convert to the 吗 or 没有 a query leaves out).
 */
export function simplifiedCharsOf(vocabulary: BuiltVocabulary, topics: readonly Topic[], stopwords: StopwordLists): Set<string> {
  const chars = new Set<string>();
  const texts = [...vocabulary.sorted, ...topics.flatMap((t) => t.zh), ...stopwords.question.zh, ...stopwords.filler.zh, stopwords.functionChars];
  for (const text of texts) for (const char of text) if (/\p{Script=Han}/u.test(char)) chars.add(char);
  return chars;
}

/** Han keys and mixed keys live with their first Han character, Latin keys with their first token. */
export function synonymShardKey(key: string): string {
  const firstHan = /\p{Script=Han}/u.exec(key);
  return firstHan ? firstHan[0] : (key.split(' ')[0] ?? key);
}

/**
 * Papers per concept: topics from the facets, journals by their slug, thesaurus entries where the index has their
 * names. A Chinese name counts where a paper's words contain it, an English name where the paper has each of its
 * words in some form (same stem), an abbreviation (AI, LLM) as written. The Chinese concept (what a Chinese query
 * finds) takes the Chinese names and the abbreviations, which Chinese summaries write in Latin letters; the English
 * concept takes the English names and abbreviations.
 */
export function conceptPapers(
  facets: FacetData,
  papers: readonly Paper[],
  thesaurus: Thesaurus,
  vocabulary: BuiltVocabulary,
  postings: ReadonlyMap<string, readonly number[]>,
): Map<string, number[]> {
  const concepts = new Map<string, number[]>(Object.entries(facets.papersByTopic));
  papers.forEach((paper, n) => {
    const id = journalConcept(paper.journal.slug);
    const list = concepts.get(id);
    if (list) list.push(n);
    else concepts.set(id, [n]);
  });
  const papersOf = (terms: readonly string[]): Set<number> => {
    const found = new Set<number>();
    for (const term of terms) for (const id of postings.get(term) ?? []) found.add(Math.floor(id / MASK_SPAN));
    return found;
  };
  const papersNaming = (name: string): Set<number> => {
    // Every part must be there: a Han run as contained text, each English word by its family.
    const parts = splitRuns(name).flatMap((run) =>
      run.kind === 'han' ? [papersOf(vocabulary.containingHan(simplifiedChars(run.text)))] : latinPieces(run.text).map((piece) => papersOf(vocabulary.family(piece))),
    );
    const [first, ...rest] = parts;
    return new Set([...(first ?? [])].filter((n) => rest.every((p) => p.has(n))));
  };
  const isAcronym = (name: string) => /^[A-Z0-9]+$/.test(name);
  for (const names of thesaurus) {
    const zh = new Set<number>();
    const en = new Set<number>();
    for (const name of names) {
      const found = papersNaming(name);
      const han = /\p{Script=Han}/u.test(name);
      for (const n of found) {
        if (han || isAcronym(name)) zh.add(n);
        if (!han) en.add(n);
      }
    }
    concepts.set(wordConcept(names, 'zh'), [...zh].sort((a, b) => a - b));
    concepts.set(wordConcept(names, 'en'), [...en].sort((a, b) => a - b));
  }
  return concepts;
}
