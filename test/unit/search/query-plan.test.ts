// How the planner reads what readers type, over the eval archive (issue 56 and the fixture issues), through the
// engine the browser uses: each table row is a query and what it must (and must not) find or how it must read.
import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchEngine } from '../../../src/lib/search/engine.ts';
import { describeNode } from '../../../src/lib/search/explain-query.ts';
import { sharedEngine } from '../../helpers/shared-indexes.ts';

let engine: SearchEngine;
beforeAll(async () => {
  ({ engine } = await sharedEngine('eval'));
}, 120_000);

async function ids(query: string): Promise<string[]> {
  const outcome = await engine.search(query);
  return Promise.all(outcome.hits.map(async (h) => (await engine.doc(h.n)).id));
}
const planOf = async (query: string) => (await engine.search(query)).plan;

describe('Chinese sub-words and leftovers', () => {
  it.each([
    ['组学', ['56-1', '56-2', '56-4', '60-4', '60-5']],
    ['淋巴', ['56-2', '56-4', '60-5']],
    ['脑转移', ['59-6']],
  ])('%s finds every paper whose words contain it', async (query, expected) => {
    expect((await ids(query)).sort()).toEqual(expected);
  });

  it('leaves out a function character nothing covers, keeps a content character required', async () => {
    expect(await ids('鼻咽癌后')).toEqual(await ids('鼻咽癌'));
    expect((await planOf('鼻咽癌后')).dropped).toEqual([{ text: '后', why: 'function' }]);
    expect(await ids('鼻咽癌猫')).toEqual([]);
  });
});

describe('Latin and Han written together', () => {
  it.each([
    ['X线', '59-4'], // "X线报告": text, though the paper is not tagged x-ray
    ['X线片骨折', '60-3'], // 线片 is a word: the glue does not strand 片
    ['CT值', '60-4'], // "平扫CT值是…": 值 alone is indexed only with its CT
  ])('%s finds %s', async (query, id) => {
    expect(await ids(query)).toContain(id);
  });
});

describe('compounds', () => {
  it('a compound the index lacks falls back to its parts, also as the last word', async () => {
    expect((await ids('CT-FFR')).slice(0, 5)).toContain('59-3');
  });

  it('PET/MRI requires both PET and MRI', async () => {
    const found = await ids('PET/MRI');
    expect(found).toContain('60-5');
    expect(found).not.toContain('56-1');
  });

  it.each(['U-Net', 'nnU-Net', 'U-Net ', 'whole-slide'])('%j has no stray alternative of its last part', async (query) => {
    const text = (await planOf(query)).groups.map((g) => describeNode(g.node)).join(' ');
    expect(text).not.toMatch(/(^|[( |])(net|slide)(\*|[ )]|$)/);
  });

  it('U-Net finds nothing where no paper names it, though papers say network and net benefit', async () => {
    expect(await ids('U-Net')).toEqual([]);
    expect(await ids('whole-slide')).toContain('59-5');
  });
});

describe('typos', () => {
  it.each([
    ['hepatocelluar', 'hepatocellular'],
    ['segmetnation', 'segmentation'],
    ['carcinomma', 'carcinoma'],
  ])('%s is searched as %s', async (typed, meant) => {
    expect((await planOf(typed)).groups[0]?.correctedTo).toBe(meant);
  });

  it('a compound with a typo in one part is corrected part by part', async () => {
    const plan = await planOf('photon-countng');
    expect(plan.groups[0]?.correctedTo).toBe('photon-counting');
    expect(await ids('photon-countng')).toContain('59-3');
  });

  it('a phrase with two typos reports both corrections', async () => {
    expect((await planOf('nasopharingeal carcinomma')).groups[0]?.correctedTo).toBe('nasopharyngeal carcinoma');
  });

  it('English plurals in -ies meet their singular', async () => {
    expect(await ids('therapies')).toEqual(await ids('therapy'));
    expect((await ids('therapies')).length).toBeGreaterThan(0);
  });

  it.each(['carcinoma', 'PathoLung', 'NCT06218843', '"segmetnation"', 'CTPA'])('%s is never corrected', async (query) => {
    expect((await planOf(query)).groups.every((g) => !g.correctedTo)).toBe(true);
  });
});

