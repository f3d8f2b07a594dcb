// What a query may leave out or rewrite, as the build shipped it in the manifest (content/stopwords.yaml and
// the Traditional → Simplified map): the browser and the CLI read the same rules the index was built with.
import { HanConverter, type ShippedConversion } from './han-conversion.ts';
import type { StopwordLists } from './stopwords.ts';

/** The manifest's `rules`. */
export interface ShippedRules {
  stopwords: StopwordLists;
  conversion: ShippedConversion;
}

export type DroppedKind = 'question' | 'filler' | 'stopword' | 'function';

export class QueryRules {
  readonly indexStopwords: ReadonlySet<string>;
  readonly functionChars: ReadonlySet<string>;
  readonly converter: HanConverter;
  private readonly english = new Map<string, DroppedKind>();
  /** Chinese question and filler words by first character, longest first. */
  private readonly chinese = new Map<string, { word: string; kind: DroppedKind }[]>();

  constructor(readonly shipped: ShippedRules) {
    const { stopwords } = shipped;
    this.indexStopwords = new Set(stopwords.index);
    this.functionChars = new Set(stopwords.functionChars);
    this.converter = new HanConverter(shipped.conversion);
    for (const word of stopwords.index) this.english.set(word, 'stopword');
    for (const word of stopwords.filler.en) this.english.set(word, 'filler');
    for (const word of stopwords.question.en) this.english.set(word, 'question');
    const addChinese = (word: string, kind: DroppedKind) => {
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
  englishDrop(word: string): DroppedKind | null {
    return this.english.get(word) ?? null;
  }

  /** The Chinese question or filler words that start `text`, longest first. */
  chineseDropsAt(text: string): { word: string; kind: DroppedKind }[] {
    return (this.chinese.get([...text][0] ?? '') ?? []).filter((entry) => text.startsWith(entry.word));
  }
}
