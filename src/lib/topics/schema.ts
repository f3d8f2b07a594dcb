// The topics collection's schema: taxonomy entries as pages and search need them.
import { z } from 'astro/zod';
import type { Topic } from './taxonomy.ts';

export const topicSchema = z.object({
  /** ASCII URL segment. */
  slug: z.string(),
  kind: z.enum(['modality', 'disease']),
  /** Chinese label. */
  label: z.string(),
  /** English label shown beside it. */
  labelEn: z.string(),
  /** Terms that name the topic; search expands a query term to all of them. */
  zh: z.array(z.string()),
  en: z.array(z.string()),
  acronyms: z.array(z.string()),
  /** Traditional Chinese / Taiwan / Hong Kong names: search synonyms only. */
  tw: z.array(z.string()),
  exclude: z.array(z.string()),
});

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const topicSchemaMatchesTypes: Same<z.output<typeof topicSchema>, Topic> = true;
