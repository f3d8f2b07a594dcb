import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../../scripts/bench/archive/random.ts';
import { sourcePapers } from '../../../scripts/bench/archive/source-issues.ts';
import { generateArchive, groundTruth, type GeneratedArchive } from '../../../scripts/bench/generate-archive.ts';
import { loadArchive, validIssues } from '../../../src/lib/archive/load-archive.ts';
import type { Issue, Paper } from '../../../src/lib/newsletter/archive.ts';
import { parseIssue } from '../../../src/lib/newsletter/parse-issue.ts';
import type { ParsedPaper } from '../../../src/lib/newsletter/types.ts';
import { COMMITTED_EVAL_DIR } from '../../helpers/eval-cases.ts';

const REAL_CONTENT = fileURLToPath(new URL('../../../content/', import.meta.url));
const PUBLISHED_ISSUES = join(REAL_CONTENT, 'issues');
// The generator reads ../shared/eval/issues where it exists; test/unit/eval-fixtures.test.ts keeps this copy equal.
const FIXTURE_ISSUES = join(COMMITTED_EVAL_DIR, 'issues');
const tempDirs: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-archive-'));
  tempDirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

/** Every file under dir, by relative path, hashed with its name so a rename changes the hash too. */
function hashTree(dir: string): string {
  const hash = createHash('sha256');
  const walk = (sub: string): void => {
    for (const name of readdirSync(join(dir, sub)).sort()) {
      const rel = join(sub, name);
      if (statSync(join(dir, rel)).isDirectory()) walk(rel);
      else hash.update(`${rel}\0`).update(readFileSync(join(dir, rel)));
    }
  };
  walk('');
  return hash.digest('hex');
}

/** What the search index reads of a paper, in the generator's order: titles, summary, comment, abstract, journal. */
const parsedText = (p: Paper): string =>
  [p.titleZh, p.titleEn, ...p.summary.map((s) => s.text), ...p.commentary, ...p.abstract.map((a) => a.text), p.journal.asWritten, p.journal.name].join('\n');

/** The issue files of a folder, each parsed; every one must parse. */
const parsedIssueFiles = (dir: string): { name: string; papers: ParsedPaper[] }[] =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const outcome = parseIssue(readFileSync(join(dir, name)), name);
      if (!outcome.ok) throw new Error(`${name}: ${JSON.stringify(outcome.errors)}`);
      return { name, papers: outcome.issue.papers };
    });

/** Runs of eight or more Han characters: long enough that one seen in a generated paper came from a source sentence. */
const hanPhrases = (text: string): string[] => [...new Set(text.match(/\p{Script=Han}{8,}/gu) ?? [])];

/** A source paper's Chinese text: title, summary and comment. */
const chineseText = (p: ParsedPaper): string => [p.titleZh, ...p.summary.map((s) => s.text), ...p.commentary].join('\n');

const distinctEnglishWords = (texts: ReadonlyMap<string, string>): number => {
  const words = new Set<string>();
  for (const text of texts.values()) for (const word of text.toLowerCase().match(/[a-z]+/g) ?? []) words.add(word);
  return words.size;
};

