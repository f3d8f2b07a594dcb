// Traditional Chinese → Simplified for queries, with a map the build made for the archive's own vocabulary
// (build-conversion.ts): characters one by one, and Taiwan/Hong Kong phrases (資料庫 → 数据库) that the planner may
// read as their mainland form where they stand.

export interface ShippedConversion {
  /** Pairs of characters written together: a Traditional or variant form, then its Simplified form. */
  chars: string;
  /** [Taiwan/Hong Kong phrase in Simplified characters, the mainland phrase], longest first. */
  phrases: [string, string][];
}

export class HanConverter {
  private readonly charMap = new Map<string, string>();
  private readonly phrasesByFirst = new Map<string, [string, string][]>();

  constructor(shipped: ShippedConversion) {
    const chars = [...shipped.chars];
    for (let i = 0; i + 1 < chars.length; i += 2) this.charMap.set(chars[i] ?? '', chars[i + 1] ?? '');
    for (const pair of shipped.phrases) {
      const first = [...pair[0]][0] ?? '';
      const list = this.phrasesByFirst.get(first) ?? [];
      list.push(pair);
      this.phrasesByFirst.set(first, list);
    }
    for (const list of this.phrasesByFirst.values()) list.sort((a, b) => b[0].length - a[0].length);
  }

  /** Every character the map knows replaced by its Simplified form. */
  convertChars(text: string): string {
    let out = '';
    for (const char of text) out += this.charMap.get(char) ?? char;
    return out;
  }

  /**
   * The regional phrases (in Simplified characters) that start at `at` in a run already converted character by
   * character, longest first, each with its mainland form: the planner may read the span either way.
   */
  phrasesAt(chars: readonly string[], at: number): [string, string][] {
    const candidates = this.phrasesByFirst.get(chars[at] ?? '') ?? [];
    return candidates.filter(([from]) => [...from].every((char, k) => chars[at + k] === char));
  }

  /** The mainland forms of every regional phrase in a converted run: their characters need their shards too. */
  phraseTargetsIn(text: string): string[] {
    const chars = [...text];
    return chars.flatMap((_c, at) => this.phrasesAt(chars, at).map(([, to]) => to));
  }
}
