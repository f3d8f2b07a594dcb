// Traditional Chinese → Simplified for queries, with a map the build made for the archive's own vocabulary
// (build-conversion.ts): characters one by one, and Taiwan/Hong Kong phrases (資料庫 → 数据库) as a second reading.

export interface ShippedConversion {
  /** Pairs of characters written together: a Traditional or variant form, then its Simplified form. */
  chars: string;
  /** [Taiwan/Hong Kong phrase in Simplified characters, the mainland phrase], longest first. */
  phrases: [string, string][];
}

export interface HanReadings {
  /** Character by character: what the reader meant in every case but the regional words. */
  chars: string;
  /** With regional phrases replaced too (人工智慧 → 人工智能), or null when that changes nothing. */
  phrases: string | null;
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

  /** Regional phrases replaced, longest first, left to right, in text already converted character by character. */
  private convertPhrases(text: string): string {
    const chars = [...text];
    let out = '';
    for (let at = 0; at < chars.length; ) {
      const rest = chars.slice(at).join('');
      const phrase = this.phrasesByFirst.get(chars[at] ?? '')?.find(([from]) => rest.startsWith(from));
      if (phrase) {
        out += phrase[1];
        at += [...phrase[0]].length;
      } else {
        out += chars[at] ?? '';
        at++;
      }
    }
    return out;
  }

  readings(text: string): HanReadings {
    const chars = this.convertChars(text);
    const phrases = this.convertPhrases(chars);
    return { chars, phrases: phrases === chars ? null : phrases };
  }
}
