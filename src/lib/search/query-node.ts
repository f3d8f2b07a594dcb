// What a planned query asks of a paper, as a small tree the engine evaluates: words, prefixes, concepts
// (topics, journals), every-of and any-of.
import type { Lexicon } from './lexicon.ts';

export type QueryNode =
  /** An index entry; `weight` scales its field score (1 for the word itself, less for a relative). */
  | { kind: 'term'; term: string; weight: number }
  /** Every index entry starting with `prefix`: a word being typed, or (Han) any word containing it. */
  | { kind: 'prefix'; prefix: string; weight: number }
  /** Papers of a topic or journal. */
  | { kind: 'concept'; concept: string }
  | { kind: 'all'; nodes: QueryNode[] }
  | { kind: 'any'; nodes: QueryNode[] }
  /** Something the archive cannot match (a character no indexed word covers). */
  | { kind: 'nothing' };

export const NOTHING: QueryNode = { kind: 'nothing' };
export const term = (text: string, weight = 1): QueryNode => ({ kind: 'term', term: text, weight });
export const prefix = (text: string, weight: number): QueryNode => ({ kind: 'prefix', prefix: text, weight });
export const concept = (id: string): QueryNode => ({ kind: 'concept', concept: id });

/** any() of the nodes that can match; a single one stands alone. */
export function anyOf(nodes: readonly QueryNode[]): QueryNode {
  const useful = nodes.filter((n) => n.kind !== 'nothing');
  if (useful.length === 0) return NOTHING;
  return useful.length === 1 ? (useful[0] ?? NOTHING) : { kind: 'any', nodes: useful };
}

export function allOf(nodes: readonly QueryNode[]): QueryNode {
  if (nodes.length === 0 || nodes.some((n) => n.kind === 'nothing')) return NOTHING;
  return nodes.length === 1 ? (nodes[0] ?? NOTHING) : { kind: 'all', nodes: [...nodes] };
}

/** Whether the loaded vocabulary has what the node asks for (not whether one paper has all of it). */
export function canMatch(node: QueryNode, lexicon: Lexicon): boolean {
  switch (node.kind) {
    case 'term':
      return lexicon.has(node.term);
    case 'prefix':
      return lexicon.hasPrefix(node.prefix);
    case 'concept':
      return lexicon.conceptPapers(node.concept).length > 0;
    case 'all':
      return node.nodes.every((n) => canMatch(n, lexicon));
    case 'any':
      return node.nodes.some((n) => canMatch(n, lexicon));
    case 'nothing':
      return false;
  }
}

/** One part of a query: every paper must match it (or, in a question, the topic parts must and the rest rank). */
export interface TermGroup {
  /** What the reader typed for this part. */
  surface: string;
  node: QueryNode;
  /** Names a topic, a journal or an identifier: required even in a question. */
  concept: boolean;
  /** The word was not in the archive and the closest one was searched instead. */
  correctedTo?: string;
}

/** Why part of a query was left out: a stop, question or filler word, a function character, or (in a question) absent. */
export type DropReason = 'stopword' | 'question' | 'filler' | 'function' | 'absent';

export interface DroppedWord {
  text: string;
  why: DropReason;
}

/** Groups and dropped words as the planner collects them; `asked` when a question word was among the dropped. */
export interface PlanParts {
  groups: TermGroup[];
  dropped: DroppedWord[];
  asked: boolean;
}

export interface PlanOptions {
  /** A question: words nothing covers are left out, and only topic groups are required. */
  question: boolean;
  /** Search question and filler words too: the query has nothing else. */
  keepFiller: boolean;
}
