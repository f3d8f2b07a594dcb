// What a query may leave out or rewrite, as the build shipped it in the manifest (content/stopwords.yaml and
// the Traditional → Simplified map): the browser and the CLI read the same rules the index was built with.
import { HanConverter, type ShippedConversion } from './han-conversion.ts';
import type { DropReason } from './query-node.ts';
import type { StopwordLists } from './stopwords.ts';

/** The manifest's `rules`. */
export interface ShippedRules {
  stopwords: Omit<StopwordLists, 'generic'>;
  conversion: ShippedConversion;
}

/** Why a query leaves a word out, as the stopword lists say. */
export type ListedDrop = Exclude<DropReason, 'function' | 'absent'>;

export class QueryRules {
  readonly indexStopwords: ReadonlySet<string>;
  readonly functionChars: ReadonlySet<string>;
  readonly converter: HanConverter;
  private readonly english = new Map<string, ListedDrop>();
  /** Chinese question and filler words by first character, longest first. */
  private readonly chinese = new Map<string, { word: string; kind: ListedDrop }[]>();

  constructor(readonly shipped: ShippedRules) {
    const { stopwords } = shipped;
    this.indexStopwords = new Set(stopwords.index);
    this.functionChars = new Set(stopwords.functionChars);
    this.converter = new HanConverter(shipped.conversion);
    for (const word of stopwords.index) this.english.set(word, 'stopword');
    for (const word of stopwords.filler.en) this.english.set(word, 'filler');
    for (const word of stopwords.question.en) this.english.set(word, 'question');
    const addChinese = (word: string, kind: ListedDrop) => {
      const first = [...word][0] ?? '';
      const list = this.chinese.get(first) ?? [];
      list.push({ word, kind });
      list.sort((a, b) => b.word.length - a.word.length);
      this.chinese.set(first, list);
    };
    for (const word of stopwords.filler.zh) addChinese(word, 'filler');
    for (const word of stopwords.question.zh) addChinese(word, 'question');
  }

  /** Why an English word (folded, unstemmed) is left out of a query, or null when it is not. */
  englishDrop(word: string): ListedDrop | null {
    return this.english.get(word) ?? null;
  }

  /** The Chinese question or filler words that start at character `at` of a run, longest first. */
  chineseDropsAt(chars: readonly string[], at: number): { word: string; kind: ListedDrop }[] {
    return (this.chinese.get(chars[at] ?? '') ?? []).filter((entry) => [...entry.word].every((char, k) => chars[at + k] === char));
  }
}
