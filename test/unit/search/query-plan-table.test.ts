// The planner as a function, over the eval archive's index and the editors' data: query text in, plan out (groups,
// which are required, what was left out and why, the notices' facts), as tables; then properties over the real
// vocabulary: the shards a query asks for are all it needs, Traditional input plans as Simplified, no plan cuts a
// dictionary word or a topic's name in two, filler words typed apart are left out. query-plan.test.ts checks what
// such plans find.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadArchive, loadSearchData } from '../../../src/lib/archive/load-archive.ts';
import { describeNode } from '../../../src/lib/search/explain-query.ts';
import { Lexicon, LoadedShard } from '../../../src/lib/search/lexicon.ts';
import type { QueryNode } from '../../../src/lib/search/query-node.ts';
import { planQuery, shardsForQuery, type QueryPlan } from '../../../src/lib/search/query-plan.ts';
import type { QueryRules } from '../../../src/lib/search/query-rules.ts';
import { lexiconOf } from '../../helpers/search-index.ts';
import { sharedIndex } from '../../helpers/shared-indexes.ts';

const { contentDir, files } = sharedIndex('eval');
let lexicon: Lexicon;
let rules: QueryRules;
let shards: Map<number, LoadedShard>;
let shardCount: number;
beforeAll(() => {
  ({ lexicon, rules, shards, shardCount } = lexiconOf(files));
}, 120_000);
const plan = (query: string): QueryPlan => planQuery(query, lexicon, rules);

/**
 * A plan in short: each group as `!x` (names a topic, journal or identifier: required even in a question), `+x`
 * (required) or `?x` (a question's other words: they rank), `→y` where x was corrected to y; each left-out word as
 * `x:why`; and the plan's flags.
 */
function summary(p: QueryPlan) {
  const role = (concept: boolean) => (concept ? '!' : p.question ? '?' : '+');
  return {
    groups: p.groups.map((g) => `${role(g.concept)}${g.surface}${g.correctedTo ? `→${g.correctedTo}` : ''}`),
    dropped: p.dropped.map((d) => `${d.text}:${d.why}`),
    question: p.question,
    passage: p.passage,
    converted: p.converted,
    doi: p.doi,
    blank: p.blank,
    truncated: p.truncated,
  };
}
type Summary = ReturnType<typeof summary>;
/** The fields a row does not name are the plain defaults. */
const DEFAULTS: Omit<Summary, 'groups'> = { dropped: [], question: false, passage: false, converted: null, doi: null, blank: false, truncated: false };

