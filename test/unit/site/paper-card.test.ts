// One card for a paper: built from the collections (paper lists) and from the index's result document (search
// page), the real issue 56 gives the same card both ways.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArchive, validIssues } from '../../../src/lib/archive/load-archive.ts';
import type { Paper } from '../../../src/lib/newsletter/archive.ts';
import { docPath, type SearchDoc } from '../../../src/lib/search/index-files.ts';
import { paperCardOf, paperCardOfDoc } from '../../../src/lib/site/paper-card.ts';
import { tagChipOf } from '../../../src/lib/site/tag-chip.ts';
import { tagLinksOf, type TagLink } from '../../../src/lib/topics/facets.ts';
import type { Topic } from '../../../src/lib/topics/taxonomy.ts';
import { fixtureArchive } from '../../helpers/fixture-archive.ts';
import { indexFilesOf } from '../../helpers/search-index.ts';
import { seedText } from '../../helpers/seed.ts';

let contentDir: string;
let papers: Paper[];
let topicsBySlug: Map<string, Topic>;
let docs: Map<string, SearchDoc>;

beforeAll(() => {
  contentDir = fixtureArchive({ '2026-06-25-056.txt': seedText() });
  const archive = loadArchive(contentDir);
  papers = validIssues(archive).flatMap((issue) => issue.papers);
  topicsBySlug = new Map([...archive.taxonomy.modalities, ...archive.taxonomy.diseases].map((topic) => [topic.slug, topic]));
  const files = indexFilesOf(contentDir);
  const shipped = papers.map((_paper, n) => JSON.parse(files.get(docPath(n)) ?? 'null') as SearchDoc);
  docs = new Map(shipped.map((doc) => [doc.id, doc]));
}, 60_000);
afterAll(() => rmSync(contentDir, { recursive: true, force: true }));

const paper = (id: string): Paper => {
  const found = papers.find((p) => p.id === id);
  if (!found) throw new Error(`issue 56 has no paper ${id}`);
  return found;
};
const cardOfPaper = (id: string) => paperCardOf(paper(id), tagLinksOf(paper(id), topicsBySlug));
const cardOfDoc = (id: string) => {
  const doc = docs.get(id);
  if (!doc) throw new Error(`the index has no document for ${id}`);
  return paperCardOfDoc(doc);
};

describe('paper card', () => {
  it('holds what a card shows of issue 56’s first paper', () => {
    expect(cardOfPaper('56-1')).toEqual({
      id: '56-1',
      href: '/papers/56-1/',
      titleZh: '临床元数据与[18F]FDG PET/CT深度融合用于非小细胞肺癌组织学分型:多中心研究',
      titleEn: 'Deep integration of clinical metadata with [18F]FDG PET/CT imaging for histological subtyping in non-small cell lung cancer: a multi-center study.',
      journal: { text: 'European Journal of Nuclear Medicine and Molecular Imaging', href: '/journals/ejnmmi/' },
      issue: { text: '第56期', href: '/issues/56/' },
      date: { iso: '2026-06-25', text: '2026年6月25日' },
      tags: [
        { kind: 'modalities', label: 'PET', labelEn: 'Positron emission tomography', href: '/modalities/pet/' },
        { kind: 'modalities', label: 'CT', labelEn: 'Computed tomography', href: '/modalities/ct/' },
        { kind: 'diseases', label: '肺癌', labelEn: 'Lung cancer', href: '/diseases/lung-cancer/' },
      ],
      snippetSources: expect.any(Array) as unknown,
    });
    const [summary, abstract, commentary] = cardOfPaper('56-1').snippetSources;
    expect(summary).toMatch(/^目的:/);
    expect(abstract).toMatch(/^[A-Z]/);
    expect(commentary).toBeDefined();
  });

  // The point of the model: a paper list and the search page draw one card, whichever data they start from.
  it.each(['56-1', '56-2', '56-3', '56-4', '56-5', '56-6'])('%s: the card from the collections equals the card from its result document', (id) => {
    expect(cardOfDoc(id)).toEqual(cardOfPaper(id));
  });

  it('leaves out empty prose, so a snippet never starts from nothing', () => {
    const bare = { ...paper('56-1'), commentary: [] };
    expect(paperCardOf(bare, []).snippetSources).toHaveLength(2);
    expect(paperCardOf(bare, []).snippetSources).not.toContain('');
  });
});

describe('tag chip', () => {
  const link = (label: string, labelEn: string): TagLink => ({ kind: 'modalities', slug: 'x', label, labelEn, href: '/modalities/x/' });
  it.each([
    ['an English name unlike the label', link('超声', 'Ultrasound'), 'Ultrasound'],
    ['an English name that only repeats the label', link('ECG', 'ECG'), null],
  ])('shows %s', (_case, tag, labelEn) => {
    expect(tagChipOf(tag)).toEqual({ kind: 'modalities', label: tag.label, labelEn, href: '/modalities/x/' });
  });
});
