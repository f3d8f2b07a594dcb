// 相关文献 as a reader sees it on a paper page and as `npm run similar` reads it back from the built site: the same
// papers in the same order, each with a score and why, found by id or by a DOI in any pasted form.
import { describe, expect, it } from 'vitest';
import type { SimilarRow } from '../../scripts/lib/similar-on-page.ts';
import { REPO_SITE_DIR } from '../helpers/build-site.ts';
import { loadPage } from '../helpers/built-pages.ts';
import { runScript, runScriptDirect } from '../helpers/run-script.ts';

// Once through npm (by id), then straight to the script: the wiring needs proving once.
const similar = (...args: string[]) => runScriptDirect('similar', ['--dist', REPO_SITE_DIR, ...args]);

describe('similar papers', () => {
  it('are on every paper page, linked, best first, each with a reason', () => {
    for (const id of ['56-1', '56-2', '56-3', '56-4', '56-5', '56-6']) {
      const $ = loadPage(REPO_SITE_DIR, `/papers/${id}/`);
      expect($('#similar-title').text()).toBe('相关文献');
      const items = $('[data-similar] li');
      expect(items.length).toBeGreaterThan(0);
      expect(items.length).toBeLessThanOrEqual(5);
      const ids = items.map((_i, li) => $(li).attr('data-paper-id')).get();
      expect(ids).not.toContain(id);
      const scores = items.map((_i, li) => Number($(li).attr('data-score'))).get();
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      items.each((_i, li) => {
        expect($(li).find('a.similar__title').attr('href')).toBe(`/papers/${$(li).attr('data-paper-id')}/`);
        expect($(li).find('.similar__why').text()).toMatch(/^(共同主题:|共同词语:)/);
      });
    }
  });

  it('are what the CLI prints, by id or by DOI', () => {
    const byId = runScript('similar', ['--dist', REPO_SITE_DIR, '--json', '56-1']);
    expect(byId.status).toBe(0);
    const rows = JSON.parse(byId.stdout) as SimilarRow[];
    const $ = loadPage(REPO_SITE_DIR, '/papers/56-1/');
    expect(rows.map((r) => r.id)).toEqual($('[data-similar] li').map((_i, li) => $(li).attr('data-paper-id')).get());
    const [first] = rows;
    expect(first?.url).toBe(`/papers/${first?.id}/`);
    expect(first?.doi).toMatch(/^10\.\d{4,9}\//);
    expect(first?.titleZh.length).toBeGreaterThan(5);
    expect(first?.titleEn.length).toBeGreaterThan(5);
    expect(first?.shared.length).toBeGreaterThan(0);
    // Paper 56-1's DOI pasted as a link, in capitals.
    const doi = loadPage(REPO_SITE_DIR, '/papers/56-1/')('a.doi').first().text();
    const byDoi = similar('--json', `https://doi.org/${doi.toUpperCase()}`);
    expect(JSON.parse(byDoi.stdout)).toEqual(rows);
    expect(similar('56-1').stdout).toMatch(new RegExp(`^${rows.length} similar papers to 56-1\\n\\d\\.\\d{3}  ${first?.id}  `));
  });

  it('says which paper it cannot find, and how to call it', () => {
    const missing = similar('10.9999/not-in-archive');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('no paper "10.9999/not-in-archive"');
    expect(similar().stderr).toContain('usage: npm run --silent similar');
  });
});
