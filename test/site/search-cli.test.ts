// The search CLI over the built site: same engine as the browser, JSON in rank order.
import { describe, expect, it } from 'vitest';
import { REPO_SITE_DIR } from '../helpers/build-site.ts';
import { runScript, runScriptDirect } from '../helpers/run-script.ts';

// Once through npm (the first test), then straight to the script: the wiring needs proving once.
const search = (...args: string[]) => runScriptDirect('search', ['--dist', REPO_SITE_DIR, ...args]);

describe('npm run search', () => {
  it('prints one JSON array of results in rank order', () => {
    const result = runScript('search', ['--dist', REPO_SITE_DIR, '--json', '放射组学']);
    expect(result.status).toBe(0);
    const rows = JSON.parse(result.stdout) as Record<string, string>[];
    expect(rows.map((r) => r.id)).toEqual(['56-4', '56-1', '56-2']);
    expect(rows[0]).toEqual({
      id: '56-4',
      doi: '10.1007/s00330-026-12682-6',
      titleZh: 'MRI与超声结合深度学习和手工放射组学预测乳腺癌腋窝淋巴结状态:系统综述与Meta分析',
      titleEn: 'Assessing the performance of deep learning and hand-crafted radiomics models using MRI and ultrasound in predicting axillary lymph node status in breast cancer: a systematic review and meta-analysis.',
      url: '/papers/56-4/',
    });
  });

  it('sorts newest first on request, and refuses an unknown order', () => {
    const relevance = (JSON.parse(search('--json', '深度学习').stdout) as { id: string }[]).map((r) => r.id);
    const newest = (JSON.parse(search('--json', '--sort', 'newest', '深度学习').stdout) as { id: string }[]).map((r) => r.id);
    expect([...newest].sort()).toEqual([...relevance].sort());
    // One issue: newest first is the issue's own order.
    expect(newest).toEqual([...newest].sort((a, b) => Number(a.split('-')[1]) - Number(b.split('-')[1])));
    expect(newest).not.toEqual(relevance);
    const wrong = search('--sort', 'oldest', 'x');
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('--sort must be relevance or newest');
  });

  it('applies filters and the limit', () => {
    const filtered = JSON.parse(search('--json', '--journal', 'npj-digital-medicine', '--disease', 'skin-cancer', '').stdout) as { id: string }[];
    expect(filtered.map((r) => r.id)).toEqual(['56-6']);
    const limited = JSON.parse(search('--json', '--limit', '2', '--year', '2026', '').stdout) as { id: string }[];
    expect(limited.map((r) => r.id)).toEqual(['56-1', '56-2']);
    expect(JSON.parse(search('--json', '--modality', 'ecg', '肺癌').stdout)).toEqual([]);
  });

  it('explains missing builds and bad options in one line', () => {
    // Through npm: its exit code reaches the caller.
    const missing = runScript('search', ['--dist', '/nonexistent', 'x']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/has no search index: build the site first/);
    const bad = search('--limit', 'many', 'x');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--limit must be a positive whole number/);
  });
});
