// Generates a synthetic archive of N papers for the scale benchmark (our search against Pagefind): issue files in
// the exact published format, recombined from the real issues in content/issues, with planted terms whose papers
// are known and the searchable text of every paper, so recall can be checked exactly.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isStructural, matchExplicitLink, matchPaperStart } from '../../src/lib/newsletter/line-kinds.ts';
import { parseIssue } from '../../src/lib/newsletter/parse-issue.ts';
import { toAbstractParts, toSummaryParts } from '../../src/lib/newsletter/structured-text.ts';
import type { LabelledPart, ParsedPaper } from '../../src/lib/newsletter/types.ts';
import { parseJournalRegistry } from '../../src/lib/topics/journals.ts';
import { parseTaxonomy, type Topic, type TopicKind } from '../../src/lib/topics/taxonomy.ts';

export interface PlantedTerm {
  term: string;
  language: 'zh' | 'en';
  /** Ids `<issue>-<order>` of the only papers whose text contains the term, in archive order. */
  paperIds: string[];
}

export interface GeneratedArchive {
  /** A content folder like /work/main/content, written under outDir: point ARCHIVE_CONTENT_DIR at it to build. */
  contentDir: string;
  paperCount: number;
  issueCount: number;
  /** Planted unique terms, each placed in a known small set of papers, for exact recall checks. */
  planted: PlantedTerm[];
  /** Searchable text of every generated paper, by paper id `<issue>-<order>` (titles, summary, commentary, abstract, journal), for ground truth. */
  texts: Map<string, string>;
}

export interface GenerateOptions {
  papers: number;
  seed?: number;
  outDir: string;
}

const SOURCE_CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));
const COPIED_DATA_FILES = ['journals.yaml', 'taxonomy.yaml', 'dictionary.txt', 'stopwords.yaml', 'synonyms.yaml'] as const;
// The newest generated issue has the real issue's date; older ones go back a week at a time.
const NEWEST_ISSUE_DATE = Date.UTC(2026, 5, 25);
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;
const PAPERS_PER_ISSUE = { min: 6, max: 10 } as const;
// The header allows at most four digits of issue number.
const MAX_ISSUES = 9999;

/** Writes `<outDir>/content` (replacing an earlier one) with `papers` papers; the same options give the same bytes. */
export function generateArchive(options: GenerateOptions): GeneratedArchive {
  if (!Number.isInteger(options.papers) || options.papers < 1) throw new RangeError(`papers must be a positive integer, got ${options.papers}`);
  const rng = new SeededRandom(options.seed ?? 1);
  const sources = loadSources();
  const issues = planIssues(options.papers, rng);
  const plants = plantTerms(issues, rng);
  const contentDir = join(options.outDir, 'content');
  prepareContentDir(contentDir);

  const texts = new Map<string, string>();
  for (const issue of issues) {
    const papers = issue.paperIds.map((id, index) => {
      const draft = draftPaper(sources, rng, { id, issue: issue.number, order: index + 1 });
      for (const plant of plants.byPaper.get(id) ?? []) applyPlant(draft, plant);
      const rendered = renderPaper(draft);
      texts.set(id, searchableText(rendered));
      return rendered;
    });
    writeFileSync(join(contentDir, 'issues', issueFileName(issue.number)), issueText(issue, papers));
  }
  return { contentDir, paperCount: options.papers, issueCount: issues.length, planted: plants.terms, texts };
}

/** Papers whose text contains every term: Chinese terms (any Han character) as substrings, other terms as whole words, case-insensitive. */
export function groundTruth(texts: ReadonlyMap<string, string>, terms: readonly string[]): Set<string> {
  const matchers = terms.map(termMatcher);
  const hits = new Set<string>();
  for (const [id, text] of texts) if (matchers.every((matches) => matches(text))) hits.add(id);
  return hits;
}

// Word characters as the search tokenizer sees them: letters and digits, but Han characters separate words.
const WORD_CHAR = String.raw`(?:(?!\p{Script=Han})[\p{L}\p{N}])`;

function termMatcher(term: string): (text: string) => boolean {
  if (/\p{Script=Han}/u.test(term)) {
    const needle = term.toLowerCase();
    // Pure Han has no case, so the text need not be lower-cased (the common case, and the costly part).
    if (needle === term.toUpperCase()) return (text) => text.includes(needle);
    return (text) => text.toLowerCase().includes(needle);
  }
  const pattern = new RegExp(`(?<!${WORD_CHAR})${escapeRegExp(term)}(?!${WORD_CHAR})`, 'iu');
  return (text) => pattern.test(text);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// --- Seeded randomness -------------------------------------------------------------------------------------

// Power-law ranks above this are redrawn, so invented words stay a readable length.
const MAX_RANK = 1e9;

/** mulberry32: tiny, fast and seedable, so the same seed gives the same archive byte for byte. */
class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('cannot pick from an empty list');
    return item;
  }

  /** `count` different items in drawing order, or all of them when the list is shorter. */
  sample<T>(items: readonly T[], count: number): T[] {
    const chosen = new Set<number>();
    while (chosen.size < Math.min(count, items.length)) chosen.add(Math.floor(this.next() * items.length));
    return [...chosen].flatMap((index) => {
      const item = items[index];
      return item === undefined ? [] : [item];
    });
  }

  /** Favours the start of the list, like editors favouring a few journals. */
  pickSkewed<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() ** 1.7 * items.length)];
    if (item === undefined) throw new Error('cannot pick from an empty list');
    return item;
  }

  /**
   * A rank from `scale` up with P(rank > x) = (x/scale)^-alpha: low ranks repeat, new high ranks keep coming.
   * Words drawn by rank grow the vocabulary like Heaps' law (distinct ≈ draws^(1/(1+alpha))), as in a real archive.
   */
  powerRank(alpha: number, scale: number): number {
    for (;;) {
      const rank = Math.floor(scale * (1 - this.next()) ** (-1 / alpha));
      if (rank <= MAX_RANK) return rank;
    }
  }
}