describe('a generated archive of 300 papers', () => {
  let archive: GeneratedArchive;
  let issues: Issue[];
  let warnings: unknown[];

  beforeAll(() => {
    archive = generateArchive({ papers: 300, seed: 7, outDir: tempDir() });
    const loaded = loadArchive(archive.contentDir);
    warnings = [...loaded.reports.flatMap((r) => r.warnings), ...loaded.dataWarnings];
    issues = validIssues(loaded);
  });

  it('has issue files that each parse on their own, 6–10 papers an issue (the oldest takes the rest)', () => {
    const dir = join(archive.contentDir, 'issues');
    const files = readdirSync(dir).sort();
    expect(files).toHaveLength(archive.issueCount);
    const parsed = files.map((name) => {
      const outcome = parseIssue(readFileSync(join(dir, name)), name);
      if (!outcome.ok) throw new Error(`${name}: ${JSON.stringify(outcome.errors)}`);
      expect(outcome.warnings).toEqual([]);
      return outcome.issue;
    });
    expect(parsed.reduce((sum, issue) => sum + issue.papers.length, 0)).toBe(300);
    const [oldest, ...rest] = parsed;
    expect(oldest?.papers.length).toBeLessThanOrEqual(10);
    for (const issue of rest) expect(issue.papers.length).toBeGreaterThanOrEqual(6);
    for (const issue of rest) expect(issue.papers.length).toBeLessThanOrEqual(10);
  });

  it('assembles into one archive: unique issue numbers and DOIs, known journals, no warnings', () => {
    expect(archive.paperCount).toBe(300);
    expect(issues).toHaveLength(archive.issueCount);
    const papers = issues.flatMap((issue) => issue.papers);
    expect(papers).toHaveLength(300);
    expect(new Set(papers.map((p) => p.doi)).size).toBe(300);
    expect(warnings).toEqual([]);
    expect(new Set(papers.map((p) => p.journal.slug)).size).toBeGreaterThan(20);
    expect(new Set(papers.flatMap((p) => p.diseases)).size).toBeGreaterThan(20);
    expect(new Set(papers.flatMap((p) => p.modalities)).size).toBeGreaterThan(8);
  });

  it('goes back one week per issue from 2026-06-25', () => {
    const newestFirst = issues.map((issue) => issue.date);
    expect(newestFirst[0]).toBe('2026-06-25');
    newestFirst.slice(1).forEach((date, i) => {
      expect(Date.parse(newestFirst[i] ?? '') - Date.parse(date)).toBe(7 * 24 * 3600 * 1000);
    });
  });

  it('gives for each paper exactly the text the parser reads from it', () => {
    const papers = issues.flatMap((issue) => issue.papers);
    expect(new Set(archive.texts.keys())).toEqual(new Set(papers.map((p) => p.id)));
    for (const paper of papers) expect(archive.texts.get(paper.id)).toBe(parsedText(paper));
  });

  it('writes papers about as long as the real ones', () => {
    const bytes = [...archive.texts.values()].map((text) => Buffer.byteLength(text));
    const mean = bytes.reduce((a, b) => a + b, 0) / bytes.length;
    expect(mean).toBeGreaterThan(2000);
    expect(mean).toBeLessThan(4000);
  });

  it("copies the editors' data files and has no overrides", () => {
    for (const name of ['journals.yaml', 'taxonomy.yaml', 'dictionary.txt']) {
      expect(readFileSync(join(archive.contentDir, name), 'utf8')).toBe(readFileSync(join(REAL_CONTENT, name), 'utf8'));
    }
    expect(readFileSync(join(archive.contentDir, 'overrides.yaml'), 'utf8').trim()).toBe('[]');
  });

  it('plants four Chinese and four English terms, each in exactly its 1–5 papers', () => {
    expect(archive.planted.filter((p) => p.language === 'zh')).toHaveLength(4);
    expect(archive.planted.filter((p) => p.language === 'en')).toHaveLength(4);
    for (const { term, paperIds } of archive.planted) {
      expect(paperIds.length).toBeGreaterThanOrEqual(1);
      expect(paperIds.length).toBeLessThanOrEqual(5);
      expect(groundTruth(archive.texts, [term])).toEqual(new Set(paperIds));
    }
  });

  it('plants terms in titles, summaries, abstracts and comments', () => {
    const fieldsHit = new Set<string>();
    const byId = new Map(issues.flatMap((issue) => issue.papers).map((p) => [p.id, p]));
    for (const { term, paperIds } of archive.planted) {
      for (const id of paperIds) {
        const paper = byId.get(id);
        if (!paper) throw new Error(`no paper ${id}`);
        const fields = {
          title: `${paper.titleZh}\n${paper.titleEn}`,
          summary: paper.summary.map((s) => s.text).join('\n'),
          abstract: paper.abstract.map((a) => a.text).join('\n'),
          commentary: paper.commentary.join('\n'),
        };
        for (const [field, text] of Object.entries(fields)) if (text.toLowerCase().includes(term)) fieldsHit.add(field);
      }
    }
    expect(fieldsHit).toEqual(new Set(['title', 'summary', 'abstract', 'commentary']));
  });
});

describe('the sources a generated archive of 300 papers recombines', () => {
  const published = parsedIssueFiles(PUBLISHED_ISSUES);
  const fixtures = parsedIssueFiles(FIXTURE_ISSUES);
  const publishedText = published.flatMap((issue) => issue.papers.map(chineseText)).join('\n');
  let archive: GeneratedArchive;
  let generatedText: string;

  beforeAll(() => {
    archive = generateArchive({ papers: 300, seed: 7, outDir: tempDir() });
    generatedText = [...archive.texts.values()].join('\n');
  });

  it('counts issue 56 and every fixture issue, each source paper once by DOI', () => {
    const dois = new Set([...published, ...fixtures].flatMap((issue) => issue.papers.map((p) => p.doi.toLowerCase())));
    expect(fixtures.length).toBeGreaterThan(0);
    expect(archive.sources).toEqual({ issues: published.length + fixtures.length, papers: dois.size });
    expect(archive.sources.papers).toBeGreaterThan(published.flatMap((issue) => issue.papers).length);
  });

  it.each(fixtures.flatMap((issue) => issue.papers.map((paper) => ({ file: issue.name, doi: paper.doi, paper }))))(
    'draws on fixture paper $doi ($file): a phrase of its own, not in issue 56, appears in the archive',
    ({ paper }) => {
      const ownPhrases = hanPhrases(chineseText(paper)).filter((phrase) => !publishedText.includes(phrase));
      expect(ownPhrases.length).toBeGreaterThan(0);
      expect(ownPhrases.filter((phrase) => generatedText.includes(phrase))).not.toEqual([]);
    },
  );

  it('copies no source paper into the archive: every DOI is a benchmark DOI', () => {
    const dois = parsedIssueFiles(join(archive.contentDir, 'issues')).flatMap((issue) => issue.papers.map((p) => p.doi));
    expect(dois).toHaveLength(300);
    for (const doi of dois) expect(doi).toMatch(/^10\.5555\/bench\.\d+\.\d+$/);
  });

  it('takes a paper met twice (same DOI) once, and counts only the issue files that brought new papers', () => {
    const once = sourcePapers([FIXTURE_ISSUES]);
    const twice = sourcePapers([FIXTURE_ISSUES, FIXTURE_ISSUES]);
    expect(twice.papers.map((p) => p.doi)).toEqual(once.papers.map((p) => p.doi));
    expect(twice.issueCount).toBe(once.issueCount);
    expect(once.issueCount).toBe(fixtures.length);
  });
});

