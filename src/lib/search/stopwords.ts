// The editors' stopword lists (content/stopwords.yaml): what search leaves out of papers and queries.
import { z } from 'astro/zod';
import { parseYamlData } from '../content-data/yaml-data.ts';

const words = z.array(z.string().trim().min(1)).default([]);
const hanWords = z.array(z.string().trim().regex(/^\p{Script=Han}+$/u, 'Chinese characters only')).default([]);
const latinWords = z.array(z.string().trim().regex(/^[a-z']+$/, 'lower-case English words only')).default([]);

export const stopwordsSchema = z
  .object({
    /** English words dropped from papers and queries alike. */
    index: latinWords,
    /** Words that mark a question: dropped from the query, and they make it a question. */
    question: z.object({ zh: hanWords, en: latinWords }).strict(),
    /** Words that only carry the request: dropped from a query unless they are all it says. */
    filler: z.object({ zh: hanWords, en: words }).strict(),
    /** Words of research prose that name no subject: left out of 相关文献, kept by search. */
    generic: z.object({ zh: hanWords, en: latinWords }).strict().default({ zh: [], en: [] }),
    /** Single Chinese characters a query may leave out when no indexed word covers them. */
    functionChars: z.string().regex(/^\p{Script=Han}*$/u, 'Chinese characters only, written together'),
  })
  .strict();

export type StopwordLists = z.output<typeof stopwordsSchema>;

export function parseStopwords(text: string, file: string): StopwordLists {
  return parseYamlData(text, file, stopwordsSchema).value;
}
