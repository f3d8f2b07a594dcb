// Turns what a reader typed into groups of query nodes: every group must match (AND across all fields),
// except in a question, where only the topic groups must and the others rank. See docs/design.md.
import { conceptsNode, hanPieceNode, namesTopicOrJournal, planHanRun, type HanPlan } from './han-plan.ts';
import { shardOf } from './index-config.ts';
import type { SynonymEntry } from './index-files.ts';
import { correctionFor, latinWordNode, wordFamily, type LatinWord } from './latin-plan.ts';
import type { Lexicon } from './lexicon.ts';
import { allOf, anyOf, canMatch, term, type DroppedWord, type QueryNode, type TermGroup } from './query-node.ts';
import type { QueryRules } from './query-rules.ts';
import { readQuery, type QueryText, type QueryUnit } from './query-text.ts';
import { isWordConcept } from './concepts.ts';
import { stem } from './tokenize.ts';

export type { DroppedWord, QueryNode, TermGroup } from './query-node.ts';

export interface QueryPlan {
  groups: TermGroup[];
  /** What was left out, and why. */
  dropped: DroppedWord[];
  /** Read as a question: only concept groups are required. */
  question: boolean;
  /** Traditional characters converted: the query as searched, or null. */
  converted: string | null;
  /** The query is a DOI: it finds that paper or nothing. */
  doi: string | null;
  /** The query has no character search can use (emoji, punctuation only). */
  blank: boolean;
  /** The query was longer than search reads. */
  truncated: boolean;
}

type LatinUnit = Extract<QueryUnit, { kind: 'latin' }>;
type HanUnit = Extract<QueryUnit, { kind: 'han' }>;

/** Every shard a query needs before it can be planned: one per Han character, one per Latin word, the DOI's. */
export function shardsForQuery(query: string, shardCount: number, rules: QueryRules): number[] {
  const text = readQuery(query, rules);
  const shards = new Set<number>();
  if (text.doi) shards.add(shardOf(text.doi, shardCount));
  for (const unit of text.units) {
    if (unit.kind === 'han') for (const char of unit.text + (unit.phraseReading ?? '')) shards.add(shardOf(char, shardCount));
    else for (const token of [...unit.word.parts, unit.word.compound ?? '']) if (token) shards.add(shardOf(token, shardCount));
  }
  return [...shards].sort((a, b) => a - b);
}

interface PlanOptions {
  question: boolean;
  /** Search question and filler words too: the query has nothing else. */
  keepFiller: boolean;
}

export function planQuery(query: string, lexicon: Lexicon, rules: QueryRules): QueryPlan {
  const text = readQuery(query, rules);
  const converted = text.units.some((u) => u.kind === 'han' && u.text !== u.raw) ? convertedQuery(text) : null;
  const base = { converted, truncated: text.truncated, doi: null, blank: false };
  if (text.doi) {
    return { ...base, groups: [{ surface: text.doi, node: term(text.doi), concept: true }], dropped: [], question: false, doi: text.doi };
  }
  if (text.units.length === 0) return { ...base, groups: [], dropped: [], question: false, blank: text.text.trim().length > 0 };
  let options: PlanOptions = { question: text.questionMark || startsWithQuestionWord(text, rules), keepFiller: false };
  let planned = planUnits(text, lexicon, rules, options);
  if (planned.asked && !options.question) {
    options = { ...options, question: true };
    planned = planUnits(text, lexicon, rules, options);
  }
  // A query of nothing but filler or question words (研究, papers, 能否) searches them after all.
  if (planned.groups.length === 0 && planned.dropped.some((d) => d.why === 'filler' || d.why === 'question')) {
    options = { ...options, keepFiller: true };
    planned = planUnits(text, lexicon, rules, options);
  }
  return { ...base, groups: mergeDuplicates(planned.groups), dropped: planned.dropped, question: options.question };
}

function convertedQuery(text: QueryText): string {
  let out = text.text;
  for (const unit of [...text.units].reverse()) if (unit.kind === 'han') out = out.slice(0, unit.start) + unit.text + out.slice(unit.end);
  return out;
}

function startsWithQuestionWord(text: QueryText, rules: QueryRules): boolean {
  const first = text.units[0];
  return first?.kind === 'latin' && rules.englishDrop(first.folded) === 'question';
}

function planUnits(text: QueryText, lexicon: Lexicon, rules: QueryRules, options: PlanOptions): HanPlan {
  const plan: HanPlan = { groups: [], dropped: [], asked: false };
  const { units } = text;
  const { items, consumed } = withMixedSynonyms(units, lexicon);
  const latin = latinWords(text, consumed, lexicon, rules, options, plan);
  for (let k = 0; k < items.length; k++) {
    const item = items[k] as StreamItem;
    if (item.kind === 'group') plan.groups.push(item.group);
    else if (item.kind === 'han') mergeInto(plan, hanUnitPlan(item.unit, lexicon, rules, options));
    else {
      const phrase = latinPhraseAt(units, item.index, consumed, latin, lexicon);
      if (phrase) {
        plan.groups.push(phrase.group);
        // Skip the Latin units the phrase covered.
        while (k + 1 < items.length && (items[k + 1] as StreamItem).kind === 'latin' && ((items[k + 1] as { index: number }).index < phrase.next)) k++;
        continue;
      }
      const word = latin.get(item.index);
      if (word) plan.groups.push(word);
    }
  }
  return plan;
}

