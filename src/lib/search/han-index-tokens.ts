// Build side: the index entries of one Han run. jieba's cut alone is not enough for a reader's sub-word or
// for a word jieba cut apart in this sentence, so each run also yields (see docs/design.md):
//   - the known words (dictionary and taxonomy) found anywhere in the run, however jieba cut around them;
//   - a single character jieba left alone, joined to its neighbours (多/实例/学习 → 多实例);
//   - every suffix of two or more characters of each of those, so a query matches any part of a word as
//     the prefix of an entry (组学 → 放射组学, 影像组学);
//   - a word's last character with the whole next word (自动/分割 → 动分割), so a reader's sub-word that crosses
//     jieba's cut here is still the prefix of an entry (动分 of 自动分割, which jieba keeps whole elsewhere). Such a
//     crossing entry can start where a query's word starts (双肺/结节检测 → 肺结节检测), so the build ships which
//     entries are only ever crossings, and the planner prices a piece found only among them above two words;
//   - a Latin word glued to the run with the character it touches (CT值 → ct值, X线 → x线).
import type { GluedLatin } from './tokenize.ts';

/** Finds every known word inside a text. */
export class KnownWords {
  private readonly byFirst = new Map<string, string[]>();

  constructor(words: Iterable<string>) {
    for (const word of new Set(words)) {
      const chars = [...word];
      if (chars.length < 2 || !chars.every((c) => /\p{Script=Han}/u.test(c))) continue;
      const list = this.byFirst.get(chars[0] ?? '') ?? [];
      list.push(word);
      this.byFirst.set(chars[0] ?? '', list);
    }
  }

  /** Every occurrence, overlapping ones included. */
  findIn(run: string): string[] {
    const found: string[] = [];
    for (let at = 0; at < run.length; ) {
      const first = String.fromCodePoint(run.codePointAt(at) ?? 0);
      for (const word of this.byFirst.get(first) ?? []) if (run.startsWith(word, at)) found.push(word);
      at += first.length;
    }
    return found;
  }
}

/** Every suffix of two or more characters, the word itself included. */
export function suffixesOf(word: string): string[] {
  const chars = [...word];
  const suffixes: string[] = [];
  for (let from = 0; from + 2 <= chars.length; from++) suffixes.push(chars.slice(from).join(''));
  return suffixes;
}

export interface HanTokenRules {
  /** jieba's precise cut of a run (no Latin letters in it). */
  cut(run: string): readonly string[];
  known: KnownWords;
  /** Characters never joined to a neighbour (的, 与…): they carry no meaning of their own. */
  functionChars: ReadonlySet<string>;
}

/**
 * The index entries of one Han run, without repeats. A Latin word glued to the run (CT值, X线) also makes an entry
 * with the character it touches, which a query of the same glued text finds whole. `crossings` collects the entries
 * that are here only as a word's last character with the next word.
 */
export function hanIndexTokens(run: string, rules: HanTokenRules, glued: GluedLatin = {}, crossings?: Set<string>): string[] {
  const words = rules.cut(run);
  const tokens = new Set<string>();
  const isOrphan = (word: string | undefined): boolean => word !== undefined && [...word].length === 1 && !rules.functionChars.has(word);
  words.forEach((word, i) => {
    if ([...word].length >= 2) tokens.add(word);
    if (!isOrphan(word)) return;
    const before = words[i - 1];
    const after = words[i + 1];
    if (before && !rules.functionChars.has(before)) tokens.add(before + word);
    if (after && !rules.functionChars.has(after)) tokens.add(word + after);
  });
  for (const word of rules.known.findIn(run)) tokens.add(word);
  const entries = new Set<string>();
  for (const token of tokens) for (const suffix of suffixesOf(token)) entries.add(suffix);
  words.forEach((word, i) => {
    const wordChars = [...word];
    const lastChar = wordChars[wordChars.length - 1] ?? '';
    const next = words[i + 1];
    // An orphan character is joined to its neighbours whole above; a function character joins nothing.
    if (wordChars.length < 2 || !next || rules.functionChars.has(lastChar) || rules.functionChars.has(next)) return;
    const crossing = lastChar + next;
    if (!entries.has(crossing)) crossings?.add(crossing);
    entries.add(crossing);
  });
  const chars = [...run];
  const [first, last] = [chars[0] ?? '', chars[chars.length - 1] ?? ''];
  if (glued.before && !rules.functionChars.has(first)) entries.add(glued.before + first);
  if (glued.after && !rules.functionChars.has(last)) entries.add(last + glued.after);
  return [...entries];
}

/**
 * The Han entries of many runs, telling which entries are only ever crossings (a word's last character with the next
 * word): the build ships those so the planner can price them (IndexShard.crossings).
 */
export class HanEntryTally {
  private readonly crossing = new Set<string>();
  private readonly word = new Set<string>();

  entriesOf(run: string, rules: HanTokenRules, glued: GluedLatin = {}): string[] {
    const crossings = new Set<string>();
    const entries = hanIndexTokens(run, rules, glued, crossings);
    for (const entry of entries) (crossings.has(entry) ? this.crossing : this.word).add(entry);
    return entries;
  }

  /** Entries some run made as a crossing and none as (part of) a word. */
  crossingsOnly(): Set<string> {
    return new Set([...this.crossing].filter((entry) => !this.word.has(entry)));
  }
}
