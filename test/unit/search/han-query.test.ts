// The Han-query contract, as tables and properties: what a Han run indexes (han-index-tokens.ts), how a query is
// converted from Traditional (han-conversion.ts, build-conversion.ts) and how a Han query is planned against the
// index (han-plan.ts) — any part of an indexed word finds it, characters scattered over words never join, function
// characters and filler words are left out only where the rules say. Planning runs through the engine over small
// indexes made with the real build code and the editors' stopword lists.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSearchData } from '../../../src/lib/archive/load-archive.ts';
import { conversionFor } from '../../../src/lib/search/build-conversion.ts';
import type { SearchEngine, SearchOutcome } from '../../../src/lib/search/engine.ts';
import { describeNode } from '../../../src/lib/search/explain-query.ts';
import { HanConverter, type ShippedConversion } from '../../../src/lib/search/han-conversion.ts';
import { HanEntryTally, hanIndexTokens, KnownWords, suffixesOf } from '../../../src/lib/search/han-index-tokens.ts';
import type { ShippedRules } from '../../../src/lib/search/query-rules.ts';
import { editorRules, syntheticEngine, type SyntheticIndex } from '../../helpers/synthetic-index.ts';
import { REPO_CONTENT } from '../../helpers/search-index.ts';

const SETTINGS = { seed: 15_004, numRuns: 150 };
const { stopwords } = loadSearchData(REPO_CONTENT, []);
const FUNCTION_CHARS = new Set(stopwords.functionChars);
const chars = (text: string): string[] => [...text];

// Characters of the random texts: content characters that start no question or filler word (among them one outside
// the Basic Multilingual Plane, 𠮷, two UTF-16 units), function characters, and the two filler words 研究 and 方法.
const CONTENT = chars('肺癌影像组学心衰放射𠮷');
const IN_TEXT_FUNCTION = chars('的与中');
const FILLERS = ['研究', '方法'];
// Never in a random text: a function character and a content character no indexed word covers.
const ABSENT_FUNCTION = '后';
const ABSENT = '猫';

describe('the random texts mean what the tests assume', () => {
  it('content characters are not function characters and start no question or filler word', () => {
    const droppable = [...stopwords.question.zh, ...stopwords.filler.zh].map((w) => chars(w)[0]);
    for (const c of [...CONTENT, ABSENT]) expect(FUNCTION_CHARS.has(c) || droppable.includes(c), c).toBe(false);
    for (const c of [...IN_TEXT_FUNCTION, ABSENT_FUNCTION]) expect(FUNCTION_CHARS.has(c), c).toBe(true);
    for (const w of FILLERS) expect(stopwords.filler.zh).toContain(w);
  });
});

const hanText = (alphabet: readonly string[], min: number, max: number) => fc.array(fc.constantFrom(...alphabet), { minLength: min, maxLength: max }).map((cs) => cs.join(''));
/** A jieba-like cut: content words of one to four characters, single function characters, filler words. */
const word = fc.oneof(
  { weight: 4, arbitrary: hanText([...CONTENT, '中'], 1, 4) },
  { weight: 1, arbitrary: fc.constantFrom(...IN_TEXT_FUNCTION, ...FILLERS) },
);
const cutRun = fc.array(word, { minLength: 1, maxLength: 6 });

