// What a synonym points at: a topic (its slug), a journal (`journal:<slug>`) or a thesaurus entry (`word:<first name>`).

export const journalConcept = (slug: string): string => `journal:${slug}`;

/** The concept a thesaurus entry stands for, named by its first name. */
export const wordConcept = (entry: readonly string[]): string => `word:${entry[0] ?? ''}`;
export const isWordConcept = (concept: string): boolean => concept.startsWith('word:');