describe('questions', () => {
  it('drop the question words, keep topics required, let the other words rank', async () => {
    const plan = await planOf('心脏磁共振能区分肥厚型心肌病和心肌淀粉样变吗');
    expect(plan.question).toBe(true);
    expect(plan.dropped.map((d) => d.text)).toEqual(expect.arrayContaining(['能', '吗']));
    expect((await ids('心脏磁共振能区分肥厚型心肌病和心肌淀粉样变吗'))[0]).toBe('60-1');
  });

  it('an English question finds its paper although the paper says accuracy, not accurate', async () => {
    expect((await ids('how accurate is deep learning for LI-RADS categorization?')).slice(0, 5)).toContain('59-1');
  });

  it('a question with one topic and one other word needs only the topic', async () => {
    expect((await ids('how well does photon counting CT measure FFR?')).slice(0, 5)).toContain('59-3');
  });

  it('a question in Traditional characters is a question, its regional words read where they stand', async () => {
    const plan = await planOf('AI能減少急診骨折漏診嗎');
    expect(plan.question).toBe(true);
    expect((await ids('AI能減少急診骨折漏診嗎'))[0]).toBe('60-3');
    expect((await ids('人工智慧預測鼻咽癌化療嗎?'))[0]).toBe('60-5');
  });

  it('a question about a topic the archive lacks finds nothing', async () => {
    expect(await ids('有没有帕金森病的研究?')).toEqual([]);
  });
});

describe('journals and identifiers', () => {
  it.each([
    ['Nat Med', '59-5'],
    ['Nature Medicine', '59-5'],
    ['Radiol Artif Intell', '59-4'],
    ['EJNMMI', '60-5'],
    ['Eur J Nucl Med Mol Imaging', '56-1'],
  ])('%s finds its journal’s papers', async (query, id) => {
    expect((await ids(query)).slice(0, 5)).toContain(id);
  });

  it('a DOI finds exactly its paper, in any form', async () => {
    for (const query of ['10.1148/ryai.260118', 'doi: 10.1148/RYAI.260118', 'https://doi.org/10.1148%2Fryai.260118']) expect(await ids(query), query).toEqual(['59-4']);
    expect((await planOf('doi:10.1148/ryai.260118')).doi).toBe('10.1148/ryai.260118');
  });

  it('a DOI pasted in brackets', async () => {
    expect(await ids('(10.1038/s41591-026-04187-2)')).toEqual(['59-5']);
  });

  it('a DOI the archive lacks finds nothing, not its neighbours', async () => {
    expect(await ids('10.1148/ryai.999999')).toEqual([]);
  });
});

describe('Traditional Chinese and TW/HK terms', () => {
  it.each([
    ['胰臟癌 電腦斷層', '59-2'],
    ['正子 磁振造影 鼻咽癌', '60-5'],
    ['聯邦學習', '59-6'],
  ])('%s finds %s', async (query, id) => {
    expect((await ids(query)).slice(0, 5)).toContain(id);
  });

  it('reports the conversion', async () => {
    expect((await planOf('肝細胞癌')).converted).toBe('肝细胞癌');
    expect((await planOf('肝细胞癌')).converted).toBeNull();
  });
});

describe('queries with nothing to search', () => {
  it.each(['😀', '……', '!!!', '   ?', '\u200b'])('%j finds nothing, and says so', async (query) => {
    const outcome = await engine.search(query);
    expect(outcome.hits).toEqual([]);
    expect(outcome.plan.blank).toBe(true);
  });

  it('a pasted 40,000-character query is cut, not planned whole', async () => {
    const outcome = await engine.search('肺癌'.repeat(20_000));
    expect(outcome.plan.truncated).toBe(true);
  });
});
