// 相关文献 over the real issue 56 and the two fixture issues: papers on one subject find each other, across
// languages, for the same reasons a reader would give, and the same archive always gives the same lists.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadArchive, loadSearchData, validIssues } from '../../../src/lib/archive/load-archive.ts';
import type { Paper } from '../../../src/lib/newsletter/archive.ts';
import { jiebaCutter } from '../../../src/lib/search/jieba-segmenter.ts';
import { conceptFinder } from '../../../src/lib/similar/concept-terms.ts';
import { paperTerms, termContextOf, type TermContext } from '../../../src/lib/similar/paper-terms.ts';
import { stem } from '../../../src/lib/search/tokenize.ts';
import { similarPapers, type SimilarPaper } from '../../../src/lib/similar/similar-papers.ts';
import { similarReason } from '../../../src/lib/similar/similar-reason.ts';
import { papersOf } from '../../../src/lib/site/archive-views.ts';
import type { Topic } from '../../../src/lib/topics/taxonomy.ts';
import { evalArchive } from '../../helpers/eval-archive.ts';

let papers: Paper[];
let context: TermContext;
let topics: Map<string, Topic>;
let similar: Map<string, SimilarPaper[]>;
let generic: { zh: string[]; en: string[] };

beforeAll(() => {
  const contentDir = evalArchive();
  const archive = loadArchive(contentDir);
  papers = papersOf(validIssues(archive));
  topics = new Map(archive.taxonomy.bySlug);
  const data = loadSearchData(contentDir, [...archive.taxonomy.modalities, ...archive.taxonomy.diseases].flatMap((t) => t.zh));
  generic = data.stopwords.generic;
  context = termContextOf(jiebaCutter(data.knownWords), data.stopwords, conceptFinder([...archive.taxonomy.modalities, ...archive.taxonomy.diseases], data.thesaurus));
  similar = similarPapers(papers, context);
}, 60_000);

const idOf = (titlePart: string): string => {
  const found = papers.find((p) => p.titleZh.includes(titlePart) || p.titleEn.includes(titlePart));
  if (!found) throw new Error(`no paper titled with ${titlePart}`);
  return found.id;
};
const listed = (id: string): string[] => (similar.get(id) ?? []).map((s) => s.id);

describe('similar papers', () => {
  it('lists up to five other papers for every paper, best first, with scores in (0, 1]', () => {
    expect([...similar.keys()].sort()).toEqual(papers.map((p) => p.id).sort());
    for (const [id, list] of similar) {
      expect(list.length).toBeGreaterThan(0);
      expect(list.length).toBeLessThanOrEqual(5);
      expect(list.map((s) => s.id)).not.toContain(id);
      expect(new Set(list.map((s) => s.id)).size).toBe(list.length);
      const scores = list.map((s) => s.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      for (const score of scores) expect(score > 0 && score <= 1).toBe(true);
    }
  });

  it.each([
    // Lung adenocarcinoma histology, from PET/CT and from whole-slide images.
    ['非小细胞肺癌', 'PathoLung'],
    // Two PET papers on lymphoma and nasopharyngeal cancer against the rest: PET first.
    ['霍奇金淋巴瘤', '[18F]FDG PET/MRI'],
    // Knee radiographs and fracture radiographs.
    ['膝关节X线片', '骨折检测'],
    // Opportunistic findings on routine abdominal CT: pancreatic cancer, body composition.
    ['胰腺导管腺癌', '体成分分析'],
  ])('puts %s and %s in each other’s lists', (a, b) => {
    expect(listed(idOf(a))).toContain(idOf(b));
    expect(listed(idOf(b))).toContain(idOf(a));
  });

  it('finds the heart-failure paper’s nearest neighbour in another modality: ECG → cardiac MRI', () => {
    expect(listed(idOf('心力衰竭'))[0]).toBe(idOf('心脏磁共振'));
  });

  it('finds the neighbours of a paper described only in Chinese among papers described only in English', () => {
    const chineseOnly = papers.map((p) => (p.id === idOf('非小细胞肺癌') ? { ...p, titleEn: '', abstract: [] } : p));
    const englishOnly = chineseOnly.map((p) => (p.id === idOf('PathoLung') ? { ...p, titleZh: 'PathoLung', summary: [], commentary: [] } : p));
    const lists = similarPapers(englishOnly, context);
    expect((lists.get(idOf('非小细胞肺癌')) ?? []).map((s) => s.id)).toContain(idOf('PathoLung'));
  });

  it('says why: the shared topics, then shared words that do not just repeat a topic', () => {
    const entry = (similar.get(idOf('非小细胞肺癌')) ?? []).find((s) => s.id === idOf('PathoLung'));
    expect(entry?.topics).toContain('lung-cancer');
    const reason = similarReason(entry ?? { topics: [], terms: [] }, topics);
    expect(reason.text).toMatch(/^共同主题:[^·]*肺癌/);
    expect(reason.shared[0]).toBe(topics.get(entry?.topics[0] ?? '')?.label);
    const named = [...(entry?.topics ?? [])].flatMap((slug) => {
      const t = topics.get(slug);
      return t ? [t.label, t.labelEn, ...t.zh, ...t.en, ...t.acronyms].map((n) => n.toLowerCase()) : [];
    });
    for (const word of reason.shared.slice(entry?.topics.length ?? 0)) expect(named).not.toContain(word.toLowerCase());
  });

  it('never gives research prose as a reason: no shared word is on the editors’ generic list, in any form', () => {
    const genericStems = new Set(generic.en.map((word) => stem(word)));
    const genericZh = new Set(generic.zh);
    const shown = [...similar.values()].flat().flatMap((s) => s.terms);
    expect(shown.length).toBeGreaterThan(20);
    expect(generic.en).toContain('utilize');
    for (const word of shown) {
      expect(genericZh.has(word), word).toBe(false);
      expect(genericStems.has(stem(word.toLowerCase())), word).toBe(false);
    }
  });

  it('leaves every form of a generic English word out of the terms compared', () => {
    const [paper] = papers;
    if (!paper) throw new Error('no papers');
    const prose = { ...paper, titleEn: 'Utilizing utilized utilizes utilization radiomics', abstract: [], summary: [], commentary: [], titleZh: '' };
    const keys = [...paperTerms(prose, context).counts.keys()].filter((key) => key.startsWith('en:'));
    expect(keys).toEqual(['en:radiom']);
  });

  it('gives the same lists when computed again for the same archive', () => {
    expect(similarPapers(papers, context)).toEqual(similar);
  });
});
