// Reads the editors' content folder from disk and assembles the archive (the build, check-issue and tests share this).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { assembleArchive, type FileReport, type Issue, type SourceFile } from '../newsletter/archive.ts';
import { formatDiagnostic, type Diagnostic } from '../newsletter/types.ts';
import { parseDictionary } from '../search/dictionary.ts';
import { parseStopwords, type StopwordLists } from '../search/stopwords.ts';
import { parseThesaurus, type Thesaurus } from '../search/thesaurus.ts';
import { parseJournalRegistry, type JournalRegistry } from '../topics/journals.ts';
import { applyOverride, orphanOverrides, parseOverrides, type TagOverrides } from '../topics/overrides.ts';
import { createTagger, type Tagger } from '../topics/tagger.ts';
import { parseTaxonomy, type Taxonomy } from '../topics/taxonomy.ts';

export interface LoadedArchive {
  contentDir: string;
  journals: JournalRegistry;
  taxonomy: Taxonomy;
  tagger: Tagger;
  overrides: TagOverrides;
  /** One report per issue file, archive files first (sorted by name), then any extra files. */
  reports: FileReport[];
  /** Warnings about the editors' data files, such as an override for a DOI the archive lacks. */
  dataWarnings: Diagnostic[];
}

/** Thrown when the archive cannot be built; the message lists every `file:line: message`. */
export class ArchiveError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(`the archive has errors:\n${diagnostics.map(formatDiagnostic).join('\n')}`);
    this.name = 'ArchiveError';
  }
}

/** The content folder: ARCHIVE_CONTENT_DIR (fixture archives in tests, the benchmark) or ./content. */
export function contentDirFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env['ARCHIVE_CONTENT_DIR'] || 'content');
}

export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
}

export function issueFilesIn(contentDir: string): string[] {
  const dir = join(contentDir, 'issues');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => join(dir, name));
}

function readData(contentDir: string, name: string): { text: string; file: string } {
  const path = join(contentDir, name);
  return { text: readFileSync(path, 'utf8'), file: displayPath(path) };
}

/** content/taxonomy.yaml, for the topic pages and the search synonyms. */
export function loadTaxonomy(contentDir: string): Taxonomy {
  const { text, file } = readData(contentDir, 'taxonomy.yaml');
  return parseTaxonomy(text, file);
}

/**
 * Loads content/ and assembles every issue file. `extraFiles` (check-issue) are checked against the
 * archive; a file that is already part of it is checked once, in place.
 */
export function loadArchive(contentDir: string, extraFiles: readonly string[] = []): LoadedArchive {
  const journalsData = readData(contentDir, 'journals.yaml');
  const journals = parseJournalRegistry(journalsData.text, journalsData.file);
  const taxonomy = loadTaxonomy(contentDir);
  const overridesData = readData(contentDir, 'overrides.yaml');
  const overrides = parseOverrides(overridesData.text, overridesData.file, taxonomy);
  const tagger = createTagger(taxonomy);
  const archiveFiles = issueFilesIn(contentDir);
  const known = new Set(archiveFiles.map((f) => resolve(f)));
  const extras = extraFiles.map((f) => resolve(f)).filter((f) => !known.has(f));
  const sources: SourceFile[] = [...archiveFiles, ...new Set(extras)].map((path) => ({
    file: displayPath(path),
    bytes: readFileSync(path),
  }));
  const reports = assembleArchive(sources, {
    journals,
    tag: (paper) => applyOverride(tagger(paper), overrides.byDoi.get(paper.doi), taxonomy),
  });
  const archiveDois = new Set(reports.flatMap((r) => r.issue?.papers.map((p) => p.doi) ?? []));
  return { contentDir, journals, taxonomy, tagger, overrides, reports, dataWarnings: orphanOverrides(overrides, archiveDois) };
}

/** The issues of a loaded archive, newest first; throws ArchiveError naming every problem when any file is bad. */
export function validIssues(archive: LoadedArchive): Issue[] {
  const errors = archive.reports.flatMap((r) => r.errors);
  if (errors.length > 0) throw new ArchiveError(errors);
  return archive.reports.flatMap((r) => (r.issue ? [r.issue] : [])).sort((a, b) => b.number - a.number);
}

/** What the search index needs from content/ besides papers and topics. */
export interface SearchData {
  /** Words jieba must keep whole and the index finds wherever they occur: dictionary.txt and the taxonomy's Chinese terms. */
  knownWords: string[];
  stopwords: StopwordLists;
  journals: JournalRegistry['entries'];
  /** content/synonyms.yaml: equivalent names that are not topics. */
  thesaurus: Thesaurus;
}

/** The files editors keep for search, which `loadEditorsSearchData` reads (and astro dev watches). */
export const SEARCH_DATA_FILES = { dictionary: 'dictionary.txt', stopwords: 'stopwords.yaml', journals: 'journals.yaml', synonyms: 'synonyms.yaml' } as const;

/** The editors' search files as parsed (the site's `searchData` collection): the dictionary alone as known words. */
export function loadEditorsSearchData(contentDir: string): SearchData {
  const dictionary = readData(contentDir, SEARCH_DATA_FILES.dictionary);
  const stopwords = readData(contentDir, SEARCH_DATA_FILES.stopwords);
  const journals = readData(contentDir, SEARCH_DATA_FILES.journals);
  const synonyms = readData(contentDir, SEARCH_DATA_FILES.synonyms);
  return {
    thesaurus: parseThesaurus(synonyms.text, synonyms.file),
    knownWords: parseDictionary(dictionary.text),
    stopwords: parseStopwords(stopwords.text, stopwords.file),
    journals: parseJournalRegistry(journals.text, journals.file).entries,
  };
}

/** The taxonomy's Chinese terms are known words too: jieba keeps them whole. */
export function withTaxonomyTerms(editors: SearchData, taxonomyTerms: readonly string[]): SearchData {
  return { ...editors, knownWords: [...new Set([...editors.knownWords, ...taxonomyTerms])] };
}

export function loadSearchData(contentDir: string, taxonomyTerms: readonly string[]): SearchData {
  return withTaxonomyTerms(loadEditorsSearchData(contentDir), taxonomyTerms);
}
