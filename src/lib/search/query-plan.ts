// Turns what a reader typed into groups of alternatives: every group must match (AND across all
// fields), any alternative of a group may (synonyms, compounds, the prefix of the word being typed).
import { segmentHanQuery, type HanPiece } from './han-query.ts';
import { shardOf } from './index-config.ts';
import type { Lexicon } from './lexicon.ts';
import { englishWord, foldLatin, foldText, splitRuns, type EnglishWord } from './tokenize.ts';

/** One condition on a paper. */
export type Atom = { kind: 'term'; term: string } | { kind: 'prefix'; prefix: string } | { kind: 'topic'; topic: string };

/** All atoms must match. */
export type Alternative = Atom[];

export interface TermGroup {
  /** What the reader typed for this group. */
  surface: string;
  alternatives: Alternative[];
}

export interface QueryPlan {
  groups: TermGroup[];
  /** Words dropped as too common (the, 的…). */
  ignored: string[];
}

type Unit =
  | { kind: 'latin'; raw: string; word: EnglishWord; end: number }
  | { kind: 'han'; text: string; end: number };

interface Units {
  units: Unit[];
  /** Whether the last word is still being typed (no space or punctuation after it). */
  typing: boolean;
}

function unitsOf(query: string): Units {
  const folded = foldText(query);
  const units: Unit[] = [];
  let searchFrom = 0;
  for (const run of splitRuns(folded)) {
    const at = folded.indexOf(run.text, searchFrom);
    const end = at + run.text.length;
    searchFrom = end;
    units.push(run.kind === 'han' ? { kind: 'han', text: run.text, end } : { kind: 'latin', raw: run.text, word: englishWord(run.text), end });
  }
  const last = units[units.length - 1];
  return { units, typing: last !== undefined && last.end === folded.length };
}

/** Every shard a query needs before it can be planned: one per Han character, one per Latin token. */
export function shardsForQuery(query: string, shardCount: number): number[] {
  const shards = new Set<number>();
  for (const unit of unitsOf(query).units) {
    if (unit.kind === 'han') for (const char of unit.text) shards.add(shardOf(char, shardCount));
    else {
      for (const part of unit.word.parts) shards.add(shardOf(part, shardCount));
      if (unit.word.compound) shards.add(shardOf(unit.word.compound, shardCount));
      const lastPiece = lastTypedPiece(unit.raw);
      if (lastPiece.length >= 2) shards.add(shardOf(lastPiece, shardCount));
    }
  }
  return [...shards].sort((a, b) => a - b);
}

