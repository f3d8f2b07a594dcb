// Journal registry: resolves the 期刊: line to a canonical journal with an ASCII slug.
import { z } from 'astro/zod';
import { DataFileError, parseYamlData } from '../content-data/yaml-data.ts';
import type { JournalRef } from '../newsletter/archive.ts';
import { foldWidth } from '../text/fold.ts';
import { fnv1a } from '../text/hash.ts';
import { asciiSlug, SLUG_PATTERN } from '../text/slug.ts';

const journalSchema = z
  .object({
    /** Canonical name shown on the site. */
    name: z.string().min(1),
    /** URL segment under /journals/; ASCII so routes never carry Chinese. */
    slug: z.string().regex(SLUG_PATTERN, 'slug must be lower-case ASCII letters, digits and hyphens'),
    /** NLM (PubMed) abbreviation, also accepted as a spelling. */
    nlm: z.string().optional(),
    /** ISO 4 abbreviation (with its full stops), where it differs from the NLM one; also accepted as a spelling. */
    iso: z.string().optional(),
    /** Print and/or electronic ISSNs, only where known. */
    issn: z.array(z.string().regex(/^\d{4}-\d{3}[\dX]$/, 'ISSN looks like 1234-567X')).default([]),
    /** Other spellings editors write (acronyms, short and old names). */
    aliases: z.array(z.string().min(1)).default([]),
  })
  .strict();

export const registrySchema = z.array(journalSchema);

export type JournalEntry = z.output<typeof journalSchema>;

export interface JournalRegistry {
  entries: readonly JournalEntry[];
  resolve(asWritten: string): JournalRef;
}

/** Case, punctuation, a leading "The" and "&" vs "and" do not tell journals apart. */
export function journalKey(name: string): string {
  return foldWidth(name)
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

export function parseJournalRegistry(text: string, file: string): JournalRegistry {
  const { value: entries, lineOf } = parseYamlData(text, file, registrySchema);
  const byKey = new Map<string, JournalEntry>();
  const problems: { line: number; message: string }[] = [];
  const slugs = new Map<string, number>();
  entries.forEach((entry, index) => {
    const earlierSlug = slugs.get(entry.slug);
    if (earlierSlug !== undefined) {
      problems.push({ line: lineOf([index, 'slug']), message: `slug '${entry.slug}' is already used by ${entries[earlierSlug]?.name}` });
    }
    slugs.set(entry.slug, index);
    for (const spelling of journalSpellings(entry)) {
      if (!spelling) continue;
      const key = journalKey(spelling);
      const owner = byKey.get(key);
      if (owner && owner !== entry) {
        problems.push({ line: lineOf([index]), message: `'${spelling}' of ${entry.name} also names ${owner.name}; a spelling must name one journal` });
      }
      byKey.set(key, entry);
    }
  });
  if (problems.length > 0) throw new DataFileError(problems.map((p) => ({ file, ...p })));
  const registeredSlugs = new Set(entries.map((e) => e.slug));
  return { entries, resolve: (asWritten) => resolveJournal(asWritten, byKey, registeredSlugs) };
}

/** Every name a journal goes by: canonical, NLM, ISO and the aliases (acronyms, short and old names). */
export function journalSpellings(entry: JournalEntry): string[] {
  return [entry.name, entry.nlm, entry.iso, ...entry.aliases].filter((s): s is string => Boolean(s));
}

function resolveJournal(asWritten: string, byKey: ReadonlyMap<string, JournalEntry>, registeredSlugs: ReadonlySet<string>): JournalRef {
  const written = asWritten.trim();
  const withParen = /^(.*?)\s*[(（]([^()（）]+)[)）]\s*$/.exec(written);
  // `Name (ABBR)`: the whole, then the name, then the abbreviation.
  const candidates = withParen ? [written, withParen[1] ?? '', withParen[2] ?? ''] : [written];
  for (const candidate of candidates) {
    const entry = byKey.get(journalKey(candidate));
    if (entry) return { name: entry.name, slug: entry.slug, asWritten: written, known: true, issn: entry.issn };
  }
  // An unknown name that folds to a registered journal's slug (a typo such as Radiologý) must not take its page.
  const slug = asciiSlug(written, 'journal');
  const free = registeredSlugs.has(slug) ? `${slug}-${fnv1a(written.normalize('NFC'))}` : slug;
  return { name: written, slug: free, asWritten: written, known: false, issn: [] };
}
