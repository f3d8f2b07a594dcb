// The `searchData` collection's one entry: the editors' search files, each checked by its own parser first (which
// names file and line); this schema types the entry and checks it again as stored.
import { z } from 'astro/zod';
import { stopwordsSchema } from '../search/stopwords.ts';
import { thesaurusSchema } from '../search/thesaurus.ts';
import { registrySchema } from '../topics/journals.ts';

export const searchDataSchema = z
  .object({
    knownWords: z.array(z.string().min(1)),
    stopwords: stopwordsSchema,
    journals: registrySchema,
    thesaurus: thesaurusSchema,
  })
  .strict();

/** The collection's only entry id. */
export const SEARCH_DATA_ENTRY = 'editors';
