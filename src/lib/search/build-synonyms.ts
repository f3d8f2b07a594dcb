// Build side: every name a query may use for a concept (taxonomy topics, journals, thesaurus entries), keyed as
// the planner meets it, and the papers of each concept.
import type { Paper } from '../newsletter/archive.ts';
import { journalSpellings, type JournalEntry } from '../topics/journals.ts';
import { compileTerms } from '../topics/term-matcher.ts';
import type { Topic } from '../topics/taxonomy.ts';
import { simplifiedChars } from './build-conversion.ts';
import type { HanConverter } from './han-conversion.ts';
import type { FacetData, SynonymEntry } from './index-files.ts';
import { hasPrefix } from './sorted-terms.ts';
import type { StopwordLists } from './stopwords.ts';
import { journalConcept, wordConcept } from './concepts.ts';
import type { Thesaurus } from './thesaurus.ts';
import { foldText, phraseStems } from './tokenize.ts';


export interface SynonymSources {
  topics: readonly Topic[];
  journals: readonly JournalEntry[];
  thesaurus: Thesaurus;
  stopwords: StopwordLists;
}

/** The index's words, sorted: what conversions are checked against at build. */
export class BuiltVocabulary {
  readonly sorted: string[];

  constructor(terms: Iterable<string>) {
    this.sorted = [...terms].sort();
  }

  /** Some indexed word contains the Han text (every suffix of a word is indexed, so: starts with it). */
  containsHan(text: string): boolean {
    return hasPrefix(this.sorted, text);
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
  for (const names of sources.thesaurus) for (const name of names) addOther(name, wordConcept(names), /^[A-Z0-9]+$/.test(name));
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

/** The Han characters of the archive's Simplified text: its indexed words and the taxonomy's Chinese terms. */
export function simplifiedCharsOf(vocabulary: BuiltVocabulary, topics: readonly Topic[]): Set<string> {
  const chars = new Set<string>();
  for (const text of [...vocabulary.sorted, ...topics.flatMap((t) => t.zh)]) for (const char of text) if (/\p{Script=Han}/u.test(char)) chars.add(char);
  return chars;
}

/** Han keys and mixed keys live with their first Han character, Latin keys with their first token. */
export function synonymShardKey(key: string): string {
  const firstHan = /\p{Script=Han}/u.exec(key);
  return firstHan ? firstHan[0] : (key.split(' ')[0] ?? key);
}

/**
 * Papers per concept: topics from the facets, journals by their slug, thesaurus entries where a paper's text names
 * them the way the tagger finds a topic's terms (Chinese as written, English as whole words in any case with
 * plural and hyphen variants, all-capital abbreviations in capitals).
 */
export function conceptPapers(facets: FacetData, papers: readonly Paper[], thesaurus: Thesaurus, textOf: (paper: Paper) => string): Map<string, number[]> {
  const concepts = new Map<string, number[]>(Object.entries(facets.papersByTopic));
  const add = (concept: string, n: number) => {
    const list = concepts.get(concept);
    if (!list) concepts.set(concept, [n]);
    else if (list[list.length - 1] !== n) list.push(n);
  };
  papers.forEach((paper, n) => add(journalConcept(paper.journal.slug), n));
  const matcher = compileTerms<string>(
    thesaurus.flatMap((names) =>
      names.map((name) => {
        const han = /\p{Script=Han}/u.test(name);
        return { term: han ? simplifiedChars(name) : name, mode: han ? 'substring' : /^[A-Z0-9]+$/.test(name) ? 'acronym' : 'word', payload: [wordConcept(names)] } as const;
      }),
    ),
  );
  for (const names of thesaurus) concepts.set(wordConcept(names), []);
  papers.forEach((paper, n) => {
    for (const match of matcher.find(textOf(paper))) for (const concept of match.payload) add(concept, n);
  });
  return concepts;
}
