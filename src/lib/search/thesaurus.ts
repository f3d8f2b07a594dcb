// The editors' thesaurus (content/synonyms.yaml): names that mean the same to a reader but are not topics.
import { z } from 'astro/zod';
import { parseYamlData } from '../content-data/yaml-data.ts';

export const thesaurusSchema = z.array(z.array(z.string().trim().min(1)).min(2, 'a synonym entry lists at least two names'));

/** Each entry: equivalent names, in any language. */
export type Thesaurus = string[][];

export function parseThesaurus(text: string, file: string): Thesaurus {
  return parseYamlData(text, file, thesaurusSchema).value;
}