describe('index entries of a run (han-index-tokens.ts)', () => {
  it('suffixesOf: every suffix of two or more characters, longest first', () => {
    fc.assert(
      fc.property(hanText(CONTENT, 0, 6), (w) => {
        const n = chars(w).length;
        const suffixes = suffixesOf(w);
        expect(suffixes.map((s) => chars(s).length)).toEqual(Array.from({ length: Math.max(0, n - 1) }, (_v, i) => n - i));
        for (const s of suffixes) expect(w.endsWith(s)).toBe(true);
      }),
      SETTINGS,
    );
  });

  it('KnownWords.findIn: every occurrence of every Han word of two or more characters, overlapping ones too', () => {
    // Three characters, so words recur and overlap in a run (组组 twice in 组组组); x makes a word that is not Han.
    const few = chars('组学𠮷');
    fc.assert(
      fc.property(fc.array(hanText([...few, 'x'], 1, 3), { maxLength: 5 }), hanText(few, 0, 10), (words, run) => {
        const runChars = chars(run);
        const expected: string[] = [];
        for (let at = 0; at < runChars.length; at++) {
          for (const w of new Set(words)) {
            const wc = chars(w);
            if (wc.length >= 2 && !w.includes('x') && wc.every((c, k) => runChars[at + k] === c)) expected.push(w);
          }
        }
        expect(new KnownWords(words).findIn(run).sort()).toEqual(expected.sort());
      }),
      SETTINGS,
    );
  });

  it('hanIndexTokens: any part of a word, or a word’s last character and the next word, is the start of an entry; nothing else joins two words', () => {
    fc.assert(
      fc.property(cutRun, fc.array(hanText(CONTENT, 2, 3), { maxLength: 3 }), (words, known) => {
        const run = words.join('');
        const knownWords = new KnownWords(known);
        const entries = hanIndexTokens(run, { cut: () => words, known: knownWords, functionChars: FUNCTION_CHARS });
        expect(new Set(entries).size).toBe(entries.length);
        const orphan = (w: string | undefined) => w !== undefined && chars(w).length === 1 && !FUNCTION_CHARS.has(w);
        const joinable = (w: string | undefined): w is string => w !== undefined && !FUNCTION_CHARS.has(w);
        const joins = words.flatMap((w, i) => {
          if (!orphan(w)) return [];
          const [before, after] = [words[i - 1], words[i + 1]];
          return [...(joinable(before) ? [before + w] : []), ...(joinable(after) ? [w + after] : [])];
        });
        const tokens = [...words.filter((w) => chars(w).length >= 2), ...knownWords.findIn(run), ...joins];
        // A word's last character with the whole next word, function characters on neither side.
        const tails = words.flatMap((w, i) => {
          const [last, next] = [chars(w).at(-1) ?? '', words[i + 1]];
          return chars(w).length >= 2 && !FUNCTION_CHARS.has(last) && joinable(next) ? [last + next] : [];
        });
        for (const tail of tails) {
          for (let to = 2; to <= chars(tail).length; to++) {
            const part = chars(tail).slice(0, to).join('');
            expect(entries.some((e) => e.startsWith(part)), `${part} across ${tail}`).toBe(true);
          }
        }
        // Complete: every part of two or more characters of a token starts some entry.
        for (const token of tokens) {
          const tc = chars(token);
          for (let from = 0; from < tc.length; from++) {
            for (let to = from + 2; to <= tc.length; to++) {
              const part = tc.slice(from, to).join('');
              expect(entries.some((e) => e.startsWith(part)), `${part} of ${token}`).toBe(true);
            }
          }
        }
        // Sound: an entry is a suffix of a token or a tail, so no entry starts a word and runs on into the next.
        for (const entry of entries) {
          expect(chars(entry).length).toBeGreaterThanOrEqual(2);
          expect(tokens.some((t) => t.endsWith(entry)) || tails.includes(entry), entry).toBe(true);
        }
      }),
      SETTINGS,
    );
  });

  it('HanEntryTally: an entry some run makes as part of a word is no crossing, wherever else it crosses a cut', () => {
    const rulesFor = (words: string[]) => ({ cut: () => words, known: new KnownWords([]), functionChars: FUNCTION_CHARS });
    const tally = new HanEntryTally();
    expect(tally.entriesOf('自动分割算法', rulesFor(['自动', '分割', '算法']))).toEqual(expect.arrayContaining(['动分割', '割算法']));
    expect([...tally.crossingsOnly()].sort()).toEqual(['割算法', '动分割']);
    tally.entriesOf('自动分割', rulesFor(['自动分割']));
    expect([...tally.crossingsOnly()]).toEqual(['割算法']);
  });

  it('HanEntryTally: a function character with the character across the cut is an entry only where some run has it as a word', () => {
    const rulesFor = (words: string[]) => ({ cut: () => words, known: new KnownWords([]), functionChars: FUNCTION_CHARS });
    const tally = new HanEntryTally();
    expect(tally.entriesOf('这类病例的', rulesFor(['这', '类', '病例', '的']))).toEqual(expect.arrayContaining(['类病例']));
    expect(tally.takePending().sort()).toEqual(['例的', '这类']);
    tally.entriesOf('手术后这类晟泰', rulesFor(['手术', '后', '这', '类晟泰']));
    // Two function characters side by side make no pair.
    expect(tally.takePending().sort()).toEqual(['术后', '这类']);
    expect(hanIndexTokens('这类病例的', rulesFor(['这', '类', '病例', '的']))).not.toContain('这类');
    tally.entriesOf('这类患者术后', rulesFor(['这类', '患者', '术后']));
    expect(['例的', '术后', '这类'].filter((pair) => tally.isWord(pair))).toEqual(['术后', '这类']);
    // Once a word, a pair is an entry where it is met.
    expect(tally.entriesOf('这类病例的', rulesFor(['这', '类', '病例', '的']))).toContain('这类');
    expect(tally.takePending()).toEqual(['例的']);
  });

  it.each([
    [['X', '线'], { before: 'x' }, ['x线']],
    [['值'], { before: 'ct', after: 'ct' }, ['ct值', '值ct']],
    [['的'], { before: 'ct' }, []],
    [['肺癌', '的'], { after: 'ai' }, ['肺癌']],
  ])('%j glued to %j indexes %j', (words, glued, expected) => {
    const run = words.join('').replace(/[a-z]/gi, '');
    const cut = () => words.filter((w) => /\p{Script=Han}/u.test(w));
    expect(hanIndexTokens(run, { cut, known: new KnownWords([]), functionChars: FUNCTION_CHARS }, glued).sort()).toEqual(expected.sort());
  });
});