// --- Issues, ids and planted terms -----------------------------------------------------------------------

interface IssuePlan {
  number: number;
  /** ISO date; the header writes it as 2026年6月25日. */
  date: string;
  paperIds: string[];
}

/** Issues of 6–10 papers, numbered 1… oldest first; the oldest takes the remainder so the total is exact. */
function planIssues(paperCount: number, rng: SeededRandom): IssuePlan[] {
  const sizesNewestFirst: number[] = [];
  for (let remaining = paperCount; remaining > 0; ) {
    const size = Math.min(remaining, rng.int(PAPERS_PER_ISSUE.min, PAPERS_PER_ISSUE.max));
    sizesNewestFirst.push(size);
    remaining -= size;
  }
  const count = sizesNewestFirst.length;
  if (count > MAX_ISSUES) throw new RangeError(`${paperCount} papers need ${count} issues; issue numbers have at most four digits`);
  return sizesNewestFirst.reverse().map((size, index) => {
    const number = index + 1;
    const date = new Date(NEWEST_ISSUE_DATE - (count - number) * WEEK_MS).toISOString().slice(0, 10);
    return { number, date, paperIds: Array.from({ length: size }, (_, i) => `${number}-${i + 1}`) };
  });
}

type PlantField = 'titleZh' | 'titleEn' | 'summary' | 'abstract' | 'commentary';

interface Plant {
  term: string;
  language: 'zh' | 'en';
  field: PlantField;
}

// Made-up words: the Han ones use characters the generator never writes otherwise (鲸 豹 鹮 麒 麟), the Latin
// ones contain a q, which invented words never do, so each appears exactly where it is planted.
const PLANTED_TERMS: readonly { term: string; language: 'zh' | 'en'; papers: number }[] = [
  { term: '蓝鲸影像组学', language: 'zh', papers: 1 },
  { term: '雪豹注意力网络', language: 'zh', papers: 2 },
  { term: '朱鹮评分', language: 'zh', papers: 3 },
  { term: '麒麟征象', language: 'zh', papers: 5 },
  { term: 'quokkanet', language: 'en', papers: 1 },
  { term: 'quetzalformer', language: 'en', papers: 2 },
  { term: 'qiviutscore', language: 'en', papers: 4 },
  { term: 'quaggaseg', language: 'en', papers: 5 },
];
const PLANT_FIELDS: Record<'zh' | 'en', readonly PlantField[]> = {
  zh: ['titleZh', 'summary', 'commentary'],
  en: ['titleEn', 'abstract', 'commentary'],
};

function plantTerms(issues: readonly IssuePlan[], rng: SeededRandom): { terms: PlantedTerm[]; byPaper: Map<string, Plant[]> } {
  const allIds = issues.flatMap((issue) => issue.paperIds);
  const position = new Map(allIds.map((id, index) => [id, index]));
  const byPaper = new Map<string, Plant[]>();
  const terms = PLANTED_TERMS.map(({ term, language, papers }, termIndex): PlantedTerm => {
    const paperIds = rng.sample(allIds, papers).sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
    paperIds.forEach((id, i) => {
      // Rotating the field per term and paper puts every term in several kinds of field across the set.
      const fields = PLANT_FIELDS[language];
      const field = fields[(termIndex + i) % fields.length] ?? 'commentary';
      byPaper.set(id, [...(byPaper.get(id) ?? []), { term, language, field }]);
    });
    return { term, language, paperIds };
  });
  return { terms, byPaper };
}

// --- Sources: the real issues, the taxonomy and the journal registry ---------------------------------------

type Category = 'aim' | 'methods' | 'results' | 'conclusion';
const CATEGORIES: readonly Category[] = ['aim', 'methods', 'results', 'conclusion'];

interface Sources {
  /** Titles of one real paper, Chinese and English, so a recombined pair still belongs together. */
  titles: readonly { zh: Template; en: Template }[];
  summary: Record<Category, Template[]>;
  commentary: Template[];
  abstract: Record<Category, Template[]>;
  modalities: readonly Topic[];
  diseases: readonly Topic[];
  journals: readonly JournalSpelling[][];
}

interface JournalSpelling {
  asWritten: string;
  /** Canonical name the registry resolves it to; the search index holds both. */
  name: string;
}

