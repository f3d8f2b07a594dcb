// The benchmark's guards on the real built site: Pagefind is given exactly the text our index holds, and the sanity
// checks stop the bench when Pagefind indexed whole, unmarked pages (as it once did, unnoticed, for months).
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { startBenchServer } from '../../scripts/bench/bench-server.ts';
import { markedText, markPaperPage } from '../../scripts/bench/pagefind-marking.ts';
import { markForPagefind, runPagefind, writeHarness } from '../../scripts/bench/prepare-sites.ts';
import { checkSanity } from '../../scripts/bench/sanity-check.ts';
import { useBrowser } from '../helpers/browser.ts';
import { loadArchive, validIssues } from '../../src/lib/archive/load-archive.ts';
import type { Paper } from '../../src/lib/newsletter/archive.ts';
import { papersOf } from '../../src/lib/site/archive-views.ts';
import { REPO_SITE_DIR } from '../helpers/build-site.ts';

const CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));
const papers: Paper[] = papersOf(validIssues(loadArchive(CONTENT)));
const work = mkdtempSync(join(tmpdir(), 'bench-sanity-'));
// The bench server speaks TLS with a throwaway certificate.
const chromium = useBrowser({ args: ['--ignore-certificate-errors'] });

/** A copy of the built site with Pagefind's index over it, marked or not. */
async function pagefindSite(name: string, marked: boolean): Promise<string> {
  const dir = join(work, name);
  cpSync(REPO_SITE_DIR, dir, { recursive: true });
  if (marked) markForPagefind(dir, papers);
  runPagefind(dir);
  await writeHarness(dir);
  return dir;
}

async function sanityOf(siteDir: string): Promise<string[]> {
  const server = await startBenchServer(siteDir);
  try {
    const paper = papers.find((p) => p.titleEn.includes('FetalCLIP'));
    if (!paper) throw new Error('issue 56 has no FetalCLIP paper');
    return await checkSanity({ papers, siteDir, known: { term: 'FetalCLIP', paperIds: [paper.id] }, browser: chromium.browser, server, withPagefind: true });
  } finally {
    await server.close();
  }
}

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('Pagefind marking', () => {
  it('gives Pagefind the paper text our index holds, not the navigation, citation block or labels around it', () => {
    const paper = papers[2] as Paper;
    const file = join(REPO_SITE_DIR, 'papers', paper.id, 'index.html');
    const text = markedText(markPaperPage(readFileSync(file, 'utf8'), paper, file));
    const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
    for (const held of [paper.titleZh, paper.titleEn, paper.journal.name, paper.doi, ...paper.summary.map((p) => p.text), ...paper.commentary, ...paper.abstract.map((p) => p.text)]) {
      expect(text).toContain(squash(held));
    }
    for (const around of ['往期', '上一篇', '下一篇', '引用与保存', 'BibTeX', '复制 DOI', '中文摘要', '本刊点评', '英文原摘要', `第${paper.issueNumber}期`]) {
      expect(text).not.toContain(around);
    }
  });

  it('stops with the file named when a page has no paper article to mark', () => {
    expect(() => markPaperPage('<main id="main"><p>no article</p></main>', papers[0] as Paper, 'papers/x/index.html')).toThrow(/papers\/x\/index\.html: expected one <article/);
  });
});

describe('bench sanity checks', () => {
  it('pass on a marked site: every paper one page, filter counts equal, a known term finds exactly its paper', async () => {
    const confirmed = await sanityOf(await pagefindSite('marked', true));
    expect(confirmed.join('\n')).toContain(`Pagefind indexed ${papers.length} pages for ${papers.length} papers`);
  });

  it('fail loudly on an unmarked site, where Pagefind indexes whole pages without filters', async () => {
    const unmarked = await pagefindSite('unmarked', false);
    await expect(sanityOf(unmarked)).rejects.toThrow(new RegExp(`Pagefind indexed \\d+ pages for ${papers.length} papers[\\s\\S]*Pagefind filter 'journals'`));
  });
});