describe('Traditional → Simplified (han-conversion.ts)', () => {
  // Phrases over two characters, so several start at one place (人工, 人工人) and the order matters.
  const phrase = fc.tuple(hanText(chars('人工'), 2, 4), hanText(chars('人工智能'), 2, 4));
  const conversion = fc.record({
    chars: fc.uniqueArray(fc.tuple(fc.constantFrom(...chars('組學與後')), fc.constantFrom(...CONTENT)), { selector: ([from]) => from }).map((pairs) => pairs.flat().join('')),
    phrases: fc.uniqueArray(phrase, { selector: ([from]) => from, maxLength: 5 }),
  });

  it('convertChars replaces each mapped character and nothing else; phrasesAt finds every phrase starting there, longest first', () => {
    fc.assert(
      fc.property(conversion, hanText(chars('組學與後人工人工'), 0, 8), (shipped, text) => {
        const converter = new HanConverter(shipped);
        const map = new Map<string, string>();
        const pairChars = chars(shipped.chars);
        for (let i = 0; i < pairChars.length; i += 2) map.set(pairChars[i] ?? '', pairChars[i + 1] ?? '');
        expect(converter.convertChars(text)).toBe(chars(text).map((c) => map.get(c) ?? c).join(''));
        const textChars = chars(text);
        const startingAt = textChars.map((_c, at) =>
          shipped.phrases.filter(([from]) => textChars.slice(at, at + chars(from).length).join('') === from).sort((a, b) => chars(b[0]).length - chars(a[0]).length),
        );
        startingAt.forEach((expected, at) => expect(converter.phrasesAt(textChars, at)).toEqual(expected));
        expect(converter.phraseTargetsIn(text)).toEqual(startingAt.flat().map(([, to]) => to));
      }),
      SETTINGS,
    );
  });
});

describe('the conversion a build ships (build-conversion.ts)', () => {
  // An archive whose Simplified text writes both 著 (显著) and 着 (着重): OpenCC reads 著 as Traditional for 着.
  const simplified = new Set('显著着重后肺癌组学');
  const converter = new HanConverter(conversionFor({ simplifiedChars: simplified, names: ['人工智能'], containsHan: (t) => ['肺癌', '人工智能'].includes(t) }));

  it.each([
    ['顯著', '显著'],
    ['著重', '著重'],
    ['着重', '着重'],
    ['之後', '之后'],
    ['肺癌組學', '肺癌组学'],
  ])('%s → %s', (typed, searched) => {
    expect(converter.convertChars(typed)).toBe(searched);
  });

  it('never changes a character the archive’s Simplified text uses, and converting twice changes nothing more', () => {
    for (const c of simplified) expect(converter.convertChars(c), c).toBe(c);
    fc.assert(
      fc.property(hanText([...'顯著着重之後組學肺癌'], 0, 8), (text) => {
        const once = converter.convertChars(text);
        expect(converter.convertChars(once)).toBe(once);
      }),
      SETTINGS,
    );
  });
});

