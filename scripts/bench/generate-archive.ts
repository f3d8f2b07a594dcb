// Generates a synthetic archive of N papers for the scale benchmark (our search against Pagefind): issue files in
// the exact published format, recombined from every issue text at hand (content/issues and the public fixture
// issues), with planted terms whose papers are known and the searchable text of every paper, so recall can be
// checked exactly. Each job lives in its own module under ./archive/.
import { join } from 'node:path';
import { prepareContentDir, writeIssueFile } from './archive/content-dir.ts';
import { planIssues } from './archive/issue-plan.ts';
import { draftPaper } from './archive/paper.ts';
import { plantTerms, type PlantedTerm } from './archive/planted-terms.ts';
import { applyPlant } from './archive/planting.ts';
import { SeededRandom } from './archive/random.ts';
import { issueText, renderPaper, searchableText } from './archive/render.ts';
import { loadSources } from './archive/sources.ts';

export { groundTruth } from './archive/ground-truth.ts';
export type { PlantedTerm } from './archive/planted-terms.ts';

export interface GeneratedArchive {
  /** A content folder like /work/main/content, written under outDir: point ARCHIVE_CONTENT_DIR at it to build. */
  contentDir: string;
  paperCount: number;
  issueCount: number;
  /** Planted unique terms, each placed in a known small set of papers, for exact recall checks. */
  planted: PlantedTerm[];
  /** Searchable text of every generated paper, by paper id `<issue>-<order>` (titles, summary, commentary, abstract, journal), for ground truth. */
  texts: Map<string, string>;
  /** How many source issues, and distinct source papers (by DOI), the generated papers were recombined from. */
  sources: { issues: number; papers: number };
}

export interface GenerateOptions {
  papers: number;
  seed?: number;
  outDir: string;
}

/** Writes `<outDir>/content` (replacing an earlier one) with `papers` papers; the same options give the same bytes. */
export function generateArchive(options: GenerateOptions): GeneratedArchive {
  if (!Number.isInteger(options.papers) || options.papers < 1) throw new RangeError(`papers must be a positive integer, got ${options.papers}`);
  const rng = new SeededRandom(options.seed ?? 1);
  const sources = loadSources();
  const issues = planIssues(options.papers, rng);
  const plants = plantTerms(issues, rng);
  const contentDir = join(options.outDir, 'content');
  prepareContentDir(contentDir);

  const texts = new Map<string, string>();
  for (const issue of issues) {
    const papers = issue.paperIds.map((id, index) => {
      const draft = draftPaper(sources, rng, { id, issue: issue.number, order: index + 1 });
      for (const plant of plants.byPaper.get(id) ?? []) applyPlant(draft, plant);
      const rendered = renderPaper(draft);
      texts.set(id, searchableText(rendered));
      return rendered;
    });
    writeIssueFile(contentDir, issue.number, issueText(issue, papers));
  }
  return { contentDir, paperCount: options.papers, issueCount: issues.length, planted: plants.terms, texts, sources: sources.counts };
}
