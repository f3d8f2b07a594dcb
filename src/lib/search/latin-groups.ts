// The Latin words of a query as groups: stop, question and filler words dropped, a word the index lacks
// corrected, and the longest synonym (topic term, journal name, thesaurus name) the words make.
import { conceptsNode, namesTopicOrJournal } from './plan-nodes.ts';
import { isWordConcept } from './concepts.ts';
import type { SynonymEntry } from './index-files.ts';
import { correctionFor, latinWordNode, type LatinWord } from './latin-plan.ts';
import type { Lexicon } from './lexicon.ts';
import { allOf, anyOf, canMatch, type PlanParts, type PlanOptions, type TermGroup } from './query-node.ts';
import type { QueryRules } from './query-rules.ts';
import type { LatinUnit, QueryText, QueryUnit } from './query-text.ts';
import { stem } from './tokenize.ts';

/**
 * Each Latin word's group, keyed by unit index: question, filler and stop words dropped, a word the index does
 * not have corrected to the closest one it has.
 */
export function latinWords(
  text: QueryText,
  consumed: ReadonlySet<number>,
  lexicon: Lexicon,
  rules: QueryRules,
  options: PlanOptions,
  plan: PlanParts,
): Map<number, TermGroup> {
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
        node = corrected.node;
        correctedTo = corrected.parts.join(unit.word.parts.length > 1 ? '-' : '');
      }
    }
    groups.set(i, { surface: unit.raw, node, concept: /\d/.test(unit.folded), ...(correctedTo ? { correctedTo } : {}) });
  });
  return groups;
}

/** Whether the word is, or begins, some synonym (an acronym the text never spells, a topic absent from the archive). */
function isSynonymKeyStart(unit: LatinUnit, lexicon: Lexicon): boolean {
  const stems = unit.word.parts.map(stem);
  const [first] = stems;
  if (!first) return false;
  const typed = stems.join(' ');
  return lexicon.latinSynonymsStartingWith(first).some((entry) => entry.key === typed || entry.key.startsWith(`${typed} `));
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
export function latinPhraseAt(
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
  // A phrase with corrected words is reported whole, as it was searched.
  const correctedTo = wordGroups.some((g) => g.correctedTo) ? covered.map((u, k) => words.get(i + k)?.correctedTo ?? u.raw).join(' ') : undefined;
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