// ---- Planning over small indexes ----

/** Papers as jieba would cut them (one run each), indexed by the real build code. */
function hanIndex(papers: readonly (readonly string[])[], known: readonly string[], rules: ShippedRules): { index: SyntheticIndex; entries: string[][] } {
  const knownWords = new KnownWords(known);
  const tally = new HanEntryTally();
  const made = papers.map((words) => {
    const settled = tally.entriesOf(words.join(''), { cut: () => words, known: knownWords, functionChars: FUNCTION_CHARS });
    return { settled, pending: tally.takePending() };
  });
  const crossings = tally.crossingsOnly();
  const entries = made.map(({ settled, pending }) => [...settled, ...pending.filter((pair) => tally.isWord(pair))]);
  const postings = new Map<string, [number, number][]>();
  entries.forEach((list, n) => {
    for (const entry of list) postings.set(entry, [...(postings.get(entry) ?? []), [n, 1]]);
  });
  return { index: { paperCount: papers.length, postings, rules, words: known.filter((w) => chars(w).length >= 2), crossings }, entries };
}

const hitsOf = (outcome: SearchOutcome): number[] => outcome.hits.map((h) => h.n).sort((a, b) => a - b);

/** A small archive, the shape of what the comments in han-plan.ts and han-index-tokens.ts promise. */
const TABLE_PAPERS: string[][] = [
  ['放射组学', '特征', '预测', '肺癌'], // 0
  ['影像组学', '的', '价值'], // 1
  ['心衰', '患者'], // 2
  ['心脏', '衰老', '研究'], // 3: 心 and 衰, never 心衰
  ['外部', '测试', '集中', '验证'], // 4: jieba cut 测试/集中
  ['测试集', '中', '表现'], // 5
  ['其中', '中等', '大小'], // 6
  ['吗啡', '镇痛'], // 7
  ['鼻咽癌', '放疗', '后', '复发'], // 8
  ['人工智能', '诊断'], // 9
  ['肝癌', '筛查', '肝硬化'], // 10
  ['论文', '写作', '方法'], // 11
  ['放射', '治疗', '组学'], // 12: 放射 and 组学, never 放射组学
  ['双肺', '结节检测'], // 13: crossing entry 肺结节检测
  ['肺结节', '的', '检测'], // 14: 肺结节 and 检测 apart
  ['这', '类', '病例'], // 15: jieba cut 这/类 here (这 is a function character)…
  ['这类', '患者'], // 16: …and kept 这类 whole here
  ['帕金森', '患者'], // 17
  ['心', '病', '的', '步态'], // 18: 病/的 is no word anywhere
  ['这', '类肿瘤', '模型'], // 19: jieba's HMM made 类肿瘤 a word
];
const TABLE_KNOWN = ['放射组学', '影像组学', '心衰', '肝硬化'];

