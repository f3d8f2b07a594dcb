// What a synonym points at: a topic (its slug), a journal (`journal:<slug>`) or a thesaurus entry (`word:<first name>`).

export const journalConcept = (slug: string): string => `journal:${slug}`;

export type TextLanguage = 'zh' | 'en';

/**
 * The concept a thesaurus entry stands for in one language, named by its first name: a Chinese name points at the
 * papers that name the entry in Chinese or by its abbreviation (人工智能, AI), an English name at those that name it
 * in English. Every paper has a Chinese summary and an English abstract of the same work, so crossing languages
 * finds no paper the query's own language misses, only asides in the other.
 */
export const wordConcept = (entry: readonly string[], language: TextLanguage): string => `word:${entry[0] ?? ''}:${language}`;
export const languageOfName = (name: string): TextLanguage => (/\p{Script=Han}/u.test(name) ? 'zh' : 'en');
export const isWordConcept = (concept: string): boolean => concept.startsWith('word:');