const TABLES: Record<string, [query: string, expected: Partial<Summary>][]> = {
  'English words': [
    ['lung', { groups: ['+lung'] }],
    ['the lung', { groups: ['+lung'], dropped: ['the:stopword'] }],
    ['lung cancer', { groups: ['!lung cancer'] }], // a topic named in two words: one group
    ['papers about lung cancer', { groups: ['!lung cancer'], dropped: ['papers:filler', 'about:filler'] }],
    ['papers', { groups: ['+papers'] }], // filler only: searched after all
    ['the', { groups: [], dropped: ['the:stopword'] }],
    ['ＣＴ', { groups: ['!CT'] }], // full-width letters fold to ASCII
    ['lung%20cancer', { groups: ['!lung cancer'] }],
  ],
  'questions': [
    ['does CT help', { groups: ['!CT'], dropped: ['does:question', 'help:filler'], question: true }],
    ['CT does help', { groups: ['!CT'], dropped: ['does:question', 'help:filler'] }], // an English question word asks only first
    ['lung cancer?', { groups: ['!lung cancer'], question: true }],
    ['lung cancer？', { groups: ['!lung cancer'], question: true }],
    ['how accurate is deep learning?', { groups: ['?accurate', '?deep learning'], dropped: ['how:question', 'is:question'], question: true }],
    ['肺癌吗', { groups: ['!肺癌'], dropped: ['吗:question'], question: true }],
    ['鼻咽癌猫?', { groups: ['!鼻咽癌'], dropped: ['猫:absent'], question: true }],
    ['有没有帕金森病的研究?', { groups: ['!帕金森'], dropped: ['有没有:question', '病:absent', '的:function', '研究:filler'], question: true }],
    ['能否', { groups: ['?能否'], question: true }], // a question word only: searched after all
  ],
  'Chinese': [
    ['肺癌', { groups: ['!肺癌'] }],
    ['鼻咽癌后', { groups: ['!鼻咽癌'], dropped: ['后:function'] }],
    ['鼻咽癌猫', { groups: ['!鼻咽癌', '+猫'] }], // a character nothing covers stays required: nothing is found
    ['心衰', { groups: ['!心衰'] }],
    ['心 衰', { groups: ['+心', '+衰'] }], // one character: every word starting with it
    ['肺癌研究', { groups: ['!肺癌研究'] }], // 研究 left out by one cover, searched by another
    ['肺癌 论文', { groups: ['!肺癌'], dropped: ['论文:filler'] }],
    ['论文 肺癌', { groups: ['!肺癌'], dropped: ['论文:filler'] }],
    ['研究 论文', { groups: ['+研究', '+论文'] }],
    ['关于肺癌的论文', { groups: ['!关于肺癌的论文'], dropped: ['关于:filler', '的:function'] }],
    ['肺癌 肺癌', { groups: ['!肺癌'] }], // the same group typed twice counts once
  ],
  'Traditional characters and TW/HK terms': [
    ['肝細胞癌', { groups: ['!肝细胞癌'], converted: '肝细胞癌' }],
    ['肝细胞癌', { groups: ['!肝细胞癌'] }],
    ['資料庫', { groups: ['+数据库'], converted: '资料库' }], // the TW phrase read as its mainland form
    ['電腦斷層', { groups: ['!电脑断层'], converted: '电脑断层' }],
    ['磁振造影', { groups: ['!磁振造影'] }],
    ['AI能減少急診骨折漏診嗎', { groups: ['?AI', '?减少', '?急诊', '!骨折', '?漏诊'], dropped: ['能:function', '吗:question'], question: true, converted: 'AI能减少急诊骨折漏诊吗' }],
  ],
  'identifiers, journals, acronyms': [
    ['10.1148/ryai.260118', { groups: ['!10.1148/ryai.260118'], doi: '10.1148/ryai.260118' }],
    ['see 10.1148/RYAI.260118 please', { groups: ['!10.1148/ryai.260118'], doi: '10.1148/ryai.260118' }],
    ['Nat Med', { groups: ['!Nat Med'] }],
    ['nat med', { groups: ['!nat med'] }],
    ['Eur J Nucl Med Mol Imaging', { groups: ['!Eur J Nucl Med Mol Imaging'], dropped: ['J:stopword'] }],
    ['NCT06218843', { groups: ['!NCT06218843'] }], // digits: an identifier, required even in a question
    ['HF', { groups: ['!HF'] }],
    ['hf', { groups: ['+hf'] }], // a two-letter acronym names its topic only in capitals
  ],
  'compounds and Latin glued to Han': [
    ['PET/CT', { groups: ['!PET/CT'] }],
    ['U-Net', { groups: ['+U-Net'] }],
    ['X线', { groups: ['!X线'] }],
    ['CT值', { groups: ['+CT值'] }],
    ['低剂量CT', { groups: ['!低剂量CT'] }],
    ['X线片骨折', { groups: ['+线片', '!骨折'], dropped: ['X:stopword'] }], // 线片 is a word: the glue does not strand 片
  ],
  'typos': [
    ['segmetnation', { groups: ['+segmetnation→segmentation'] }],
    ['"segmetnation"', { groups: ['+segmetnation'] }], // quoted: as typed
    ['nasopharingeal carcinomma', { groups: ['!nasopharingeal carcinomma→nasopharyngeal carcinoma'] }],
    ['CTPA', { groups: ['!CTPA'] }], // capitals: an acronym (here CT's), never corrected
  ],
  'nothing to search, too much to search': [
    ['', { groups: [] }],
    ['😀', { groups: [], blank: true }],
    ['\u200b', { groups: [], blank: true }],
    ['肺癌'.repeat(150), { groups: ['!肺癌'], truncated: true, question: false, passage: false }], // cut to 200 characters: one word, no passage
    [
      '肺癌 CT MRI PET 超声 结节 影像组学 深度学习 '.repeat(7),
      { groups: ['!肺癌', '!CT', '!MRI', '!PET', '!超声', '?结节', '?影像组学', '?深度学习'], truncated: true, question: true, passage: true },
    ], // eight words, again and again, cut to 200 characters: a passage
    [
      '深度学习 影像组学 淋巴瘤 超声 分割 鼻咽癌 化疗 骨折',
      { groups: ['?深度学习', '?影像组学', '!淋巴瘤', '!超声', '?分割', '!鼻咽癌', '?化疗', '!骨折'], question: true, passage: true },
    ],
  ],
};

