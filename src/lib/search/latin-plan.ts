// English and other Latin-script query words → query nodes. The index holds words as written (folded); a query
// word finds the words of its family (same Porter stem: segmentation, segmentations, segmented), longer words
// sharing its stem (accurate → accuracy, weighed less), and, while being typed, any word it starts.
import type { Lexicon } from './lexicon.ts';
import { RELATIVE_WEIGHT } from './plan-nodes.ts';
import { allOf, anyOf, canMatch, NOTHING, prefix, term, type QueryNode } from './query-node.ts';
import { closestWord } from './typo.ts';
import { latinPieces, stem, type EnglishWord } from './tokenize.ts';

// Stems shorter than this do not stand for their longer relatives (imag → imagenet, mass → massive), and a
// relative adds at most a few letters to the stem and to the word (accurate → accuracy; ultras is not
// ultrasound, multi is not multimodal).
const MIN_RELATIVE_STEM = 5;
const MAX_RELATIVE_EXTRA = 3;
const MAX_RELATIVE_LONGER = 4;

const stems = new Map<string, string>();
function cachedStem(word: string): string {
  let found = stems.get(word);
  if (found === undefined) {
    found = stem(word);
    stems.set(word, found);
  }
  return found;
}

function commonPrefix(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.slice(0, i);
}

export interface FamilyMember {
  word: string;
  /** Same stem (1), or a longer word on the stem (RELATIVE_WEIGHT). */
  weight: number;
}

/**
 * The indexed forms of an English word (folded, four letters or more): those with its Porter stem, and longer
 * words on its stem. Porter may rewrite a stem's last letter (therapy → therapi), so candidates are the words
 * sharing the stem minus that letter. The build finds a thesaurus name's papers with this too.
 */
export function familyOf(part: string, termsWithPrefix: (prefix: string) => readonly string[]): FamilyMember[] {
  const wordStem = cachedStem(part);
  const base = commonPrefix(wordStem.slice(0, -1), part);
  const members: FamilyMember[] = [];
  for (const candidate of termsWithPrefix(base.length >= 2 ? base : part.slice(0, 2))) {
    if (!/^[a-z]+$/.test(candidate)) continue;
    const candidateStem = cachedStem(candidate);
    if (candidateStem === wordStem) members.push({ word: candidate, weight: 1 });
    else if (
      wordStem.length >= MIN_RELATIVE_STEM &&
      candidateStem.startsWith(wordStem) &&
      candidateStem.length - wordStem.length <= MAX_RELATIVE_EXTRA &&
      candidate.length - part.length <= MAX_RELATIVE_LONGER
    ) {
      members.push({ word: candidate, weight: RELATIVE_WEIGHT });
    }
  }
  return members;
}

/** The words of the index that are forms of `part` (a folded query word), as any-of. */
export function wordFamily(part: string, lexicon: Lexicon, typing: boolean): QueryNode {
  const typed = typing && part.length >= 2 && lexicon.hasPrefix(part) ? [prefix(part, RELATIVE_WEIGHT)] : [];
  // Identifiers and short words (NCT06218843, AI, PET) match as written, or with a plural s.
  if (/\d/.test(part) || part.length <= 3) return anyOf([...[part, `${part}s`].filter((w) => lexicon.has(w)).map((w) => term(w)), ...typed]);
  return anyOf([...familyOf(part, (p) => lexicon.termsWithPrefix(p)).map((m) => term(m.word, m.weight)), ...typed]);
}

export interface LatinWord {
  /** As the reader typed it. */
  raw: string;
  word: EnglishWord;
  /** Still being typed: the last word, no space after it. */
  typing: boolean;
  /** Written in quotes: never corrected. */
  quoted: boolean;
}

/**
 * Nodes for one word: a compound matches whole (U-Net, PET/CT, 18F-FDG); where the index lacks the joined form,
 * all its parts (whole-slide ~ whole slide), but only if none was dropped: U-Net is not "net".
 */
export function latinWordNode(unit: LatinWord, lexicon: Lexicon): QueryNode {
  const { word, typing } = unit;
  if (word.compound) {
    const whole = anyOf([...(lexicon.has(word.compound) ? [term(word.compound)] : []), ...(typing && lexicon.hasPrefix(word.compound) ? [prefix(word.compound, RELATIVE_WEIGHT)] : [])]);
    if (whole.kind !== 'nothing' || word.parts.length < latinPieces(unit.raw).length) return whole;
  }
  if (word.parts.length === 0) return NOTHING;
  const parts = word.parts.map((part, i) => wordFamily(part, lexicon, typing && i === word.parts.length - 1));
  if (parts.some((p) => p.kind === 'nothing')) return NOTHING;
  return parts.length === 1 ? (parts[0] ?? NOTHING) : { kind: 'all', nodes: parts };
}

/**
 * What the reader probably meant, when the index has nothing for what they typed: each part of the word (one,
 * or each of a compound: photon-countng) that the index lacks, corrected to the closest indexed word, when every
 * such part has one. Never an acronym in capitals, a quoted word, or a part with digits. Null otherwise.
 */
export function correctionFor(unit: LatinWord, lexicon: Lexicon): { parts: string[]; node: QueryNode } | null {
  if (unit.quoted || unit.raw === unit.raw.toUpperCase() || unit.word.parts.length === 0) return null;
  // A compound that lost a part (U-Net without its U) is not its other parts, corrected or not.
  if (unit.word.compound && unit.word.parts.length < latinPieces(unit.raw).length) return null;
  const parts: string[] = [];
  for (const part of unit.word.parts) {
    if (canMatch(wordFamily(part, lexicon, false), lexicon)) parts.push(part);
    else {
      const corrected = /^[a-z]+$/.test(part) ? closestWord(part, lexicon.termsWithPrefix(part.slice(0, 2)), (word) => lexicon.scored(word).papers.length) : null;
      if (!corrected) return null;
      parts.push(corrected);
    }
  }
  const node = allOf(parts.map((part) => wordFamily(part, lexicon, false)));
  return node.kind === 'nothing' ? null : { parts, node };
}