type StreamItem = { kind: 'latin'; index: number } | { kind: 'han'; unit: HanUnit } | { kind: 'group'; group: TermGroup };

/** A Han unit cut to part of its characters (conversion is character for character, so raw and text align). */
function slicedHan(unit: HanUnit, from: number, to?: number): HanUnit | null {
  const raw = [...unit.raw].slice(from, to).join('');
  if (!raw) return null;
  return { ...unit, raw, text: [...unit.text].slice(from, to).join(''), phraseReading: null };
}

/**
 * The query as a stream of Latin words, Han runs and groups, where a synonym glued across a Latin word and a Han
 * run with no space (X线片, B超, 低剂量CT) has been taken out as one group. `consumed` lists the Latin units it took.
 */
function withMixedSynonyms(units: readonly QueryUnit[], lexicon: Lexicon): { items: StreamItem[]; consumed: Set<number> } {
  const items: StreamItem[] = [];
  const consumed = new Set<number>();
  // What is left of the next Han unit after a glued synonym took its start (null: all of it).
  let carried: HanUnit | null | undefined;
  const glued = (surface: string, entries: SynonymEntry[], node: QueryNode): TermGroup => ({
    surface,
    node: anyOf([node, ...entries.map(conceptsNode)]),
    concept: entries.some(namesTopicOrJournal),
  });
  const latinText = (unit: LatinUnit): QueryNode => latinWordNode({ raw: unit.raw, word: unit.word, typing: false, quoted: true }, lexicon);
  for (let i = 0; i < units.length; i++) {
    const unit = units[i] as QueryUnit;
    const next = units[i + 1];
    if (unit.kind === 'latin') {
      if (next?.kind === 'han' && next.start === unit.end) {
        const chars = [...next.text];
        for (let k = chars.length; k >= 1; k--) {
          const hanPart = chars.slice(0, k).join('');
          const entries = lexicon.synonymsFor(unit.folded + hanPart, chars[0] ?? '');
          if (entries.length === 0) continue;
          items.push({ kind: 'group', group: glued(unit.raw + [...next.raw].slice(0, k).join(''), entries, allOf([latinText(unit), hanPieceNode(hanPart, lexicon)])) });
          consumed.add(i);
          carried = slicedHan(next, k);
          break;
        }
        if (consumed.has(i)) continue;
      }
      items.push({ kind: 'latin', index: i });
      continue;
    }
    const han = carried === undefined ? unit : carried;
    carried = undefined;
    if (han === null) continue;
    if (next?.kind === 'latin' && next.start === unit.end) {
      const chars = [...han.text];
      let matched = false;
      for (let k = 0; k < chars.length && !matched; k++) {
        const hanPart = chars.slice(k).join('');
        const entries = lexicon.synonymsFor(hanPart + next.folded, chars[k] ?? '');
        if (entries.length === 0) continue;
        const head = slicedHan(han, 0, k);
        if (head) items.push({ kind: 'han', unit: head });
        items.push({ kind: 'group', group: glued([...han.raw].slice(k).join('') + next.raw, entries, allOf([hanPieceNode(hanPart, lexicon), latinText(next)])) });
        consumed.add(i + 1);
        matched = true;
      }
      if (matched) {
        i++;
        continue;
      }
    }
    items.push({ kind: 'han', unit: han });
  }
  return { items, consumed };
}

function mergeInto(plan: HanPlan, part: HanPlan): void {
  plan.groups.push(...part.groups);
  plan.dropped.push(...part.dropped);
  plan.asked ||= part.asked;
}

/** A Han run; when Taiwan/Hong Kong phrases give a second reading, a paper may match either. */
function hanUnitPlan(unit: HanUnit, lexicon: Lexicon, rules: QueryRules, options: PlanOptions): HanPlan {
  const context = { lexicon, rules, ...options };
  const chars = planHanRun(unit.text, context);
  if (!unit.phraseReading) return chars;
  const phrases = planHanRun(unit.phraseReading, context);
  const matchable = (p: HanPlan) => p.groups.length > 0 && p.groups.every((g) => canMatch(g.node, lexicon));
  if (!matchable(phrases)) return chars;
  if (!matchable(chars)) return phrases;
  const readingNode = (p: HanPlan): QueryNode => allOf(p.groups.map((g) => g.node));
  return {
    groups: [{ surface: unit.raw, node: anyOf([readingNode(chars), readingNode(phrases)]), concept: [...chars.groups, ...phrases.groups].some((g) => g.concept) }],
    dropped: chars.dropped,
    asked: chars.asked || phrases.asked,
  };
}