describe.each(Object.entries(TABLES))('%s', (_section, rows) => {
  it.each(rows)('%j', (query, expected) => {
    const p = plan(query);
    expect(summary(p), p.groups.map((g) => describeNode(g.node)).join(' ; ')).toEqual({ ...DEFAULTS, ...expected });
  });
});

// What a group asks of a paper, as explain-query prints it (x* a prefix, ~x a relative, [c] a concept).
describe('groups as nodes', () => {
  it.each([
    ['ultras', '(ultra | ultras*)'], // typing: the word so far is also a prefix
    ['ultras ', 'ultra'],
    ['accurate ', '(~accuracy | accurate | accurately)'],
    ['lung cancer', '[lung-cancer]'], // a topic named in several words means its tag
    ['Nat Med', '[journal:nature-medicine]'],
    ['PET/CT', '((petct | petct*) | ([pet] & [ct]))'],
    ['低剂量CT', '[ct]'],
    ['U-Net', '∅ (no indexed word covers it)'], // never "net"
    ['测试集中', '((测试集 | 测试集*) | ((测试 | 测试*) & (集中 | 集中*)))'], // jieba cut 测试/集中 in a paper
    // Dictionary words that are also thesaurus names: never 放射 + 组学, nor 瞻性 without its 前.
    ['放射组学', '((放射组学 | 放射组学*) | [word:放射组学:zh])'],
    ['前瞻性', '((前瞻性 | 前瞻性*) | [word:前瞻性研究:zh])'],
    ['多实例学习', '((多实例学习 | 多实例学习*) | [word:多实例学习:zh])'],
  ])('%j → %s', (query, node) => {
    expect(plan(query).groups.map((g) => describeNode(g.node)).join(' ; ')).toBe(node);
  });
});

