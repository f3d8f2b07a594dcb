// The real taxonomy and tagger from content/, for tests.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createTagger, type TaggablePaper } from '../../src/lib/topics/tagger.ts';
import { parseTaxonomy, type Taxonomy } from '../../src/lib/topics/taxonomy.ts';

export const TAXONOMY_PATH = fileURLToPath(new URL('../../content/taxonomy.yaml', import.meta.url));
export const realTaxonomy = (): Taxonomy => parseTaxonomy(readFileSync(TAXONOMY_PATH, 'utf8'), 'content/taxonomy.yaml');

/** A paper with only the given fields filled. */
export function paperWith(fields: Partial<{ titleZh: string; titleEn: string; aim: string; results: string; abstract: string; commentary: string }>): TaggablePaper {
  return {
    titleZh: fields.titleZh ?? '',
    titleEn: fields.titleEn ?? '',
    summary: [
      ...(fields.aim ? [{ label: '目的', text: fields.aim }] : []),
      ...(fields.results ? [{ label: '结果', text: fields.results }] : []),
    ],
    abstract: fields.abstract ? [{ label: null, text: fields.abstract }] : [],
    commentary: fields.commentary ? [fields.commentary] : [],
  };
}

export const realTagger = () => createTagger(realTaxonomy());
