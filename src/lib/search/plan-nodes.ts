// Query nodes the Han, Latin and glued planners all build: contained Han text, a synonym's concepts.
import { isWordConcept } from './concepts.ts';
import type { SynonymEntry } from './index-files.ts';
import type { Lexicon } from './lexicon.ts';
import { allOf, anyOf, concept, NOTHING, prefix, term, type QueryNode } from './query-node.ts';

// A relative of a word (a longer word on its stem, a word containing the Han text typed) or a word still being
// typed counts a little less than the word itself.
export const RELATIVE_WEIGHT = 0.8;

/** Papers whose indexed words contain the Han piece: the word itself counts fully, longer words a little less. */
export function hanPieceNode(piece: string, lexicon: Lexicon): QueryNode {
  if (!lexicon.hasPrefix(piece)) return NOTHING;
  return anyOf([...(lexicon.has(piece) ? [term(piece)] : []), prefix(piece, RELATIVE_WEIGHT)]);
}

/** A synonym's concepts, all of which must hold. */
export const conceptsNode = (entry: SynonymEntry): QueryNode => allOf(entry.concepts.map(concept));

/** Whether a synonym names a topic or a journal, rather than a thesaurus word. */
export const namesTopicOrJournal = (entry: SynonymEntry): boolean => entry.concepts.some((c) => !isWordConcept(c));