function loadSources(): Sources {
  const taxonomy = parseTaxonomy(readSource('taxonomy.yaml'), 'content/taxonomy.yaml');
  const compile = templateCompiler(taxonomy.modalities, taxonomy.diseases);
  const papers = realPapers();
  if (papers.length === 0) throw new Error(`no parsable issue in ${join(SOURCE_CONTENT, 'issues')} to recombine`);
  assertPlantedTermsAreUnused(papers);
  const summary = emptyPools();
  const abstract = emptyPools();
  for (const paper of papers) {
    for (const part of paper.summary) for (const s of chineseSentences(part.text)) summary[summaryCategory(part.label)].push(compile(s));
    for (const [category, sentence] of categorisedAbstractSentences(paper.abstract)) abstract[category].push(compile(sentence));
  }
  return {
    titles: papers.map((p) => ({ zh: compile(p.titleZh), en: compile(ensureEnglishStop(p.titleEn)) })),
    summary: withFallbacks(summary),
    commentary: papers.flatMap((p) => p.commentary.flatMap(chineseSentences)).map(compile),
    abstract: withFallbacks(abstract),
    modalities: taxonomy.modalities,
    diseases: taxonomy.diseases,
    journals: journalSpellings(readSource('journals.yaml')),
  };
}

/** Invented words cannot spell a planted term; a real issue could, and would silently break the recall checks. */
function assertPlantedTermsAreUnused(papers: readonly ParsedPaper[]): void {
  const textOf = (p: ParsedPaper): string =>
    [p.titleZh, p.titleEn, ...p.summary.map((s) => s.text), ...p.commentary, ...p.abstract.map((a) => a.text)].join('\n');
  const texts = new Map(papers.map((p) => [p.doi, textOf(p)]));
  for (const { term } of PLANTED_TERMS) {
    const used = groundTruth(texts, [term]);
    if (used.size > 0) throw new Error(`planted term '${term}' already occurs in real papers (${[...used].join(', ')}); choose another`);
  }
}

function readSource(name: string): string {
  return readFileSync(join(SOURCE_CONTENT, name), 'utf8');
}

/** Every paper of every real issue that parses; a file being edited with errors is skipped, not fatal. */
function realPapers(): ParsedPaper[] {
  const dir = join(SOURCE_CONTENT, 'issues');
  const names = readdirSync(dir).filter((name) => name.endsWith('.txt')).sort();
  return names.flatMap((name) => {
    const outcome = parseIssue(readFileSync(join(dir, name)), name);
    return outcome.ok ? outcome.issue.papers : [];
  });
}

function emptyPools(): Record<Category, Template[]> {
  return { aim: [], methods: [], results: [], conclusion: [] };
}

/** A category the real issues never filled borrows every sentence of the others. */
function withFallbacks(pools: Record<Category, Template[]>): Record<Category, Template[]> {
  const all = CATEGORIES.flatMap((c) => pools[c]);
  if (all.length === 0) throw new Error('the real issues have no sentences to recombine');
  for (const c of CATEGORIES) if (pools[c].length === 0) pools[c] = all;
  return pools;
}

const SUMMARY_CATEGORY: Readonly<Record<string, Category>> = {
  目的: 'aim',
  目标: 'aim',
  背景: 'aim',
  研究目的: 'aim',
  研究背景: 'aim',
  方法: 'methods',
  研究方法: 'methods',
  结果: 'results',
  主要结果: 'results',
  结论: 'conclusion',
  意义: 'conclusion',
  临床意义: 'conclusion',
  局限: 'conclusion',
  局限性: 'conclusion',
};

function summaryCategory(label: string | null): Category {
  return (label && SUMMARY_CATEGORY[label]) || 'results';
}

/** Labelled abstract parts go by their label; unlabelled paragraphs by position (aims first, conclusions last). */
function categorisedAbstractSentences(parts: readonly LabelledPart[]): [Category, string][] {
  return parts.flatMap((part): [Category, string][] => {
    const sentences = englishSentences(part.text);
    if (part.label === null) {
      return sentences.map((s, i) => [CATEGORIES[Math.floor((i / sentences.length) * CATEGORIES.length)] ?? 'results', s]);
    }
    const category = abstractCategory(part.label);
    return category ? sentences.map((s) => [category, s]) : [];
  });
}

function abstractCategory(label: string): Category | null {
  if (/funding|registration/i.test(label)) return null;
  if (/purpose|background|objective|aim|introduction|context|rationale|importance|question/i.test(label)) return 'aim';
  if (/method|design|setting|participant|exposure|intervention|outcome/i.test(label)) return 'methods';
  if (/result|finding|observation/i.test(label)) return 'results';
  return 'conclusion';
}

/** Chinese text split after 。 and ；, each sentence ending in its mark. */
function chineseSentences(text: string): string[] {
  return text
    .split(/(?<=[。；])/)
    .map((s) => s.trim())
    .filter((s) => s.length > 1)
    .map((s) => (/[。；！？]$/.test(s) ? s : `${s}。`));
}

// A period after these is an abbreviation, not a sentence end.
const ABBREVIATION_END = /(?:\b(?:vs|e\.g|i\.e|al|Fig|approx|cf|No)|\b[A-Z])\.$/;

/** English text split at '. ' (not after vs., e.g., et al. or an initial), each sentence ending in a stop. */
function englishSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const piece of text.split(/(?<=\.)\s+/)) {
    const previous = sentences[sentences.length - 1];
    if (previous !== undefined && ABBREVIATION_END.test(previous)) sentences[sentences.length - 1] = `${previous} ${piece}`;
    else sentences.push(piece);
  }
  return sentences.map((s) => s.trim()).filter((s) => s.length > 1).map(ensureEnglishStop);
}

function ensureEnglishStop(sentence: string): string {
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}