/**
 * Each Latin word's group, keyed by unit index: question, filler and stop words dropped, a word the index does
 * not have corrected to the closest one it has.
 */
function latinWords(text: QueryText, consumed: ReadonlySet<number>, lexicon: Lexicon, rules: QueryRules, options: PlanOptions, plan: HanPlan): Map<number, TermGroup> {
  const groups = new Map<number, TermGroup>();
  text.units.forEach((unit, i) => {
    if (unit.kind !== 'latin' || consumed.has(i)) return;
    const drop = rules.englishDrop(unit.folded);
    if (drop && !(drop !== 'stopword' && options.keepFiller)) {
      plan.dropped.push({ text: unit.raw, why: drop });
      if (drop === 'question' && i === 0) plan.asked = true;
      return;
    }
    const word: LatinWord = { raw: unit.raw, word: unit.word, typing: text.typing && i === text.units.length - 1, quoted: unit.quoted };
    let node = latinWordNode(word, lexicon);
    if (node.kind === 'nothing' && unit.word.parts.length === 0 && !unit.word.compound) {
      plan.dropped.push({ text: unit.raw, why: 'stopword' });
      return;
    }
    let correctedTo: string | undefined;
    if (!canMatch(node, lexicon) && !isSynonymKeyStart(unit, lexicon)) {
      const corrected = correctionFor(word, lexicon);
      if (corrected) {
        node = wordFamily(corrected, lexicon, false);
        correctedTo = corrected;
      }
    }
    groups.set(i, { surface: unit.raw, node, concept: /\d/.test(unit.folded), ...(correctedTo ? { correctedTo } : {}) });
  });
  return groups;
}

/** Whether the word begins some synonym (an acronym the text never spells, a topic absent from the archive). */
function isSynonymKeyStart(unit: LatinUnit, lexicon: Lexicon): boolean {
  const first = unit.word.parts[0];
  if (!first) return false;
  const firstStem = stem(first);
  return lexicon.latinSynonymsStartingWith(firstStem).length > 0;
}

/** The stems a Latin unit contributes to a phrase: its corrected word when it had one. */
function unitStems(unit: LatinUnit, group: TermGroup | undefined): string[] {
  return group?.correctedTo ? [stem(group.correctedTo)] : unit.word.parts.map(stem);
}

/**
 * The longest synonym (taxonomy term, journal name) made of the Latin words from unit i on. A topic named by
 * several words finds the papers tagged with it (the words scattered over a paper are not the topic: "cervical
 * lymph nodes … cancer" is not cervical cancer); one word or a journal's name also finds its own text.
 */
function latinPhraseAt(
  units: readonly QueryUnit[],
  i: number,
  consumed: ReadonlySet<number>,
  words: ReadonlyMap<number, TermGroup>,
  lexicon: Lexicon,
): { group: TermGroup; next: number } | null {
  const first = units[i];
  if (first?.kind !== 'latin') return null;
  const firstStem = unitStems(first, words.get(i))[0];
  if (!firstStem) return null;
  let best: { entries: SynonymEntry[]; length: number; tokens: number } | null = null;
  for (const entry of lexicon.latinSynonymsStartingWith(firstStem)) {
    const keyTokens = entry.key.split(' ');
    const tokens: string[] = [];
    let length = 0;
    while (tokens.length < keyTokens.length && units[i + length]?.kind === 'latin' && !consumed.has(i + length)) {
      tokens.push(...unitStems(units[i + length] as LatinUnit, words.get(i + length)));
      length++;
    }
    if (tokens.join(' ') !== entry.key) continue;
    if (entry.exactCase && first.raw !== entry.exactCase) continue;
    if (!best || keyTokens.length > best.tokens) best = { entries: [entry], length, tokens: keyTokens.length };
    else if (keyTokens.length === best.tokens && best.length === length) best.entries.push(entry);
  }
  if (!best) return null;
  const covered = units.slice(i, i + best.length) as LatinUnit[];
  const wordGroups = covered.map((_u, k) => words.get(i + k)).filter((g): g is TermGroup => g !== undefined);
  const textNode = allOf(wordGroups.map((g) => g.node));
  // A topic named in several words means its tag; a journal's or a thesaurus name also finds its own words.
  const topicOnly = best.length > 1 && best.entries.every((e) => e.concepts.every((c) => !c.startsWith('journal:') && !isWordConcept(c)));
  const correctedTo = wordGroups.find((g) => g.correctedTo)?.correctedTo;
  return {
    group: {
      surface: covered.map((u) => u.raw).join(' '),
      node: anyOf([...(topicOnly ? [] : [textNode]), ...best.entries.map(conceptsNode)]),
      concept: best.entries.some(namesTopicOrJournal),
      ...(correctedTo ? { correctedTo } : {}),
    },
    next: i + best.length,
  };
}

/** The same group typed twice counts once. */
function mergeDuplicates(groups: TermGroup[]): TermGroup[] {
  const seen = new Set<string>();
  return groups.filter((group) => {
    const key = JSON.stringify(group.node);
    if (group.node.kind !== 'nothing' && seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
