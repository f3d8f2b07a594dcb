// Editors' per-paper tag corrections (content/overrides.yaml), keyed by normalised DOI.
import { z } from 'astro/zod';
import { DataFileError, parseYamlData } from '../content-data/yaml-data.ts';
import { normalizeDoi } from '../newsletter/doi.ts';
import type { Diagnostic } from '../newsletter/types.ts';
import type { Taxonomy } from './taxonomy.ts';

const overrideSchema = z
  .object({
    /** The paper's DOI, in any spelling the newsletter accepts. */
    doi: z.string().min(1),
    /** Modality or disease slugs to add. */
    add: z.array(z.string()).default([]),
    /** Modality or disease slugs to remove. */
    remove: z.array(z.string()).default([]),
    /** Why, for the next editor. */
    note: z.string().optional(),
  })
  .strict();

export interface TagOverride {
  doi: string;
  add: string[];
  remove: string[];
  line: number;
}

export interface TagOverrides {
  file: string;
  byDoi: ReadonlyMap<string, TagOverride>;
}

export function parseOverrides(text: string, file: string, taxonomy: Taxonomy): TagOverrides {
  const { value, lineOf } = parseYamlData(text, file, z.array(overrideSchema).nullable().transform((v) => v ?? []));
  const byDoi = new Map<string, TagOverride>();
  const problems: Diagnostic[] = [];
  value.forEach((entry, index) => {
    const line = lineOf([index]);
    const doi = normalizeDoi(entry.doi);
    if (!doi) problems.push({ file, line: lineOf([index, 'doi']), message: `'${entry.doi}' is not a DOI: expected 10.…, doi:10.… or https://doi.org/10.…` });
    else if (byDoi.has(doi)) problems.push({ file, line, message: `DOI ${doi} has a second override (line ${byDoi.get(doi)?.line}): merge them` });
    for (const [listName, slugs] of [['add', entry.add], ['remove', entry.remove]] as const) {
      slugs.forEach((slug, i) => {
        if (!taxonomy.bySlug.has(slug)) problems.push({ file, line: lineOf([index, listName, i]), message: `'${slug}' is not a modality or disease slug in content/taxonomy.yaml` });
      });
    }
    if (doi) byDoi.set(doi, { doi, add: entry.add, remove: entry.remove, line });
  });
  if (problems.length > 0) throw new DataFileError(problems);
  return { file, byDoi };
}

/** Applies a paper's override, if any, keeping taxonomy order. */
export function applyOverride(
  tags: { modalities: string[]; diseases: string[] },
  override: TagOverride | undefined,
  taxonomy: Taxonomy,
): { modalities: string[]; diseases: string[] } {
  if (!override) return tags;
  const wanted = new Set([...tags.modalities, ...tags.diseases, ...override.add]);
  for (const slug of override.remove) wanted.delete(slug);
  const inOrder = (topics: readonly { slug: string }[]) => topics.map((t) => t.slug).filter((slug) => wanted.has(slug));
  return { modalities: inOrder(taxonomy.modalities), diseases: inOrder(taxonomy.diseases) };
}

/** Overrides that name a DOI the archive does not have: a typo or a paper that was removed. */
export function orphanOverrides(overrides: TagOverrides, archiveDois: ReadonlySet<string>): Diagnostic[] {
  return [...overrides.byDoi.values()]
    .filter((o) => !archiveDois.has(o.doi))
    .map((o) => ({ file: overrides.file, line: o.line, message: `override for DOI ${o.doi}, which is not in the archive: check the DOI or remove the override` }));
}
