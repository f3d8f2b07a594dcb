import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateArchive, groundTruth, type GeneratedArchive } from '../../../scripts/bench/generate-archive.ts';
import { loadArchive, validIssues } from '../../../src/lib/archive/load-archive.ts';
import type { Issue, Paper } from '../../../src/lib/newsletter/archive.ts';
import { parseIssue } from '../../../src/lib/newsletter/parse-issue.ts';

const REAL_CONTENT = fileURLToPath(new URL('../../../content/', import.meta.url));
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

describe('generateArchive', () => {
  it('writes byte-identical archives for the same options, and a different one for another seed', () => {
    const first = generateArchive({ papers: 300, seed: 3, outDir: tempDir() });
    const second = generateArchive({ papers: 300, seed: 3, outDir: tempDir() });
    const other = generateArchive({ papers: 300, seed: 4, outDir: tempDir() });
    expect(hashTree(first.contentDir)).toBe(hashTree(second.contentDir));
    expect(second.planted).toEqual(first.planted);
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