/** Each journal's spellings as editors write them, its name first, then aliases, the NLM form and `Name (ABBR)`. */
function journalSpellings(registryText: string): JournalSpelling[][] {
  const registry = parseJournalRegistry(registryText, 'content/journals.yaml');
  return registry.entries.map((entry) => {
    const shortAliases = entry.aliases.filter((alias) => /^[A-Z][A-Za-z-]{1,7}$/.test(alias));
    const written = [entry.name, ...entry.aliases, ...(entry.nlm ? [entry.nlm] : []), ...shortAliases.map((alias) => `${entry.name} (${alias})`)];
    return [...new Set(written)].map((asWritten) => {
      const journal = registry.resolve(asWritten);
      // A spelling the registry does not know would only add warnings to every build of the benchmark.
      if (!journal.known) throw new Error(`journal spelling '${asWritten}' does not resolve in content/journals.yaml`);
      return { asWritten, name: journal.name };
    });
  });
}

// --- Sentence templates: real sentences with slots for topics, names and numbers -------------------------

type Slot =
  | { kind: 'topic'; topic: TopicKind; form: 'zh' | 'en' | 'acronym'; source: string }
  | { kind: 'model' }
  | { kind: 'code' }
  | { kind: 'number'; written: string }
  | { kind: 'word'; written: string }
  | { kind: 'anchor'; written: string };

/** A real sentence cut into literal text and slots that each generated paper fills in its own way. */
type Template = readonly (string | Slot)[];

interface SlotPattern {
  pattern: RegExp;
  /** Lower wins where matches overlap; among equals the longer match wins. */
  priority: number;
  slot: (written: string) => Slot;
}

// CamelCase names such as FetalCLIP, DeepHHF, LesionAttn are the paper's own model; these are statistics, not models.
const NOT_MODEL_NAMES = new Set(['DeLong', 'McNemar', 'PubMed', 'GitHub']);

function templateCompiler(modalities: readonly Topic[], diseases: readonly Topic[]): (sentence: string) => Template {
  const patterns: SlotPattern[] = [
    ...topicPatterns('modality', modalities),
    ...topicPatterns('disease', diseases),
    { pattern: /(?<![A-Za-z\d])[A-Z]{2,}\d{2,}(?![A-Za-z\d])/g, priority: 1, slot: () => ({ kind: 'code' }) },
    {
      pattern: /(?<![A-Za-z\d])[A-Z][a-z]+[A-Z][A-Za-z\d]*(?![A-Za-z\d])/g,
      priority: 2,
      slot: (written) => (NOT_MODEL_NAMES.has(written) ? { kind: 'word', written } : { kind: 'model' }),
    },
    // Percentages (95% CI) stay as written; counts, decimals and years vary per paper.
    { pattern: /(?<![A-Za-z\d.])(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![A-Za-z\d%月日]|\.\d)/g, priority: 3, slot: (written) => ({ kind: 'number', written }) },
    { pattern: /(?<![A-Za-z\d-])[a-z]{7,}(?![A-Za-z\d-])/g, priority: 4, slot: (written) => ({ kind: 'word', written }) },
    { pattern: /模型|网络|框架|特征|队列|策略|方法|指标/g, priority: 5, slot: (written) => ({ kind: 'anchor', written }) },
  ];
  return (sentence) => compileTemplate(sentence, patterns);
}

function topicPatterns(topic: TopicKind, topics: readonly Topic[]): SlotPattern[] {
  const forms = ['zh', 'en', 'acronym'] as const;
  return forms.flatMap((form): SlotPattern[] => {
    // The first topic listing a term owns it (PET/CT is under pet and ct); English terms are looked up folded.
    const owner = new Map<string, string>();
    const key = (term: string) => (form === 'en' ? term.toLowerCase() : term);
    for (const t of topics) for (const term of termsOfForm(t, form)) if (!owner.has(key(term))) owner.set(key(term), t.slug);
    // An empty alternation would match the empty string everywhere.
    if (owner.size === 0) return [];
    const alternation = [...owner.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
    const pattern =
      form === 'zh'
        ? new RegExp(alternation, 'g')
        : new RegExp(`(?<![A-Za-z\\d])(?:${alternation})(?![A-Za-z\\d])`, form === 'en' ? 'gi' : 'g');
    return [{ pattern, priority: 0, slot: (written) => ({ kind: 'topic', topic, form, source: owner.get(key(written)) ?? '' }) }];
  });
}

function termsOfForm(topic: Topic, form: 'zh' | 'en' | 'acronym'): string[] {
  return form === 'zh' ? topic.zh : form === 'en' ? topic.en : topic.acronyms;
}

function compileTemplate(sentence: string, patterns: readonly SlotPattern[]): Template {
  const candidates = patterns.flatMap(({ pattern, priority, slot }) =>
    [...sentence.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length, priority, slot: slot(m[0]) })),
  );
  candidates.sort((a, b) => a.priority - b.priority || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const accepted: typeof candidates = [];
  for (const c of candidates) if (accepted.every((a) => c.end <= a.start || c.start >= a.end)) accepted.push(c);
  accepted.sort((a, b) => a.start - b.start);
  const pieces: (string | Slot)[] = [];
  let cursor = 0;
  for (const { start, end, slot } of accepted) {
    const gap = sentence.slice(cursor, start);
    // FDG PET/CT, 霍奇金淋巴瘤, Hodgkin Lymphoma: two names of one topic side by side become one slot, not two copies.
    if (slot.kind === 'topic' && gap.trim() === '' && sameTopic(pieces[pieces.length - 1], slot)) {
      cursor = end;
      continue;
    }
    if (gap) pieces.push(gap);
    pieces.push(slot);
    cursor = end;
  }
  if (cursor < sentence.length) pieces.push(sentence.slice(cursor));
  return pieces;
}

