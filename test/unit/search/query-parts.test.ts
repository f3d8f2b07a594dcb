// The planner's pure parts, as tables: edit distance and typo choice, DOIs in any form, Traditional conversion,
// the Han index entries of a run, and what the page says about a query.
import { describe, expect, it } from 'vitest';
import { HanConverter } from '../../../src/lib/search/han-conversion.ts';
import { conversionFor, simplifiedChars } from '../../../src/lib/search/build-conversion.ts';
import { hanIndexTokens, KnownWords, suffixesOf } from '../../../src/lib/search/han-index-tokens.ts';
import { doiInQuery, MAX_QUERY_CHARS, readQuery } from '../../../src/lib/search/query-text.ts';
import { QueryRules } from '../../../src/lib/search/query-rules.ts';
import { allowedEdits, closestWord, editDistance } from '../../../src/lib/search/typo.ts';
import { searchNotices } from '../../../src/lib/search/search-notices.ts';
import type { QueryPlan } from '../../../src/lib/search/query-plan.ts';

describe('edit distance (Damerau–Levenshtein, adjacent swaps count once)', () => {
  it.each([
    ['segmetnation', 'segmentation', 1],
    ['radiomcis', 'radiomics', 1],
    ['hepatocelluar', 'hepatocellular', 1],
    ['carcinomma', 'carcinoma', 1],
    ['sarcopinia', 'sarcopenia', 1],
    ['osteoarthritus', 'osteoarthritis', 1],
    ['lymphoma', 'lymphoma', 0],
    ['stone', 'stent', 2],
    ['abc', 'cba', 2],
  ])('%s → %s: %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });

  it('reaches one edit for 4–7 letters, two from 8, none below 4', () => {
    expect(['ct', 'pet', 'lung', 'stenosi', 'carcinom', 'hepatocellular'].map(allowedEdits)).toEqual([0, 0, 1, 1, 2, 2]);
  });
});

describe('closest word', () => {
  const papers: Record<string, number> = { segmentation: 10, segmentations: 2, lymphoma: 4, lymphomas: 9, stent: 5 };
  const candidates = Object.keys(papers);
  const papersWith = (word: string) => papers[word] ?? 0;
  it.each([
    ['segmetnation', 'segmentation'],
    ['lymphomaa', 'lymphomas'], // one edit from both: the one more papers have
    ['lymphomss', 'lymphomas'],
    ['stone', null],
    ['xyz', null],
  ])('%s → %s', (typed, expected) => {
    expect(closestWord(typed, candidates, papersWith)).toBe(expected);
  });

  it('breaks ties by the number of papers', () => {
    expect(closestWord('lymphomaz', ['lymphomas', 'lymphomat'], (w) => (w === 'lymphomat' ? 3 : 1))).toBe('lymphomat');
  });
});

describe('reading a query', () => {
  const rules = new QueryRules({ stopwords: { index: ['the'], question: { zh: [], en: [] }, filler: { zh: [], en: [] }, functionChars: '' }, conversion: { chars: '', phrases: [] } });

  it('cuts a pasted page of text to MAX_QUERY_CHARS characters', () => {
    const read = readQuery('肺'.repeat(MAX_QUERY_CHARS * 3), rules);
    expect([...read.text]).toHaveLength(MAX_QUERY_CHARS);
    expect(read.truncated).toBe(true);
  });

  it.each([['\u200b'], ['😀'], ['!!'], ['  ?  ']])('%j has nothing to search, and says so', (query) => {
    expect(readQuery(query, rules)).toMatchObject({ units: [], blank: true });
  });

  it('reads a query pasted from an address bar', () => {
    expect(readQuery('lung%20cancer', rules).units.map((u) => (u.kind === 'latin' ? u.folded : u.text))).toEqual(['lung', 'cancer']);
  });
});

describe('DOIs in a query', () => {
  it.each([
    ['https://doi.org/10.1016/S2589-7500(26)00087-3', '10.1016/s2589-7500(26)00087-3'],
    ['http://dx.doi.org/10.2214/AJR.26.33418', '10.2214/ajr.26.33418'],
    ['doi:10.1148/ryai.260118', '10.1148/ryai.260118'],
    ['DOI: 10.1148/ryai.260118.', '10.1148/ryai.260118'],
    ['10.1007%2Fs00259-026-08133-5', '10.1007/s00259-026-08133-5'],
    ['see 10.1038/s41746-026-02897-8 please', '10.1038/s41746-026-02897-8'],
    ['(10.1038/s41591-026-04187-2)', '10.1038/s41591-026-04187-2'],
    ['（doi: 10.1016/S2589-7500(26)00087-3）', '10.1016/s2589-7500(26)00087-3'],
    ['10.1038', null],
    ['lung cancer', null],
  ])('%s → %s', (query, doi) => {
    expect(doiInQuery(query)).toBe(doi);
  });
});

describe('Traditional → Simplified', () => {
  const conversion = conversionFor({
    simplifiedChars: new Set('肝细胞癌磁共振胰腺计算机断层冠状动脉数字病理医学影像图像数据库人工智能网络算法著显'),
    names: ['计算机断层', '数字病理', '人工智能'],
    containsHan: (text) => ['数据库', '图像', '网络'].includes(text),
  });
  const converter = new HanConverter(conversion);

  it.each([
    ['肝細胞癌', '肝细胞癌', []],
    ['數位病理', '数位病理', ['数字']],
    ['人工智慧', '人工智慧', ['人工智能', '智能']],
    ['醫學影像', '医学影像', ['图像']],
  ])('%s reads as %s, its regional phrases as %j', (typed, chars, phrases) => {
    expect(converter.convertChars(typed)).toBe(chars);
    expect(converter.phraseTargetsIn(converter.convertChars(typed))).toEqual(phrases);
  });

  it('never converts a character Simplified text itself uses (著 in 显著)', () => {
    // OpenCC itself writes 显着; the shipped map leaves 著 alone, since the archive's Simplified text uses it.
    expect(simplifiedChars('顯著')).toBe('显着');
    expect(converter.convertChars('顯著')).toBe('显著');
    expect(converter.convertChars('显著')).toBe('显著');
  });

  it('ships only what the archive can match', () => {
    expect([...conversion.chars].length).toBeLessThan(200);
    expect(conversion.phrases.map(([from]) => from)).not.toContain('軟體');
  });
});

describe('Han index entries of a run', () => {
  const rules = {
    cut: (run: string) => ({ 基于注意力的多实例学习: ['基于', '注意力', '的', '多', '实例', '学习'], 外部测试集为: ['外部', '测试', '集', '为'] })[run] ?? [run],
    known: new KnownWords(['多实例学习', '注意力机制']),
    functionChars: new Set('的为'),
  };

  it('keeps jieba words, the known words inside the run, and orphan characters joined to their neighbours', () => {
    const tokens = hanIndexTokens('基于注意力的多实例学习', rules);
    for (const token of ['基于', '注意力', '多实例学习', '多实例', '实例学习', '学习']) expect(tokens).toContain(token);
    expect(tokens).not.toContain('的多');
  });

  it('keeps every suffix, so any part of a word is the start of an entry', () => {
    expect(suffixesOf('放射组学')).toEqual(['放射组学', '射组学', '组学']);
    expect(hanIndexTokens('外部测试集为', rules)).toContain('测试集');
    expect(hanIndexTokens('外部测试集为', rules)).not.toContain('集为');
  });
});

describe('notices under the search box', () => {
  const GROUP = { surface: '肺癌', node: { kind: 'nothing' }, concept: true } as const;
  const plan = (parts: Partial<QueryPlan>): QueryPlan => ({ query: 'q', groups: [], dropped: [], question: false, passage: false, converted: null, doi: null, blank: false, truncated: false, ...parts });

  it('offers the word as typed after a correction', () => {
    const notices = searchNotices({ plan: plan({ query: 'segmetnation', groups: [{ surface: 'segmetnation', node: { kind: 'nothing' }, concept: false, correctedTo: 'segmentation' }] }), relaxed: [] });
    expect(notices).toEqual([
      { kind: 'corrected', text: '文献库中没有“segmetnation”,已按“segmentation”检索。', alternative: { label: '仍按“segmetnation”检索', query: '"segmetnation"' } },
    ]);
  });

  it.each([
    [plan({ blank: true }), ['blank']],
    [plan({ truncated: true }), ['truncated']],
    [plan({ converted: '肝细胞癌 磁振造影' }), ['converted']],
    [plan({ question: true, groups: [GROUP], dropped: [{ text: '吗', why: 'question' }, { text: '的', why: 'function' }] }), ['question', 'dropped']],
    [plan({ groups: [GROUP], dropped: [{ text: '靠谱', why: 'absent' }] }), ['relaxed']],
    // Nothing left to search: one notice that says so, not how a question would have been read.
    [plan({ question: true, dropped: [{ text: '吗', why: 'question' }] }), ['nothing-left']],
    [plan({ dropped: [{ text: '能', why: 'function' }] }), ['nothing-left']],
  ])('%#: says what was done', (queryPlan, kinds) => {
    expect(searchNotices({ plan: queryPlan, relaxed: [] }).map((n) => n.kind)).toEqual(kinds);
  });

  it('offers the word as typed even when the reader typed it in full-width letters', () => {
    const notices = searchNotices({
      plan: plan({ query: 'segmetnation', groups: [{ surface: 'segmetnation', node: { kind: 'nothing' }, concept: false, correctedTo: 'segmentation' }] }),
      relaxed: [],
    });
    expect(notices[0]?.alternative?.query).toBe('"segmetnation"');
  });

  it('names the left-out words when nothing is left to search', () => {
    const notices = searchNotices({ plan: plan({ question: true, dropped: [{ text: '什', why: 'absent' }, { text: '么', why: 'function' }, { text: '是', why: 'function' }] }), relaxed: [] });
    expect(notices).toHaveLength(1);
    expect(notices[0]?.text).toMatch(/^“什”“么”“是”都不参与检索/);
  });

});
