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
//   - a function character with the character across the cut beside it (这/类晟泰 → 这类), only where some run has
//     the pair as (the end of) a word;
//   - a Latin word glued to the run with the character it touches (CT值 → ct值, X线 → x线).
import { inBmp } from '../text/case.ts';
import type { GluedLatin } from './tokenize.ts';

/** Finds every known word inside a text. */
export class KnownWords {
  /** By the first UTF-16 unit: a number, so looking one up allocates no string. */
  private readonly byFirst = new Map<number, string[]>();

  constructor(words: Iterable<string>) {
    for (const word of new Set(words)) {
      const chars = [...word];
      if (chars.length < 2 || !chars.every((c) => /\p{Script=Han}/u.test(c))) continue;
      const list = this.byFirst.get(word.charCodeAt(0)) ?? [];
      list.push(word);
      this.byFirst.set(word.charCodeAt(0), list);
    }
  }

  /** Every occurrence, overlapping ones included. */
  findIn(run: string): string[] {
    const found: string[] = [];
    for (let at = 0; at < run.length; at++) {
      const list = this.byFirst.get(run.charCodeAt(at));
      if (list) for (const word of list) if (run.startsWith(word, at)) found.push(word);
    }
    return found;
  }
}

// Nearly every run is in the BMP, where a character is one UTF-16 unit: lengths and slices then need no array of
// characters, which this, the build's hottest loop, would otherwise make for every word.
const charCount = (text: string, bmp: boolean): number => (bmp ? text.length : [...text].length);
const lastCharOf = (text: string, bmp: boolean): string => (bmp ? text.charAt(text.length - 1) : ([...text].pop() ?? ''));
const firstCharOf = (text: string, bmp: boolean): string => (bmp ? text.charAt(0) : ([...text][0] ?? ''));

/** Adds every suffix of two or more characters of `word`, the word itself included, longest first. */
function addSuffixes(word: string, bmp: boolean, into: Set<string>): void {
  if (bmp) {
    for (let from = 0; from + 2 <= word.length; from++) into.add(word.slice(from));
    return;
  }
  const chars = [...word];
  for (let from = 0; from + 2 <= chars.length; from++) into.add(chars.slice(from).join(''));
}

/** Every suffix of two or more characters, the word itself included, longest first. */
export function suffixesOf(word: string): string[] {
  const suffixes = new Set<string>();
  addSuffixes(word, inBmp(word), suffixes);
  return [...suffixes];
}

export interface HanTokenRules {
  /** jieba's precise cut of a run (no Latin letters in it). */
  cut(run: string): readonly string[];
  known: KnownWords;
  /** Characters never joined to a neighbour (的, 与…): they carry no meaning of their own. */
  functionChars: ReadonlySet<string>;
}

/**
 * A run's entries without repeats, in three parts: (part of) a word; crossings, only crossing a cut here; then pairs,
 * a function character with the character across the cut beside it, which count only where the archive has them as
 * a word.
 */
interface RunEntries {
  entries: string[];
  crossingsFrom: number;
  pairsFrom: number;
}