function sameTopic(previous: string | Slot | undefined, slot: Slot & { kind: 'topic' }): boolean {
  return typeof previous === 'object' && previous.kind === 'topic' && previous.source === slot.source;
}

// --- Invented vocabulary -------------------------------------------------------------------------------------

// No q here: the planted Latin terms all contain one.
const LATIN_SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'to', 'vi', 'ze', 'da', 'fe', 'gi', 'ho', 'ju', 'ly', 'mo', 'pa', 'ri', 'su', 'te', 've', 'wa', 'bo', 'ce'];
// Name-like characters; none of them occurs in a planted Han term.
const HAN_SYLLABLES = [...'朗弘瑞康泰恒昇睿源鑫锐澄岚灵曜拓启衡熙越霖沐瀚铭晟恺翔珀琨珩煜璟瑜桓岱澜祺琦'];
// How fast invented words keep coming: model stems are nearly always new, other words repeat more. The scale
// spreads the commonest invented words over dozens, so none of them turns up in every paper.
const ALPHA = { modelStem: 0.3, word: 0.7 } as const;
const RANK_SCALE = 50;

/** The invented word of a rank, spelled in syllables; low ranks are the short, common words. */
function inventedWord(rank: number, syllables: readonly string[]): string {
  let n = rank + syllables.length - 1; // at least two syllables
  let word = '';
  while (n > 0) {
    word += syllables[n % syllables.length] ?? '';
    n = Math.floor(n / syllables.length);
  }
  return word;
}

const latinWord = (rng: SeededRandom, alpha: number): string => inventedWord(rng.powerRank(alpha, RANK_SCALE), LATIN_SYLLABLES);
const hanWord = (rng: SeededRandom): string => inventedWord(rng.powerRank(ALPHA.word, RANK_SCALE), HAN_SYLLABLES);
const capitalise = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

function modelNameEn(rng: SeededRandom): string {
  const stem = capitalise(latinWord(rng, ALPHA.modelStem));
  switch (rng.int(0, 5)) {
    case 0:
      return `Deep${stem}-${rng.int(1, 999)}`;
    case 1:
      return `${stem}Net`;
    case 2:
      return `${stem}Former`;
    case 3:
      return `${stem}-ResNet${rng.pick([18, 34, 50, 101, 152])}`;
    case 4:
      return `${stem}CLIP`;
    default:
      return `Med${stem}-v${rng.int(1, 9)}`;
  }
}

const MODEL_ZH = {
  prefix: ['多尺度', '跨模态', '自适应', '层级', '动态', '稀疏', '双分支', '轻量化', '级联', '图', '时空', '多任务', '知识引导', '对比'],
  core: ['融合', '注意力', '对比学习', '蒸馏', '分割', '配准', '重建', '检测', '表征', '推理'],
  suffix: ['网络', '模型', '框架', '编码器', '系统'],
};

function modelNameZh(rng: SeededRandom): string {
  return `${rng.pick(MODEL_ZH.prefix)}${rng.pick(MODEL_ZH.core)}${rng.pick(MODEL_ZH.suffix)}${rng.int(1, 99)}`;
}

function cohortCode(rng: SeededRandom): string {
  return `${latinWord(rng, ALPHA.word).toUpperCase().slice(0, 4)}${rng.int(100, 9999)}`;
}

// --- One paper ----------------------------------------------------------------------------------------------

const METHODS: readonly (readonly [string, string])[] = [
  ['深度学习', 'deep learning'],
  ['影像组学', 'radiomics'],
  ['多模态融合', 'multimodal fusion'],
  ['自监督学习', 'self-supervised learning'],
  ['基础模型', 'foundation model'],
  ['迁移学习', 'transfer learning'],
  ['弱监督学习', 'weakly supervised learning'],
  ['视觉-语言模型', 'vision-language model'],
];
const TASKS: readonly (readonly [string, string])[] = [
  ['诊断', 'diagnosis'],
  ['预后预测', 'prognosis prediction'],
  ['风险分层', 'risk stratification'],
  ['自动分割', 'automated segmentation'],
  ['组织学分型', 'histological subtyping'],
  ['疗效评估', 'treatment response assessment'],
  ['早期筛查', 'early screening'],
  ['复发预测', 'recurrence prediction'],
];
const STUDIES: readonly (readonly [string, string])[] = [
  ['多中心研究', 'a multicenter study'],
  ['回顾性研究', 'a retrospective study'],
  ['前瞻性队列研究', 'a prospective cohort study'],
  ['外部验证研究', 'an external validation study'],
  ['系统综述与Meta分析', 'a systematic review and meta-analysis'],
];
const ABSTRACT_LABELS: readonly (readonly string[])[] = [
  ['PURPOSE', 'METHODS', 'RESULTS', 'CONCLUSION'],
  ['Background', 'Methods', 'Results', 'Conclusions'],
  ['OBJECTIVES', 'MATERIALS AND METHODS', 'RESULTS', 'CONCLUSIONS'],
];
const SUMMARY_LABELS: Record<Category, string> = { aim: '目的', methods: '方法', results: '结果', conclusion: '结论' };

