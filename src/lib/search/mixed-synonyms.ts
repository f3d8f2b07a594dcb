// Synonyms glued across a Latin word and a Han run with no space between them (X线片, B超, 低剂量CT): found
// before the run and the word are planned on their own, and taken out of the query as one group.
import { conceptsNode, hanPieceNode, namesTopicOrJournal } from './han-plan.ts';
import type { SynonymEntry } from './index-files.ts';
import { latinWordNode } from './latin-plan.ts';
import type { Lexicon } from './lexicon.ts';
import { allOf, anyOf, type QueryNode, type TermGroup } from './query-node.ts';
import type { QueryUnit } from './query-text.ts';

type LatinUnit = Extract<QueryUnit, { kind: 'latin' }>;
type HanUnit = Extract<QueryUnit, { kind: 'han' }>;

export type StreamItem = { kind: 'latin'; index: number } | { kind: 'han'; unit: HanUnit } | { kind: 'group'; group: TermGroup };

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
export function withMixedSynonyms(units: readonly QueryUnit[], lexicon: Lexicon): { items: StreamItem[]; consumed: Set<number> } {
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