function runEntries(run: string, rules: HanTokenRules, glued: GluedLatin): RunEntries {
  const { functionChars } = rules;
  const words = rules.cut(run);
  const bmp = inBmp(run);
  const isOrphan = (text: string): boolean => charCount(text, bmp) === 1 && !functionChars.has(text);
  const made = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    if (charCount(word, bmp) >= 2) addSuffixes(word, bmp, made);
    // An orphan: a single character jieba left alone, joined to each neighbour that is no function character.
    if (!isOrphan(word)) continue;
    const before = words[i - 1];
    const after = words[i + 1];
    if (before && !functionChars.has(before)) addSuffixes(before + word, bmp, made);
    if (after && !functionChars.has(after)) addSuffixes(word + after, bmp, made);
  }
  for (const word of rules.known.findIn(run)) addSuffixes(word, bmp, made);
  const first = firstCharOf(run, bmp);
  if (glued.before && !functionChars.has(first)) made.add(glued.before + first);
  const last = lastCharOf(run, bmp);
  if (glued.after && !functionChars.has(last)) made.add(last + glued.after);

  // Crossings and pairs go after the word entries, each once: `made` goes on as the set of every entry so far.
  const entries = [...made];
  const crossingsFrom = entries.length;
  const addNew = (entry: string): void => {
    if (made.has(entry)) return;
    made.add(entry);
    entries.push(entry);
  };
  for (let i = 0; i + 1 < words.length; i++) {
    const word = words[i] ?? '';
    const next = words[i + 1] ?? '';
    const lastChar = lastCharOf(word, bmp);
    // An orphan character is joined to its neighbours whole above; a function character joins nothing.
    if (charCount(word, bmp) >= 2 && !functionChars.has(lastChar) && !functionChars.has(next)) addNew(lastChar + next);
  }
  const pairsFrom = entries.length;
  // A function character with the character across the cut beside it: 这/类晟泰 here is the word 这类 elsewhere
  // (手术/后, 术后). 病/的 is no word anywhere, and as an entry it would lead the planner to read 病的 as a piece of
  // 帕金森病的研究: the tally keeps only the pairs some run has as a word.
  for (let i = 0; i + 1 < words.length; i++) {
    const word = words[i] ?? '';
    const next = words[i + 1] ?? '';
    const wordIsFunction = functionChars.has(word);
    const nextIsFunction = functionChars.has(next);
    if (wordIsFunction && !nextIsFunction) addNew(word + firstCharOf(next, bmp));
    if (nextIsFunction && !wordIsFunction) addNew(lastCharOf(word, bmp) + next);
  }
  return { entries, crossingsFrom, pairsFrom };
}

/**
 * The index entries of one Han run that stand whatever the rest of the archive holds, without repeats. A Latin word
 * glued to the run (CT值, X线) also makes an entry with the character it touches, which a query of the same glued
 * text finds whole.
 */
export function hanIndexTokens(run: string, rules: HanTokenRules, glued: GluedLatin = {}): string[] {
  const { entries, pairsFrom } = runEntries(run, rules, glued);
  return entries.slice(0, pairsFrom);
}

/**
 * The Han entries of many runs. Tells which entries are only ever crossings (a word's last character with the next
 * word), which the build ships so the planner can price them (IndexShard.crossings). A pair of a function character
 * and the character beside it is an entry only where some run has it as a word: one not yet seen as a word waits in
 * `takePending()` for the caller to settle once every run is in (`isWord`).
 */
export class HanEntryTally {
  private readonly crossing = new Set<string>();
  private readonly word = new Set<string>();
  private readonly pending: string[] = [];

  /** The run's entries, pairs already known as words among them. */
  entriesOf(run: string, rules: HanTokenRules, glued: GluedLatin = {}): string[] {
    const { entries, crossingsFrom, pairsFrom } = runEntries(run, rules, glued);
    for (let i = 0; i < pairsFrom; i++) (i < crossingsFrom ? this.word : this.crossing).add(entries[i] ?? '');
    const settled = entries.slice(0, pairsFrom);
    for (let i = pairsFrom; i < entries.length; i++) {
      const pair = entries[i] ?? '';
      if (this.word.has(pair)) settled.push(pair);
      else this.pending.push(pair);
    }
    return settled;
  }

  /** The pairs the runs since the last call made that were no word yet. */
  takePending(): string[] {
    return this.pending.splice(0);
  }

  /** Whether some run made this entry as (part of) a word. */
  isWord(entry: string): boolean {
    return this.word.has(entry);
  }

  /** Entries some run made as a crossing and none as (part of) a word. */
  crossingsOnly(): Set<string> {
    return new Set([...this.crossing].filter((entry) => !this.word.has(entry)));
  }
}