interface TopicWords {
  zh: string;
  en: string;
  acronym: string;
}

/** What one paper is about and what it names; every slot of its sentences is filled from here. */
interface PaperVoice {
  rng: SeededRandom;
  modality: TopicWords;
  disease: TopicWords;
  /** What a sentence compares with, when the real sentence named a second modality or disease. */
  otherModality: TopicWords;
  otherDisease: TopicWords;
  method: readonly [string, string];
  modelEn: string;
  modelZh: string;
  code: string;
}

interface PaperDraft {
  id: string;
  issue: number;
  order: number;
  titleZh: string;
  titleEn: string;
  journal: JournalSpelling;
  summary: { label: string; sentences: string[] }[];
  commentary: string[];
  /** Labelled sections, or one unlabelled paragraph. */
  abstract: { label: string | null; sentences: string[] }[];
}

function draftPaper(sources: Sources, rng: SeededRandom, where: { id: string; issue: number; order: number }): PaperDraft {
  const [modality, otherModality] = twoTopics(sources.modalities, rng);
  const [disease, otherDisease] = twoTopics(sources.diseases, rng);
  const voice: PaperVoice = {
    rng,
    modality,
    disease,
    otherModality,
    otherDisease,
    method: rng.pick(METHODS),
    modelEn: modelNameEn(rng),
    modelZh: modelNameZh(rng),
    code: cohortCode(rng),
  };
  const titles = draftTitles(sources, voice);
  return {
    ...where,
    ...titles,
    journal: journalAsWritten(rng.pickSkewed(sources.journals), rng),
    summary: draftSummary(sources, voice),
    commentary: draftCommentary(sources, voice),
    abstract: draftAbstract(sources, voice),
  };
}

/** Editors mostly write the journal's name (the first spelling), sometimes an alias, the NLM form or `Name (ABBR)`. */
function journalAsWritten(spellings: readonly JournalSpelling[], rng: SeededRandom): JournalSpelling {
  const name = spellings[0];
  return name && rng.chance(0.6) ? name : rng.pick(spellings);
}

function twoTopics(topics: readonly Topic[], rng: SeededRandom): [TopicWords, TopicWords] {
  const first = rng.pick(topics);
  let second = rng.pick(topics);
  while (second === first && topics.length > 1) second = rng.pick(topics);
  return [topicWords(first, rng), topicWords(second, rng)];
}

function topicWords(topic: Topic, rng: SeededRandom): TopicWords {
  const zh = topic.zh.length > 0 ? rng.pick(topic.zh) : topic.label;
  const en = topic.en.length > 0 ? rng.pick(topic.en) : topic.labelEn;
  return { zh, en, acronym: topic.acronyms.length > 0 ? rng.pick(topic.acronyms) : en };
}

function draftTitles(sources: Sources, voice: PaperVoice): { titleZh: string; titleEn: string } {
  const { rng, modality, disease, method } = voice;
  if (rng.chance(0.5)) {
    const real = rng.pick(sources.titles);
    return { titleZh: fill(real.zh, voice), titleEn: fill(real.en, voice) };
  }
  const [taskZh, taskEn] = rng.pick(TASKS);
  const [studyZh, studyEn] = rng.pick(STUDIES);
  if (rng.chance(0.5)) {
    return {
      titleZh: `${voice.modelEn}:基于${modality.zh}${method[0]}的${disease.zh}${taskZh}`,
      titleEn: `${voice.modelEn}: ${method[1]} on ${modality.en} for ${taskEn} in ${disease.en}.`,
    };
  }
  return {
    titleZh: `${modality.zh}${method[0]}在${disease.zh}${taskZh}中的价值:${studyZh}`,
    titleEn: `${capitalise(method[1])} with ${modality.en} for ${disease.en} ${taskEn}: ${studyEn}.`,
  };
}

function draftSummary(sources: Sources, voice: PaperVoice): PaperDraft['summary'] {
  const { rng } = voice;
  const counts: Record<Category, number> = { aim: 1, methods: rng.int(1, 2), results: rng.int(1, 2), conclusion: 1 };
  return CATEGORIES.map((category) => {
    const sentences = rng.sample(sources.summary[category], counts[category]).map((t) => fill(t, voice));
    if (category === 'methods') sentences.push(generatedMethodsZh(voice));
    if (category === 'results' && rng.chance(0.6)) sentences.push(generatedResultsZh(voice));
    return { label: SUMMARY_LABELS[category], sentences };
  });
}

function draftCommentary(sources: Sources, voice: PaperVoice): string[] {
  const { rng } = voice;
  const sentences = rng.sample(sources.commentary, rng.int(1, 2)).map((t) => fill(t, voice));
  // Never an empty comment: real issues without any 本刊点评 leave only the generated sentence.
  if (rng.chance(0.5) || sentences.length === 0) sentences.push(generatedCommentary(voice));
  return sentences;
}

function draftAbstract(sources: Sources, voice: PaperVoice): PaperDraft['abstract'] {
  const { rng } = voice;
  const counts: Record<Category, number> = { aim: rng.int(1, 2), methods: rng.int(1, 2), results: rng.int(1, 3), conclusion: 1 };
  const sections = CATEGORIES.map((category) => {
    const sentences = rng.sample(sources.abstract[category], counts[category]).map((t) => fill(t, voice));
    if (category === 'methods') sentences.push(generatedMethodsEn(voice));
    if (category === 'results' && rng.chance(0.6)) sentences.push(generatedResultsEn(voice));
    return sentences;
  });
  // Real abstracts are structured about two times in three; the rest are one paragraph.
  if (rng.chance(0.35)) return [{ label: null, sentences: sections.flat() }];
  const labels = rng.pick(ABSTRACT_LABELS);
  return sections.map((sentences, i) => ({ label: labels[i] ?? 'RESULTS', sentences }));
}

