// Turns what a reader typed into groups of query nodes: every group must match (AND across all fields),
// except in a question, where only the topic groups must and the others rank. See docs/design.md.
import { planHanRun } from './han-plan.ts';
import { shardOf } from './index-config.ts';
import { latinPhraseAt, latinWords } from './latin-groups.ts';
import type { Lexicon } from './lexicon.ts';
import { withMixedSynonyms, type StreamItem } from './mixed-synonyms.ts';
import { term, type DroppedWord, type PlanOptions, type PlanParts, type TermGroup } from './query-node.ts';
import type { QueryRules } from './query-rules.ts';
import { readQuery, type QueryText } from './query-text.ts';
import { gluedPiece } from './tokenize.ts';

export type { DroppedWord, QueryNode, TermGroup } from './query-node.ts';

export interface QueryPlan {
  /** The query as read: folded (full-width letters as ASCII, invisible characters gone) and cut to length. */
  query: string;
  groups: TermGroup[];
  /** What was left out, and why. */
  dropped: DroppedWord[];
  /** Read as a question: only concept groups are required. */
  question: boolean;
  /** A pasted passage (many words), read like a question: its own paper comes first, not nothing. */
  passage: boolean;
  /** Traditional characters converted: the query as searched, or null. */
  converted: string | null;
  /** The query is a DOI: it finds that paper or nothing. */
  doi: string | null;
  /** The query has no character search can use (emoji, punctuation only). */
  blank: boolean;
  /** The query was longer than search reads. */
  truncated: boolean;
}


/** Every shard a query needs before it can be planned: one per Han character, one per Latin word, the DOI's. */
export function shardsForQuery(query: string, shardCount: number, rules: QueryRules): number[] {
  const text = readQuery(query, rules);
  const shards = new Set<number>();
  if (text.doi) shards.add(shardOf(text.doi, shardCount));
  text.units.forEach((unit, i) => {
    if (unit.kind === 'han') for (const char of unit.text + rules.converter.phraseTargetsIn(unit.text).join('')) shards.add(shardOf(char, shardCount));
    else for (const token of [...unit.word.parts, unit.word.compound ?? '']) if (token) shards.add(shardOf(token, shardCount));
    // A Latin word glued before Han text (X线) is indexed with the character it touches, keyed like a Latin word.
    const next = text.units[i + 1];
    if (unit.kind === 'latin' && next?.kind === 'han' && next.start === unit.end) shards.add(shardOf(gluedPiece(unit.raw, 'before') + ([...next.text][0] ?? ''), shardCount));
  });
  return [...shards].sort((a, b) => a - b);
}

/** From this many groups on, a query is a pasted passage: requiring every word would find nothing. */
export const PASSAGE_GROUPS = 8;

export function planQuery(query: string, lexicon: Lexicon, rules: QueryRules): QueryPlan {
  const text = readQuery(query, rules);
  const converted = text.units.some((u) => u.kind === 'han' && u.text !== u.raw) ? convertedQuery(text) : null;
  const base = { query: text.text, converted, truncated: text.truncated, doi: null, blank: false, passage: false };
  if (text.doi) {
    return { ...base, groups: [{ surface: text.doi, node: term(text.doi), concept: true }], dropped: [], question: false, doi: text.doi };
  }
  if (text.units.length === 0) return { ...base, groups: [], dropped: [], question: false, blank: text.blank };
  // A question mark says it; a question word (吗, does at the start) says it while planning, which then runs again.
  let options: PlanOptions = { question: text.questionMark, keepFiller: false };
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
  // A pasted passage (a paragraph of a summary, a title and abstract) names words the paper has not indexed as such
  // (section labels, numbers); read it like a question, so the paper it came from ranks first. Many words, not one
  // word many times (肺癌肺癌…, cut to 200 characters, is still a search for 肺癌).
  if (!options.question && mergeDuplicates(planned.groups).length >= PASSAGE_GROUPS) {
    options = { ...options, question: true };
    planned = planUnits(text, lexicon, rules, options);
    return { ...base, groups: mergeDuplicates(planned.groups), dropped: planned.dropped, question: true, passage: true };
  }
  return { ...base, groups: mergeDuplicates(planned.groups), dropped: planned.dropped, question: options.question };
}

function convertedQuery(text: QueryText): string {
  let out = text.text;
  for (const unit of [...text.units].reverse()) if (unit.kind === 'han') out = out.slice(0, unit.start) + unit.text + out.slice(unit.end);
  return out;
}


function planUnits(text: QueryText, lexicon: Lexicon, rules: QueryRules, options: PlanOptions): PlanParts {
  const plan: PlanParts = { groups: [], dropped: [], asked: false };
  const { units } = text;
  const { items, consumed } = withMixedSynonyms(units, lexicon, rules);
  const latin = latinWords(text, consumed, lexicon, rules, options, plan);
  for (let k = 0; k < items.length; k++) {
    const item = items[k] as StreamItem;
    if (item.kind === 'group') plan.groups.push(item.group);
    else if (item.kind === 'han') mergeInto(plan, planHanRun(item.unit.text, { lexicon, rules, ...options }));
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

function mergeInto(plan: PlanParts, part: PlanParts): void {
  plan.groups.push(...part.groups);
  plan.dropped.push(...part.dropped);
  plan.asked ||= part.asked;
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
