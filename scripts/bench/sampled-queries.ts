// Queries drawn from the generated text itself, so the bench can find a gap no hand-picked list foresaw:
// whole words, Chinese sub-words, English words and prefixes, and two-word ANDs. Each is judged by normalised
// substring over the same fields (see groundTruth: Han as substrings, Latin words whole or, ending in *, as prefixes).
import type { BenchQuery } from './measure.ts';

export const SAMPLED_KINDS = ['zh word', 'zh sub-word', 'en word', 'en prefix', 'two words'] as const;
export type SampledKind = (typeof SAMPLED_KINDS)[number];

export interface SampleOptions {
  /** Searchable text of every paper, by id. */
  texts: ReadonlyMap<string, string>;
  /** jieba's cut of a Han run: the words our index and readers both see. */
  cut: (run: string) => readonly string[];
  /** English words no one searches for alone (the index's stopwords). */
  stopwords: ReadonlySet<string>;
  /** A seeded source of numbers in [0, 1). */
  random: () => number;
  perKind: number;
}

const HAN_RUN = /\p{Script=Han}+/gu;
const LATIN_WORD = /(?<![\p{L}\p{N}])[A-Za-z]{3,}(?![\p{L}\p{N}])/gu;
const MAX_ATTEMPTS_PER_QUERY = 200;

interface Vocabulary {
  hanWords: string[];
  latinWords: string[];
}

function vocabularyOf(text: string, options: SampleOptions): Vocabulary {
  const hanWords = [...text.matchAll(HAN_RUN)].flatMap((m) => options.cut(m[0])).filter((w) => [...w].length >= 2 && /^\p{Script=Han}+$/u.test(w));
  const latinWords = [...text.matchAll(LATIN_WORD)].map((m) => m[0].toLowerCase()).filter((w) => !options.stopwords.has(w));
  return { hanWords, latinWords };
}

/** `perKind` queries of every kind, the same for the same seed and text; no query twice. */
export function sampleQueries(options: SampleOptions): BenchQuery[] {
  const { random } = options;
  const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(random() * items.length)];
  const ids = [...options.texts.keys()];
  const vocabulary = new Map<string, Vocabulary>();
  const vocabularyFor = (id: string): Vocabulary => {
    let found = vocabulary.get(id);
    if (!found) vocabulary.set(id, (found = vocabularyOf(options.texts.get(id) ?? '', options)));
    return found;
  };
  const draw: Record<SampledKind, (v: Vocabulary) => { query: string; truth: string } | undefined> = {
    'zh word': (v) => whole(pick(v.hanWords)),
    'zh sub-word': (v) => {
      const word = pick(v.hanWords.filter((w) => [...w].length >= 3));
      if (!word) return undefined;
      const chars = [...word];
      const length = 2 + Math.floor(random() * Math.min(3, chars.length - 1));
      const start = Math.floor(random() * (chars.length - length + 1));
      const sub = chars.slice(start, start + length).join('');
      return sub === word ? undefined : whole(sub);
    },
    'en word': (v) => whole(pick(v.latinWords)),
    'en prefix': (v) => {
      const word = pick(v.latinWords.filter((w) => w.length >= 6));
      if (!word) return undefined;
      const prefix = word.slice(0, 3 + Math.floor(random() * Math.min(4, word.length - 5)));
      return { query: prefix, truth: `${prefix}*` };
    },
    'two words': (v) => {
      const first = pick([...v.hanWords, ...v.latinWords]);
      const second = pick([...v.hanWords, ...v.latinWords]);
      return first && second && first !== second ? { query: `${first} ${second}`, truth: `${first} ${second}` } : undefined;
    },
  };
  const out: BenchQuery[] = [];
  const seen = new Set<string>();
  for (const kind of SAMPLED_KINDS) {
    for (let n = 0; n < options.perKind; n++) {
      for (let attempt = 0; attempt < MAX_ATTEMPTS_PER_QUERY; attempt++) {
        const id = pick(ids);
        const drawn = id === undefined ? undefined : draw[kind](vocabularyFor(id));
        if (!drawn || seen.has(drawn.query)) continue;
        seen.add(drawn.query);
        out.push({ kind: `sampled ${kind}`, query: drawn.query, truth: drawn.truth, filters: {} });
        break;
      }
    }
  }
  return out;
}

const whole = (word: string | undefined): { query: string; truth: string } | undefined => (word ? { query: word, truth: word } : undefined);