describe('planning a Han query (han-plan.ts), as a table', () => {
  let engine: SearchEngine;
  beforeAll(async () => {
    engine = await syntheticEngine(hanIndex(TABLE_PAPERS, TABLE_KNOWN, editorRules({ chars: '組组學学', phrases: [['人工智慧', '人工智能']] })).index);
  });

  it.each([
    // Any part of a word finds it, as the start of an entry.
    ['组学', [0, 1, 12], []],
    ['射组', [0], []],
    ['肝', [10], []], // one character: every word starting with it
    // A part crossing jieba's cut, from a word's last character on: 射治 of 放射/治疗, 射治疗组 of 放射/治疗/组学,
    // 试集 of 测试/集中 and of 测试集.
    ['射治', [12], []],
    ['射治疗组', [12], []],
    ['试集', [4, 5], []],
    // Whole words never read as one crossing entry, which would need them side by side. Outside a question the word
    // reading is searched as an alternative anyway; in a question only the cheapest reading is, so that row guards it.
    ['肺结节检测', [13, 14], []],
    ['肺结节检测吗', [13, 14], [['吗', 'question']]],
    // A function character with the character across the cut beside it is indexed where the archive has the pair
    // as a word.
    ['这类', [15, 16, 19], []],
    ['这类病例', [15], []],
    // …and only there: 病/的 is no word anywhere, and read as a piece of this question it found a paper on neither
    // 帕金森 nor 帕金森病.
    ['帕金森病的步态吗', [], [['病', 'absent'], ['的', 'function'], ['吗', 'question']]],
    // Characters scattered over words never join.
    ['心衰', [2], []],
    ['衰老', [3], []],
    ['心衰老', [], []],
    // A dictionary word is never cut in two (放射组学 is not 放射 + 组学).
    ['放射组学', [0], []],
    // jieba may cut a paper's sentence elsewhere than the query: near covers are searched too.
    ['测试集中', [4, 5], []],
    // What a near cover searches is not reported as left out: 中 (in 集中) and 研究 are left out by some covers only.
    ['测试集中研究', [4, 5], []],
    // A function character nothing covers is left out; one inside a word is not (其中, 中等).
    ['鼻咽癌后', [8], [['后', 'function']]],
    ['其中', [6], []],
    ['中等', [6], []],
    ['吗啡', [7], []], // 吗 is a question word, but an indexed word covers it
    // Filler words are left out unless they are all the query says, typed together or apart.
    ['肺癌研究', [0], []],
    ['肺癌 论文', [0], [['论文', 'filler']]],
    ['论文 肺癌', [0], [['论文', 'filler']]],
    ['论文', [11], []],
    ['方法', [11], []],
    // A question drops its question words and a character nothing covers, and keeps the rest ranking.
    ['肝癌吗', [10], [['吗', 'question']]],
    ['肝癌猫吗', [10], [['猫', 'absent'], ['吗', 'question']]],
    ['肝癌猫', [], []],
    // Traditional characters, and a Taiwan phrase read as its mainland form where it stands.
    ['放射組學', [0], []],
    ['人工智慧', [9], []],
  ] as const)('%s finds %j, dropping %j', async (query, papers, dropped) => {
    const outcome = await engine.search(`${query} `);
    expect(hitsOf(outcome), outcome.plan.groups.map((g) => describeNode(g.node)).join(' ; ')).toEqual(papers);
    expect(outcome.plan.dropped.map((d) => [d.text, d.why])).toEqual(dropped);
  });
});