describe('generateArchive', () => {
  it('writes byte-identical archives for the same options, and a different one for another seed', () => {
    const first = generateArchive({ papers: 300, seed: 3, outDir: tempDir() });
    const second = generateArchive({ papers: 300, seed: 3, outDir: tempDir() });
    const other = generateArchive({ papers: 300, seed: 4, outDir: tempDir() });
    expect(hashTree(first.contentDir)).toBe(hashTree(second.contentDir));
    expect(second.planted).toEqual(first.planted);
    expect([...second.texts]).toEqual([...first.texts]);
    expect(second.sources).toEqual(first.sources);
    expect(hashTree(other.contentDir)).not.toBe(hashTree(first.contentDir));
  });

  it('grows its vocabulary with the archive, as new papers bring new words', () => {
    const small = generateArchive({ papers: 300, outDir: tempDir() });
    const large = generateArchive({ papers: 1500, outDir: tempDir() });
    expect(large.paperCount).toBe(1500);
    expect(distinctEnglishWords(large.texts)).toBeGreaterThan(1.6 * distinctEnglishWords(small.texts));
  });

  it('refuses a paper count that is not a positive integer', () => {
    expect(() => generateArchive({ papers: 0, outDir: tempDir() })).toThrow(RangeError);
    expect(() => generateArchive({ papers: 2.5, outDir: tempDir() })).toThrow(RangeError);
  });
});

describe('seededRandom', () => {
  const draws = (seed: number): number[] => {
    const random = seededRandom(seed);
    return Array.from({ length: 1000 }, () => random());
  };
  it('gives the same numbers in [0, 1) for the same seed, and others for another seed', () => {
    const first = draws(5);
    expect(draws(5)).toEqual(first);
    expect(draws(6)).not.toEqual(first);
    for (const n of first) expect(n >= 0 && n < 1).toBe(true);
  });
});

describe('groundTruth', () => {
  const texts = new Map([
    ['1-1', '基于蓝鲸影像组学的分析:C-index 0.72, Quokkanet-based model.'],
    ['1-2', 'Two quokkanets; 肺癌筛查 and the LUNG CANCER cohort.'],
    ['1-3', '采用quokkanet模型 for lung cancer (c-index).'],
  ]);
  it.each([
    { terms: ['蓝鲸影像'], want: ['1-1'], rule: 'Chinese: a substring' },
    { terms: ['影像组学分析'], want: [], rule: 'Chinese: the whole term, in order' },
    { terms: ['quokkanet'], want: ['1-1', '1-3'], rule: 'English: whole words, any case; hyphens and Han characters end a word' },
    { terms: ['quokka'], want: [], rule: 'English: not part of a word' },
    { terms: ['quokkanets'], want: ['1-2'], rule: 'English: a plural is another word' },
    { terms: ['quokka*'], want: ['1-1', '1-2', '1-3'], rule: 'English ending in *: a word beginning' },
    { terms: ['okka*'], want: [], rule: 'English ending in *: not the middle of a word' },
    { terms: ['c-index'], want: ['1-1', '1-3'], rule: 'a hyphenated term matches as written' },
    { terms: ['index'], want: ['1-1', '1-3'], rule: 'a hyphen separates words' },
    { terms: ['lung cancer'], want: ['1-2', '1-3'], rule: 'a phrase matches as written, any case' },
    { terms: ['lung cancer', '肺癌'], want: ['1-2'], rule: 'every term must match' },
    { terms: ['0.72'], want: ['1-1'], rule: 'numbers are words too' },
    { terms: [], want: ['1-1', '1-2', '1-3'], rule: 'no terms: every paper' },
  ])('$rule: $terms', ({ terms, want }) => {
    expect(groundTruth(texts, terms)).toEqual(new Set(want));
  });
});
