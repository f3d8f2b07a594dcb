// The modality and disease taxonomy (content/taxonomy.yaml): schema, loading and lookups; its topics are also the
// `topics` collection (src/content.config.ts), checked by the same schema.
import { z } from 'astro/zod';
import { DataFileError, parseYamlData } from '../content-data/yaml-data.ts';
import { TOPIC_FACETS, type TopicFacet } from '../site/facet-names.ts';
import { SLUG_PATTERN } from '../text/slug.ts';

const termList = z.array(z.string().trim().min(1)).default([]);

/** One modality or disease as content/taxonomy.yaml writes it. */
const topicEntrySchema = z
  .object({
    /** ASCII URL segment; unique across modalities and diseases. */
    slug: z.string().regex(SLUG_PATTERN, 'slug must be lower-case ASCII letters, digits and hyphens'),
    /** Chinese label shown on the site. */
    label: z.string().min(1),
    /** English label shown beside the Chinese one. */
    labelEn: z.string().min(1),
    /** Chinese terms, matched as substrings. */
    zh: termList,
    /** English terms, whole words, any case, plural and hyphen/space variants. */
    en: termList,
    /** Ambiguous acronyms, whole words, exact case. */
    acronyms: termList,
    /**
     * Traditional Chinese, Taiwan and Hong Kong names readers type (磁振造影, 電腦斷層, 胰臟癌), written as they
     * type them. Search synonyms only: papers are in mainland Chinese, so these never tag a paper.
     */
    tw: termList,
    /** Phrases that contain a term without meaning the topic. */
    exclude: termList,
  })
  .strict();

const weightsSchema = z
  .object({
    titleZh: z.number().nonnegative(),
    titleEn: z.number().nonnegative(),
    /** 目的/目标/方法/结论 parts of the Chinese summary. */
    summaryKey: z.number().nonnegative(),
    /** 结果 and unlabelled parts of the Chinese summary. */
    summaryOther: z.number().nonnegative(),
    abstract: z.number().nonnegative(),
    commentary: z.number().nonnegative(),
  })
  .strict();

const taxonomySchema = z
  .object({
    scoring: z.object({ threshold: z.number().positive(), weights: weightsSchema }).strict(),
    modalities: z.array(topicEntrySchema).min(1),
    diseases: z.array(topicEntrySchema).min(1),
  })
  .strict();

/** A topic with the facet it belongs to, as tags, facet pages and search synonyms use it; the `topics` collection's schema. */
export const topicSchema = topicEntrySchema.extend({
  /** Which list of content/taxonomy.yaml the topic is in. */
  kind: z.enum(TOPIC_FACETS),
});

export type TopicEntry = z.output<typeof topicEntrySchema>;
export type Topic = z.output<typeof topicSchema>;
export type FieldWeights = z.output<typeof weightsSchema>;

export interface Taxonomy {
  threshold: number;
  weights: FieldWeights;
  modalities: Topic[];
  diseases: Topic[];
  bySlug: ReadonlyMap<string, Topic>;
}

export function parseTaxonomy(text: string, file: string): Taxonomy {
  const { value, lineOf } = parseYamlData(text, file, taxonomySchema);
  const modalities = value.modalities.map((entry): Topic => ({ ...entry, kind: 'modalities' }));
  const diseases = value.diseases.map((entry): Topic => ({ ...entry, kind: 'diseases' }));
  const bySlug = new Map<string, Topic>();
  const problems: { file: string; line: number; message: string }[] = [];
  const check = (topics: Topic[], listName: TopicFacet) =>
    topics.forEach((topic, index) => {
      const line = lineOf([listName, index, 'slug']);
      const earlier = bySlug.get(topic.slug);
      if (earlier) problems.push({ file, line, message: `slug '${topic.slug}' is already ${earlier.label} under ${earlier.kind}; slugs are unique across modalities and diseases` });
      if (topic.zh.length + topic.en.length + topic.acronyms.length === 0) {
        problems.push({ file, line, message: `${topic.slug} has no terms: give it zh, en or acronyms so papers can be tagged` });
      }
      bySlug.set(topic.slug, topic);
    });
  check(modalities, 'modalities');
  check(diseases, 'diseases');
  if (problems.length > 0) throw new DataFileError(problems);
  return { threshold: value.scoring.threshold, weights: value.scoring.weights, modalities, diseases, bySlug };
}