describe('properties over the real vocabulary', () => {
  const SETTINGS = { seed: 150_004, numRuns: 300 };
  const { knownWords, stopwords } = loadSearchData(contentDir, []);
  const taxonomy = loadArchive(contentDir).taxonomy;
  const topicNames = [...taxonomy.modalities, ...taxonomy.diseases].flatMap((t) => t.zh);
  let terms: string[];
  let names: string[];
  let traditionalOf: Map<string, string>;
  beforeAll(() => {
    terms = [...shards.values()].flatMap((s) => s.terms).filter((t) => !/^10\./.test(t));
    const { chars, phrases } = rules.shipped.conversion;
    names = [...topicNames, ...knownWords, ...stopwords.question.zh, ...stopwords.filler.zh, ...stopwords.functionChars];
    // Taiwan/Hong Kong phrases as a converted query spells them (资料库), Latin words that glue to Han (X线, CT值), a DOI.
    names.push(...phrases.map(([from]) => from), 'X', 'CT', 'Nat', 'Med', '10.1148/ryai.260118');
    traditionalOf = new Map<string, string>();
    for (let i = 0; i < chars.length; i += 2) traditionalOf.set(chars[i + 1] ?? '', chars[i] ?? '');
  });

  /** Queries made of the archive's own words, names and stopwords, written together or apart, maybe asked. */
  const pick = (list: () => readonly string[]) => fc.nat().map((i) => list()[i % list().length] ?? '');
  const query = fc
    .tuple(
      fc.array(fc.oneof(pick(() => terms), pick(() => names)), { minLength: 1, maxLength: 4 }),
      fc.array(fc.constantFrom('', ' ', '-'), { minLength: 4, maxLength: 4 }),
      fc.constantFrom('', ' ', '?'),
    )
    .map(([words, joins, end]) => words.map((w, i) => (i === 0 ? w : (joins[i] ?? ' ') + w)).join('') + end);

  it('the shards shardsForQuery names are all a query needs, to be planned and then evaluated', () => {
    /** What the engine looks up to evaluate a node. */
    const lookups = (node: QueryNode, lex: Lexicon): unknown[] => {
      switch (node.kind) {
        case 'term':
          return [[...lex.scored(node.term).papers]];
        case 'prefix':
          return [lex.termsWithPrefix(node.prefix)];
        case 'concept':
          return [lex.conceptPapers(node.concept)];
        case 'all':
        case 'any':
          return node.nodes.flatMap((n) => lookups(n, lex));
        case 'nothing':
          return [];
      }
    };
    fc.assert(
      fc.property(query, (q) => {
        const needed = new Lexicon(new Map(shardsForQuery(q, shardCount, rules).map((n) => [n, shards.get(n) as LoadedShard])), shardCount);
        const planned = planQuery(q, needed, rules);
        expect(planned).toEqual(plan(q));
        for (const group of planned.groups) expect(lookups(group.node, needed), group.surface).toEqual(lookups(group.node, lexicon));
      }),
      // Queries whose lookups leave their words' shards: a glued entry (x线 is keyed by "x线", not by x or 线), a
      // TW phrase's mainland form, a DOI, a typo's candidates.
      { ...SETTINGS, examples: [['X线'], ['X线片骨折'], ['CT值'], ['低剂量CT'], ['人工智慧'], ['資料庫'], ['doi: 10.1148/ryai.260118'], ['segmetnation ']] },
    );
  });

  it('a query in Traditional characters plans as in Simplified, and says what it searched', () => {
    fc.assert(
      fc.property(query, fc.infiniteStream(fc.boolean()), (q, flips) => {
        const typed = [...q].map((c) => (flips.next().value ? (traditionalOf.get(c) ?? c) : c)).join('');
        // What is searched; a glued group's surface keeps the characters as typed (約2), a Han run's is converted.
        const searched = (p: QueryPlan) => p.groups.map((g) => ({ node: g.node, concept: g.concept, correctedTo: g.correctedTo }));
        const simplified = plan(q);
        const traditional = plan(typed);
        expect(searched(traditional)).toEqual(searched(simplified));
        expect(traditional.dropped).toEqual(simplified.dropped);
        expect(traditional.converted).toBe(typed === q ? null : simplified.query);
      }),
      SETTINGS,
    );
  });

  it('never cuts a dictionary word or a topic’s name in two', () => {
    const texts = (node: QueryNode): string[] =>
      node.kind === 'term' ? [node.term] : node.kind === 'prefix' ? [node.prefix] : node.kind === 'all' || node.kind === 'any' ? node.nodes.flatMap(texts) : [];
    const words = [...new Set([...knownWords, ...topicNames])].filter((w) => /^\p{Script=Han}{2,}$/u.test(w) && lexicon.hasPrefix(w));
    expect(words.length).toBeGreaterThan(100);
    const cut = words.filter((w) => plan(w).groups.some((g) => texts(g.node).some((t) => t !== w)));
    expect(cut.map((w) => `${w}: ${plan(w).groups.map((g) => describeNode(g.node)).join(' ; ')}`)).toEqual([]);
  });

  it('a filler word typed apart is left out, in Chinese and in English', () => {
    for (const filler of stopwords.filler.zh) {
      for (const topic of ['肺癌', '鼻咽癌 化疗']) expect(plan(`${topic} ${filler}`).groups, `${topic} ${filler}`).toEqual(plan(topic).groups);
    }
    for (const filler of stopwords.filler.en) expect(plan(`lymphoma ${filler} `).groups, filler).toEqual(plan('lymphoma ').groups);
  });
});