function generatedMethodsZh({ rng, modelZh, modelEn, code, disease, modality }: PaperVoice): string {
  const cohort = `${rng.int(2, 30)}家中心的${rng.int(120, 12000)}例${disease.zh}患者`;
  return `作者提出${modelZh}(${modelEn}),在${cohort}${modality.zh}数据上训练,并在${code}队列中外部验证。`;
}

function generatedResultsZh(voice: PaperVoice): string {
  const { low, auc, high } = aucWithInterval(voice.rng);
  return `${voice.modelEn}在外部测试集上的AUC为${auc}(95% CI ${low}-${high}),优于${hanWord(voice.rng)}基线模型。`;
}

function generatedCommentary(voice: PaperVoice): string {
  const { rng, modelEn, modelZh, method, disease, modality } = voice;
  if (rng.chance(0.5)) {
    return `${modelEn}把${method[0]}用到${disease.zh}的${modality.zh}上,思路清楚;但${hanWord(rng)}这类单中心数据仍难以证明泛化。`;
  }
  return `与既往${disease.zh}研究相比,${modelZh}的亮点在于${hanWord(rng)}模块,不过前瞻性验证仍是下一步。`;
}

function generatedMethodsEn({ rng, modelEn, method, modality, disease, code }: PaperVoice): string {
  const approach = `a ${latinWord(rng, ALPHA.word)}-guided ${method[1]} approach`;
  return `We developed ${modelEn}, ${approach}, using ${modality.en} data from ${rng.int(120, 12000)} patients with ${disease.en} in the ${code} cohort.`;
}

function generatedResultsEn(voice: PaperVoice): string {
  const { rng } = voice;
  const { low, auc, high } = aucWithInterval(rng);
  const baselines = `${latinWord(rng, ALPHA.word)} and ${latinWord(rng, ALPHA.word)} baselines`;
  return `${voice.modelEn} achieved an AUC of ${auc} (95% CI: ${low}-${high}), outperforming the ${baselines}.`;
}

function aucWithInterval(rng: SeededRandom): { low: string; auc: string; high: string } {
  const auc = 0.7 + rng.next() * 0.28;
  const low = auc - 0.02 - rng.next() * 0.06;
  const high = Math.min(0.995, auc + 0.02 + rng.next() * 0.05);
  return { low: low.toFixed(3), auc: auc.toFixed(3), high: high.toFixed(3) };
}

/** How one sentence varies its numbers: together, so a CI stays around its AUC and subsets stay smaller than totals. */
interface NumberShift {
  /** Added to scores between 0.5 and 1 (AUC, sensitivity). */
  scoreDelta: number;
  /** Multiplies counts and other quantities. */
  factor: number;
  yearShift: number;
}

/** Renders a template with this paper's topics and names, and freshly varied numbers and words. */
function fill(template: Template, voice: PaperVoice): string {
  const { rng } = voice;
  const shift: NumberShift = { scoreDelta: (rng.next() - 0.5) * 0.16, factor: 0.5 + rng.next() * 1.5, yearShift: rng.int(-12, 0) };
  // The sentence's first named topic of a kind becomes the paper's own, any other one its comparison.
  const seen: Record<TopicKind, string[]> = { modality: [], disease: [] };
  let out = '';
  for (const piece of template) {
    if (typeof piece === 'string') out += piece;
    else if (piece.kind === 'topic') out += topicSlotWords(piece, voice, seen)[piece.form];
    else out += fillSlot(piece, voice, shift);
  }
  return out;
}

function topicSlotWords(slot: Slot & { kind: 'topic' }, voice: PaperVoice, seen: Record<TopicKind, string[]>): TopicWords {
  const sources = seen[slot.topic];
  if (!sources.includes(slot.source)) sources.push(slot.source);
  const own = sources[0] === slot.source;
  if (slot.topic === 'modality') return own ? voice.modality : voice.otherModality;
  return own ? voice.disease : voice.otherDisease;
}

// How often a long English word becomes an invented one, and how often a Chinese anchor noun gets an invented
// qualifier (朗弘模型): together with the names, this is what makes each paper bring some new words.
const WORD_SWAP_RATE = 0.12;
const ANCHOR_QUALIFIER_RATE = 0.25;

function fillSlot(slot: Exclude<Slot, { kind: 'topic' }>, voice: PaperVoice, shift: NumberShift): string {
  const { rng } = voice;
  switch (slot.kind) {
    case 'model':
      return voice.modelEn;
    case 'code':
      return voice.code;
    case 'number':
      return varyNumber(slot.written, shift);
    case 'word':
      return rng.chance(WORD_SWAP_RATE) ? latinWord(rng, ALPHA.word) : slot.written;
    case 'anchor':
      return rng.chance(ANCHOR_QUALIFIER_RATE) ? `${hanWord(rng)}${slot.written}` : slot.written;
  }
}

