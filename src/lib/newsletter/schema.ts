// The issue collection's schema: what every page may rely on, checked again when Astro stores the data.
import { z } from 'astro/zod';
import { SLUG_PATTERN } from '../text/slug.ts';
import type { Issue } from './archive.ts';
import { DOI_PATTERN } from './doi.ts';

const labelledPart = z.object({
  /** 目的/方法/结果/结论, PURPOSE/METHODS…, or null for a plain paragraph. */
  label: z.string().nullable(),
  text: z.string(),
});

const journalRef = z.object({
  /** Canonical name from content/journals.yaml, or the name as written when unknown. */
  name: z.string().min(1),
  /** ASCII URL segment under /journals/. */
  slug: z.string().regex(SLUG_PATTERN),
  /** The 期刊: line exactly as the editors wrote it. */
  asWritten: z.string().min(1),
  /** Whether the registry knows the journal. */
  known: z.boolean(),
  /** ISSNs from the registry. */
  issn: z.array(z.string()),
});

const paperSchema = z.object({
  /** `<issue>-<order>`, the paper page's URL segment. */
  id: z.string().regex(/^\d+-\d+$/),
  /** Position in the issue, from 1. */
  order: z.number().int().positive(),
  issueNumber: z.number().int().positive(),
  /** YYYY-MM-DD of the issue. */
  issueDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  titleZh: z.string().min(1),
  titleEn: z.string().min(1),
  journal: journalRef,
  /** 中文摘要 parts. */
  summary: z.array(labelledPart),
  /** 本刊点评 paragraphs, possibly none. */
  commentary: z.array(z.string()),
  /** 英文原摘要 sections, possibly none. */
  abstract: z.array(labelledPart),
  /** Lower-case DOI without resolver prefix. */
  doi: z.string().regex(DOI_PATTERN),
  /** https://doi.org/ link to the paper. */
  url: z.string().startsWith('https://doi.org/'),
  /** Modality slugs from content/taxonomy.yaml. */
  modalities: z.array(z.string()),
  /** Disease slugs from content/taxonomy.yaml. */
  diseases: z.array(z.string()),
  /** Source lines, for messages. */
  line: z.number().int(),
  journalLine: z.number().int(),
  doiLine: z.number().int(),
});

export const issueSchema = z.object({
  /** Issue number from the header (第N期). */
  number: z.number().int().positive(),
  /** YYYY-MM-DD from the header. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** Line of the header in the source file. */
  headerLine: z.number().int().positive(),
  /** Source file, relative to the project. */
  file: z.string(),
  /** Text before the first paper. */
  intro: z.array(z.string()),
  /** Text after the last paper. */
  outro: z.array(z.string()),
  papers: z.array(paperSchema).min(1),
});

// The schema and the parser's types must describe the same thing; this fails to compile if they drift.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const schemaMatchesTypes: Same<z.output<typeof issueSchema>, Issue> = true;