/** The unstemmed, folded last piece of a Latin word, as a prefix while it is being typed. */
function lastTypedPiece(raw: string): string {
  const pieces = foldLatin(raw).split(/['/+\-.]/).filter(Boolean);
  return pieces[pieces.length - 1] ?? '';
}

export function planQuery(query: string, lexicon: Lexicon): QueryPlan {
  const { units, typing } = unitsOf(query);
  const groups: TermGroup[] = [];
  const ignored: string[] = [];
  let i = 0;
  while (i < units.length) {
    const unit = units[i];
    if (!unit) break;
    const isLastUnit = i === units.length - 1;
    if (unit.kind === 'han') {
      groups.push(...hanGroups(unit.text, lexicon, typing && isLastUnit));
      i++;
      continue;
    }
    const phrase = latinPhraseAt(units, i, lexicon);
    if (phrase) {
      const covered = units.slice(i, i + phrase.length) as Extract<Unit, { kind: 'latin' }>[];
      const terms = covered.flatMap((u) => u.word.parts);
      const endsQuery = i + phrase.length === units.length;
      groups.push({
        surface: covered.map((u) => u.raw).join(' '),
        alternatives: [...withPrefix([terms.map(termAtom)], typing && endsQuery, lastTypedPiece(covered.at(-1)?.raw ?? '')), ...phrase.topics.map(topicAtom)],
      });
      i += phrase.length;
      continue;
    }
    const group = latinGroup(unit.raw, unit.word, typing && isLastUnit);
    if (group) groups.push(group);
    else ignored.push(unit.raw);
    i++;
  }
  return { groups: mergeDuplicateGroups(groups), ignored };
}

const termAtom = (term: string): Atom => ({ kind: 'term', term });
const topicAtom = (topic: string): Alternative => [{ kind: 'topic', topic }];

/** While typing, the last atom of each alternative may also be the start of a longer word. */
function withPrefix(alternatives: Alternative[], typing: boolean, typedPiece: string): Alternative[] {
  if (!typing || typedPiece.length < 2) return alternatives;
  const extra: Alternative[] = [];
  for (const alternative of alternatives) {
    const last = alternative[alternative.length - 1];
    if (last?.kind !== 'term') continue;
    extra.push([...alternative.slice(0, -1), { kind: 'prefix', prefix: typedPiece }]);
  }
  return [...alternatives, ...extra];
}

function latinGroup(raw: string, word: EnglishWord, typing: boolean): TermGroup | null {
  const typedPiece = lastTypedPiece(raw);
  const alternatives: Alternative[] = [];
  if (word.parts.length > 0) alternatives.push(word.parts.map(termAtom));
  if (word.compound) alternatives.push([termAtom(word.compound)]);
  // A stopword or single letter alone is dropped, unless it is being typed (t → the… would be noise, "fo" → foundation is not).
  if (alternatives.length === 0 && !(typing && typedPiece.length >= 2)) return null;
  const withTyped = alternatives.length > 0 ? withPrefix(alternatives, typing, typedPiece) : [[{ kind: 'prefix', prefix: typedPiece } as Atom]];
  return { surface: raw, alternatives: withTyped };
}

/** The longest taxonomy term starting at unit i, made of whole Latin words. */
function latinPhraseAt(units: readonly Unit[], i: number, lexicon: Lexicon): { length: number; topics: string[] } | null {
  const first = units[i];
  if (first?.kind !== 'latin') return null;
  const firstToken = first.word.parts[0];
  if (!firstToken) return null;
  let best: { length: number; topics: string[]; tokens: number } | null = null;
  for (const entry of lexicon.synonymsStartingWith(firstToken)) {
    const keyTokens = entry.key.split(' ');
    const tokens: string[] = [];
    let length = 0;
    while (tokens.length < keyTokens.length && units[i + length]?.kind === 'latin') {
      const unit = units[i + length] as Extract<Unit, { kind: 'latin' }>;
      tokens.push(...unit.word.parts);
      length++;
    }
    if (tokens.join(' ') !== entry.key) continue;
    if (entry.exactCase && (units[i] as Extract<Unit, { kind: 'latin' }>).raw !== entry.exactCase) continue;
    if (!best || keyTokens.length > best.tokens) best = { length, topics: [entry.topic], tokens: keyTokens.length };
    else if (keyTokens.length === best.tokens && !best.topics.includes(entry.topic)) best.topics.push(entry.topic);
  }
  return best && { length: best.length, topics: best.topics };
}

/** A Han run: taxonomy terms inside it (longest first), the rest segmented against the vocabulary. */
function hanGroups(run: string, lexicon: Lexicon, typing: boolean): TermGroup[] {
  const chars = [...run];
  const groups: TermGroup[] = [];
  let pending = '';
  const flushPending = (isEnd: boolean) => {
    if (!pending) return;
    const pieces = segmentHanQuery(pending, lexicon, typing && isEnd);
    if (pieces === null) groups.push({ surface: pending, alternatives: [] });
    else groups.push(...pieces.map((piece, k) => hanPieceGroup(piece, lexicon, typing && isEnd && k === pieces.length - 1)));
    pending = '';
  };
  for (let at = 0; at < chars.length; ) {
    const rest = chars.slice(at).join('');
    const entries = lexicon.synonymsStartingWith(chars[at] ?? '').filter((e) => rest.startsWith(e.key));
    const longest = entries.reduce((len, e) => Math.max(len, [...e.key].length), 0);
    if (longest < 2) {
      pending += chars[at] ?? '';
      at++;
      continue;
    }
    flushPending(false);
    const key = chars.slice(at, at + longest).join('');
    const topics = [...new Set(entries.filter((e) => e.key === key).map((e) => e.topic))];
    const isEnd = at + longest === chars.length;
    const pieces = segmentHanQuery(key, lexicon, typing && isEnd);
    const text: Alternative[] = pieces ? [pieces.map(pieceAtom)] : [];
    groups.push({ surface: key, alternatives: [...withHanPrefix(text, typing && isEnd, lexicon), ...topics.map(topicAtom)] });
    at += longest;
  }
  flushPending(true);
  return groups;
}

function pieceAtom(piece: HanPiece): Atom {
  return piece.kind === 'term' ? { kind: 'term', term: piece.text } : { kind: 'prefix', prefix: piece.text };
}

function hanPieceGroup(piece: HanPiece, lexicon: Lexicon, typing: boolean): TermGroup {
  return { surface: piece.text, alternatives: withHanPrefix([[pieceAtom(piece)]], typing, lexicon) };
}

/** While typing, a finished Han word at the end may still grow (淋巴 → 淋巴瘤, 淋巴结). */
function withHanPrefix(alternatives: Alternative[], typing: boolean, lexicon: Lexicon): Alternative[] {
  if (!typing) return alternatives;
  const extra: Alternative[] = [];
  for (const alternative of alternatives) {
    const last = alternative[alternative.length - 1];
    if (last?.kind === 'term' && lexicon.termsWithPrefix(last.term).length > 1) {
      extra.push([...alternative.slice(0, -1), { kind: 'prefix', prefix: last.term }]);
    }
  }
  return [...alternatives, ...extra];
}

function mergeDuplicateGroups(groups: TermGroup[]): TermGroup[] {
  const seen = new Set<string>();
  return groups.filter((group) => {
    const key = JSON.stringify(group.alternatives);
    if (group.alternatives.length > 0 && seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