describe('planning a Han query, as properties over random archives', () => {
  const archive = fc.record({
    papers: fc.array(cutRun, { minLength: 1, maxLength: 5 }),
    known: fc.array(hanText(CONTENT, 2, 4), { maxLength: 3 }),
  });
  /** The conversion a build makes for these characters: 組 → 组, 學 → 学, 與 → 与… */
  let conversion: ShippedConversion;
  let rules: ShippedRules;
  beforeAll(() => {
    conversion = conversionFor({ simplifiedChars: new Set([...CONTENT, ...IN_TEXT_FUNCTION, ...FILLERS.join(''), ...stopwords.functionChars]), names: [], containsHan: () => false });
    rules = editorRules(conversion);
  });

  /** A random archive, one of its papers and a part (two or more characters) of one of that paper's entries. */
  const partOfEntry = fc.record({ archive, paper: fc.nat(), entry: fc.nat(), length: fc.nat() });
  async function pickPart(picked: { archive: { papers: string[][]; known: string[] }; paper: number; entry: number; length: number }) {
    const { index, entries } = hanIndex(picked.archive.papers, picked.archive.known, rules);
    const paper = picked.paper % entries.length;
    const own = entries[paper] ?? [];
    fc.pre(own.length > 0);
    const entry = chars(own[picked.entry % own.length] ?? '');
    const part = entry.slice(0, 2 + (picked.length % (entry.length - 1))).join('');
    return { engine: await syntheticEngine(index), paper, part, entries };
  }

  it('any part of an indexed word finds the paper holding it', async () => {
    await fc.assert(
      fc.asyncProperty(partOfEntry, async (picked) => {
        const { engine, paper, part } = await pickPart(picked);
        expect(hitsOf(await engine.search(`${part} `))).toContain(paper);
      }),
      SETTINGS,
    );
  });

  it('a filler word typed apart is left out: the query plans as without it', async () => {
    await fc.assert(
      fc.asyncProperty(partOfEntry, fc.constantFrom(...FILLERS), fc.boolean(), async (picked, filler, before) => {
        const { engine, part } = await pickPart(picked);
        // (A query of filler words only searches them all.)
        fc.pre(!FILLERS.includes(part));
        const alone = await engine.search(`${part} `);
        const outcome = await engine.search(before ? `${filler} ${part} ` : `${part} ${filler} `);
        expect(outcome.plan.groups).toEqual(alone.plan.groups);
        expect(outcome.plan.dropped).toContainEqual({ text: filler, why: 'filler' });
      }),
      SETTINGS,
    );
  });

  it('a function character is left out only where no indexed word covers it', async () => {
    await fc.assert(
      fc.asyncProperty(partOfEntry, fc.constantFrom(...IN_TEXT_FUNCTION, ABSENT_FUNCTION), fc.boolean(), async (picked, f, before) => {
        const { engine, paper, part, entries } = await pickPart(picked);
        const query = before ? f + part : part + f;
        const outcome = await engine.search(`${query} `);
        expect(hitsOf(outcome)).toContain(paper);
        const droppedF = outcome.plan.dropped.some((d) => d.text === f && d.why === 'function');
        if (entries.flat().some((e) => e.startsWith(query))) expect(droppedF, 'an indexed word covers it').toBe(false);
        if (!entries.flat().some((e) => e.includes(f))) expect(droppedF, 'no indexed word has it').toBe(true);
      }),
      SETTINGS,
    );
  });

  it('two of a paper’s words typed together as a question find every paper holding both, side by side or not', async () => {
    await fc.assert(
      fc.asyncProperty(archive, fc.nat(), fc.nat(), fc.nat(), async (picked, p, i, j) => {
        const { index, entries } = hanIndex(picked.papers, picked.known, rules);
        const own = (picked.papers[p % picked.papers.length] ?? []).filter((w) => chars(w).length >= 2 && !FILLERS.includes(w) && !chars(w).some((c) => FUNCTION_CHARS.has(c)));
        fc.pre(own.length > 0);
        const [a, b] = [own[i % own.length] ?? '', own[j % own.length] ?? ''];
        const query = a + b;
        // Other readings that rightly win: an indexed word holding the whole query, a dictionary word across the join.
        fc.pre(!entries.flat().some((e) => e.startsWith(query) && !index.crossings?.has(e)));
        fc.pre(!picked.known.some((k) => query.includes(k) && !a.includes(k) && !b.includes(k)));
        const holders = entries.flatMap((list, n) => (list.some((e) => e.startsWith(a)) && list.some((e) => e.startsWith(b)) ? [n] : []));
        const engine = await syntheticEngine(index);
        expect(hitsOf(await engine.search(`${query}吗 `))).toEqual(expect.arrayContaining(holders));
      }),
      SETTINGS,
    );
  });

  it('…and where another paper’s cut runs them together (双肺/结节检测 beside 肺结节 的 检测), a question still finds both', async () => {
    await fc.assert(
      fc.asyncProperty(hanText(CONTENT, 2, 4), hanText(CONTENT, 2, 4), fc.constantFrom(...CONTENT), async (a, b, z) => {
        const [first = '', ...rest] = chars(a);
        // Paper 0 holds a and b apart; paper 1's crossing entry (first + rest + b) is a + b whole.
        const { index } = hanIndex([[a, '的', b], [z + first, rest.join('') + b]], [], rules);
        const engine = await syntheticEngine(index);
        expect(hitsOf(await engine.search(`${a}${b}吗 `))).toEqual([0, 1]);
      }),
      SETTINGS,
    );
  });

  it('a character no indexed word has finds nothing, except in a question, which leaves it out and says so', async () => {
    await fc.assert(
      fc.asyncProperty(partOfEntry, async (picked) => {
        const { engine, paper, part } = await pickPart(picked);
        expect(hitsOf(await engine.search(`${part}${ABSENT} `))).toEqual([]);
        const question = await engine.search(`${part}${ABSENT}?`);
        expect(question.plan.question).toBe(true);
        expect(question.plan.dropped).toContainEqual({ text: ABSENT, why: 'absent' });
        expect(hitsOf(question)).toContain(paper);
      }),
      SETTINGS,
    );
  });

  it('a query in Traditional characters plans as its Simplified form and says what it searched', async () => {
    await fc.assert(
      fc.asyncProperty(partOfEntry, fc.infiniteStream(fc.boolean()), async (picked, flips) => {
        const { engine, paper, part } = await pickPart(picked);
        const traditionalOf = new Map<string, string>();
        const pairs = chars(conversion.chars);
        for (let i = 0; i < pairs.length; i += 2) traditionalOf.set(pairs[i + 1] ?? '', pairs[i] ?? '');
        const typed = chars(part).map((c) => (flips.next().value ? (traditionalOf.get(c) ?? c) : c)).join('');
        const simplified = await engine.search(`${part} `);
        const outcome = await engine.search(`${typed} `);
        expect(outcome.plan.groups).toEqual(simplified.plan.groups);
        expect(outcome.plan.converted).toBe(typed === part ? null : `${part} `);
        expect(hitsOf(outcome)).toContain(paper);
      }),
      SETTINGS,
    );
  });

  it('every paper found holds the query, cut into parts of its own entries (leaving out function characters and filler words)', async () => {
    // Queries of random characters, and stretches of a paper's text, which often run across its words (心脏衰老 → 脏衰).
    const randomRun = fc.array(fc.oneof(fc.constantFrom(...CONTENT, ...IN_TEXT_FUNCTION), fc.constantFrom(...FILLERS)), { minLength: 1, maxLength: 4 }).map((parts) => parts.join(''));
    const query = fc.record({ runs: fc.array(randomRun, { minLength: 1, maxLength: 2 }), stretch: fc.option(fc.record({ paper: fc.nat(), from: fc.nat(), length: fc.integer({ min: 1, max: 5 }) })) });
    const queryText = (q: { runs: string[]; stretch: { paper: number; from: number; length: number } | null }, papers: string[][]): string => {
      if (!q.stretch) return q.runs.join(' ');
      const text = chars((papers[q.stretch.paper % papers.length] ?? []).join(''));
      const from = q.stretch.from % text.length;
      return text.slice(from, from + q.stretch.length).join('');
    };
    const droppable = (run: string[], at: number): number[] => [
      ...(FUNCTION_CHARS.has(run[at] ?? '') ? [at + 1] : []),
      ...FILLERS.filter((w) => run.slice(at, at + 2).join('') === w).map(() => at + 2),
    ];
    /** Whether a run can be cut into the paper's entry starts (two or more characters, or a lone character) and droppable words. */
    const held = (run: string[], own: readonly string[]): boolean => {
      const reach = [true, ...run.map(() => false)];
      for (let i = 0; i < run.length; i++) {
        if (!reach[i]) continue;
        for (const to of droppable(run, i)) reach[to] = true;
        for (let j = i + (run.length === 1 ? 1 : 2); j <= run.length; j++) if (own.some((e) => e.startsWith(run.slice(i, j).join('')))) reach[j] = true;
      }
      return reach[run.length] ?? false;
    };
    let found = 0;
    await fc.assert(
      fc.asyncProperty(archive, query, async ({ papers, known }, picked) => {
        const { index, entries } = hanIndex(papers, known, rules);
        const engine = await syntheticEngine(index);
        const q = queryText(picked, papers);
        for (const n of hitsOf(await engine.search(`${q} `))) {
          found++;
          for (const run of q.split(' ').filter(Boolean)) expect(held(chars(run), entries[n] ?? []), `${run} in paper ${n}: ${(entries[n] ?? []).join(' ')}`).toBe(true);
        }
      }),
      { ...SETTINGS, numRuns: 300 },
    );
    expect(found).toBeGreaterThan(100);
  });
});