/** A number like the written one: a year stays a plausible year, an AUC an AUC, a cohort size a cohort size. */
function varyNumber(written: string, shift: NumberShift): string {
  if (written.includes(',')) return groupThousands(Math.round(Number(written.replace(/,/g, '')) * shift.factor));
  const value = Number(written);
  const dot = written.indexOf('.');
  if (dot >= 0) {
    const decimals = written.length - dot - 1;
    const varied = value >= 0.5 && value < 1 ? Math.min(0.995, Math.max(0.5, value + shift.scoreDelta)) : value * shift.factor;
    return varied.toFixed(decimals);
  }
  if (written.length === 4 && value >= 1990 && value <= 2030) return String(Math.max(1990, value + shift.yearShift));
  // Small numbers are mostly structure (3D, 5年, four databases), not data.
  if (value < 10) return written;
  return String(Math.max(10, Math.round(value * shift.factor)));
}

function groupThousands(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

// --- Planting ----------------------------------------------------------------------------------------------

function applyPlant(draft: PaperDraft, { term, field }: Plant): void {
  switch (field) {
    case 'titleZh':
      draft.titleZh = `${term}:${draft.titleZh}`;
      return;
    case 'titleEn':
      draft.titleEn = `${capitalise(term)}: ${draft.titleEn}`;
      return;
    case 'summary':
      // 方法 is always the second part of a generated summary.
      draft.summary[1]?.sentences.push(`研究引入${term}以刻画病灶的影像异质性。`);
      return;
    case 'abstract': {
      const section = draft.abstract[1] ?? draft.abstract[0];
      section?.sentences.push(`The ${term} module was trained end to end.`);
      return;
    }
    case 'commentary':
      draft.commentary.push(/\p{Script=Han}/u.test(term) ? `${term}这一思路新颖,值得后续研究复现。` : `其中${term}模块的设计值得关注。`);
  }
}

// --- Rendering ---------------------------------------------------------------------------------------------

interface RenderedPaper {
  order: number;
  titleZh: string;
  titleEn: string;
  journal: JournalSpelling;
  summaryLines: string[];
  commentaryLines: string[];
  abstractLines: string[];
  doi: string;
}

function renderPaper(draft: PaperDraft): RenderedPaper {
  return {
    order: draft.order,
    titleZh: draft.titleZh,
    titleEn: draft.titleEn,
    journal: draft.journal,
    summaryLines: draft.summary.map(({ label, sentences }) => `${label}:${joinChinese(sentences)}`),
    commentaryLines: [asFreeTextLine(joinChinese(draft.commentary), '此外,')],
    abstractLines: draft.abstract.map(({ label, sentences }) =>
      label === null ? asFreeTextLine(sentences.join(' '), 'In summary, ') : `${label}: ${sentences.join(' ')}`,
    ),
    // A DOI prefix no publisher uses, so benchmark papers never collide with real ones.
    doi: `10.5555/bench.${draft.issue}.${draft.order}`,
  };
}

/** Sentences run on; a paragraph ends with 。 even when its last sentence ended with ；. */
function joinChinese(sentences: readonly string[]): string {
  return sentences.join('').replace(/；$/, '。');
}

/**
 * A free-text line the parser could read as structure (a paper number, a field or section marker, a link, an
 * abstract label) gets a harmless lead-in, so recombined sentences never change how the file parses.
 */
function asFreeTextLine(line: string, leadIn: string): string {
  const parts = toAbstractParts([line]);
  const plain = parts.length === 1 && parts[0]?.label === null;
  const risky = matchPaperStart(line) !== null || isStructural(line) || matchExplicitLink(line) !== null || !plain;
  return risky ? `${leadIn}${line}` : line;
}

/** The paper's text as the parser will see it (labels split off by the parser's own functions), for ground truth. */
function searchableText(paper: RenderedPaper): string {
  return [
    paper.titleZh,
    paper.titleEn,
    ...toSummaryParts(paper.summaryLines).map((part) => part.text),
    ...paper.commentaryLines,
    ...toAbstractParts(paper.abstractLines).map((part) => part.text),
    paper.journal.asWritten,
    paper.journal.name,
  ].join('\n');
}

function issueText(issue: IssuePlan, papers: readonly RenderedPaper[]): string {
  const [year, month, day] = issue.date.split('-').map(Number);
  const lines = [`【医学影像与AI文献快递】第${issue.number}期|${year}年${month}月${day}日`];
  for (const paper of papers) {
    lines.push(
      `${paper.order}. ${paper.titleZh}`,
      `期刊:${paper.journal.asWritten}`,
      `英文标题:${paper.titleEn}`,
      '中文摘要',
      ...paper.summaryLines,
      '本刊点评',
      ...paper.commentaryLines,
      '英文原摘要',
      ...paper.abstractLines,
      '原文',
      `[${paper.order}] https://doi.org/${paper.doi}`,
    );
  }
  // Like the published files: LF line ends, no newline after the last link.
  return lines.join('\n');
}

function issueFileName(number: number): string {
  return `${String(number).padStart(4, '0')}.txt`;
}

/** A fresh content folder: issues/, the editors' data files, and no overrides (they name real DOIs). */
function prepareContentDir(contentDir: string): void {
  rmSync(contentDir, { recursive: true, force: true });
  mkdirSync(join(contentDir, 'issues'), { recursive: true });
  for (const name of COPIED_DATA_FILES) copyFileSync(join(SOURCE_CONTENT, name), join(contentDir, name));
  writeFileSync(join(contentDir, 'overrides.yaml'), '[]\n');
}
