// Latin and Han written together with no space (X线片, B超, 低剂量CT, CT值): a topic name glued across the two, or
// a Latin word glued to a character the index keeps with it, is taken out of the query as one group before the
// run and the word are planned on their own.
import { conceptsNode, hanPieceNode, namesTopicOrJournal } from './plan-nodes.ts';
import type { SynonymEntry } from './index-files.ts';
import { latinWordNode } from './latin-plan.ts';
import type { Lexicon } from './lexicon.ts';
import { allOf, anyOf, term, type QueryNode, type TermGroup } from './query-node.ts';
import type { QueryRules } from './query-rules.ts';
import type { HanUnit, LatinUnit, QueryUnit } from './query-text.ts';
import { gluedPiece } from './tokenize.ts';

export type StreamItem = { kind: 'latin'; index: number } | { kind: 'han'; unit: HanUnit } | { kind: 'group'; group: TermGroup };

/** A Han unit cut to part of its characters (conversion is character for character, so raw and text align). */
function slicedHan(unit: HanUnit, from: number, to?: number): HanUnit | null {
  const raw = [...unit.raw].slice(from, to).join('');
  if (!raw) return null;
  return { ...unit, raw, text: [...unit.text].slice(from, to).join('') };
}

/** The Latin side of a glued key as the index keeps it: lower-case, the piece touching the Han text. */
const latinSide = (unit: LatinUnit, side: 'before' | 'after'): string => gluedPiece(unit.raw, side);

/**
 * A glued name: its own text (the glued index entry, or both halves), or the papers of its concepts. Only a
 * topic's or journal's name makes the group a concept.
 */
function gluedGroup(surface: string, key: string, entries: readonly SynonymEntry[], halves: QueryNode, lexicon: Lexicon): TermGroup {
  const text = anyOf([...(lexicon.has(key) ? [term(key)] : []), halves]);
  return { surface, node: anyOf([text, ...entries.map(conceptsNode)]), concept: entries.some(namesTopicOrJournal) };
}

interface Glue {
  /** How many Han characters the glue takes, from the start (Latin before) or the end (Latin after). */
  taken: number;
  group: TermGroup;
}

/**
 * What a Latin word glued before a Han unit takes of it: the longest name `latin + start`, else the glued entry
 * `latin + first character` when that character could not start a piece of its own (CT值). A glue that would
 * leave the rest starting with a character nothing covers is not taken (X线 + 片骨折: 线片 is a word).
 */
function glueBefore(latin: LatinUnit, han: HanUnit, lexicon: Lexicon, rules: QueryRules): Glue | null {
  const chars = [...han.text];
  const side = latinSide(latin, 'before');
  // Whether the text from `from` on starts with something a piece of two or more characters covers.
  const startsCovered = (from: number) =>
    from >= chars.length || rules.functionChars.has(chars[from] ?? '') || (from + 2 <= chars.length && lexicon.hasPrefix(chars.slice(from, from + 2).join('')));
  for (let k = chars.length; k >= 1; k--) {
    const hanPart = chars.slice(0, k).join('');
    const key = side + hanPart;
    const entries = lexicon.synonymsFor(key, chars[0] ?? '');
    if (entries.length === 0 || !startsCovered(k)) continue;
    const halves = allOf([latinWordNode({ raw: latin.raw, word: latin.word, typing: false, quoted: true }, lexicon), hanPieceNode(hanPart, lexicon)]);
    return { taken: k, group: gluedGroup(latin.raw + [...han.raw].slice(0, k).join(''), key, entries, halves, lexicon) };
  }
  const first = chars[0] ?? '';
  if (startsCovered(0) || !lexicon.has(side + first) || !startsCovered(1)) return null;
  return { taken: 1, group: { surface: latin.raw + ([...han.raw][0] ?? ''), node: term(side + first), concept: false } };
}

/** The mirror of glueBefore for a Latin word glued after a Han unit (低剂量CT, 值CT). */
function glueAfter(han: HanUnit, latin: LatinUnit, lexicon: Lexicon, rules: QueryRules): Glue | null {
  const chars = [...han.text];
  const side = latinSide(latin, 'after');
  // The head left before the glue must not end in a lone character nothing covers.
  const headCovered = (to: number) => to === 0 || rules.functionChars.has(chars[to - 1] ?? '') || (to >= 2 && lexicon.hasPrefix(chars.slice(to - 2, to).join('')));
  for (let k = 0; k < chars.length; k++) {
    const hanPart = chars.slice(k).join('');
    const key = hanPart + side;
    const entries = lexicon.synonymsFor(key, chars[k] ?? '');
    if (entries.length === 0 || !headCovered(k)) continue;
    const halves = allOf([hanPieceNode(hanPart, lexicon), latinWordNode({ raw: latin.raw, word: latin.word, typing: false, quoted: true }, lexicon)]);
    return { taken: chars.length - k, group: gluedGroup([...han.raw].slice(k).join('') + latin.raw, key, entries, halves, lexicon) };
  }
  const last = chars.length - 1;
  const lastChar = chars[last] ?? '';
  const lastCovered = rules.functionChars.has(lastChar) || (last >= 1 && lexicon.hasPrefix(chars.slice(last - 1).join('')));
  if (lastCovered || !lexicon.has(lastChar + side) || !headCovered(last)) return null;
  return { taken: 1, group: { surface: ([...han.raw][last] ?? '') + latin.raw, node: term(lastChar + side), concept: false } };
}

/**
 * The query as a stream of Latin words, Han runs and groups, with the glued names and entries taken out as
 * groups. `consumed` lists the Latin units a glue took.
 */
export function withMixedSynonyms(units: readonly QueryUnit[], lexicon: Lexicon, rules: QueryRules): { items: StreamItem[]; consumed: Set<number> } {
  const items: StreamItem[] = [];
  const consumed = new Set<number>();
  // What is left of the next Han unit after a glue took its start (null: all of it).
  let carried: HanUnit | null | undefined;
  for (let i = 0; i < units.length; i++) {
    const unit = units[i] as QueryUnit;
    const next = units[i + 1];
    if (unit.kind === 'latin') {
      const glue = next?.kind === 'han' && next.start === unit.end ? glueBefore(unit, next, lexicon, rules) : null;
      if (glue && next?.kind === 'han') {
        items.push({ kind: 'group', group: glue.group });
        consumed.add(i);
        carried = slicedHan(next, glue.taken);
      } else items.push({ kind: 'latin', index: i });
      continue;
    }
    const han = carried === undefined ? unit : carried;
    carried = undefined;
    if (han === null) continue;
    const glue = next?.kind === 'latin' && next.start === unit.end ? glueAfter(han, next, lexicon, rules) : null;
    if (glue) {
      const head = slicedHan(han, 0, [...han.text].length - glue.taken);
      if (head) items.push({ kind: 'han', unit: head });
      items.push({ kind: 'group', group: glue.group });
      consumed.add(i + 1);
      i++;
      continue;
    }
    items.push({ kind: 'han', unit: han });
  }
  return { items, consumed };
}
