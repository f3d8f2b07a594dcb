// Marks matched words in titles and picks a snippet around a match, as plain text pieces (never HTML).
import { sliceBidiSafe } from '../text/bidi.ts';
import { escapeRegExp } from '../text/regexp.ts';

export interface TextPiece {
  text: string;
  mark: boolean;
}

/** Han words match as written; Latin tokens are folded stems, so they match the start of a word in any case. */
function matcherOf(terms: readonly string[]): RegExp | null {
  const unique = [...new Set(terms.filter((t) => t.length > 0))].sort((a, b) => b.length - a.length);
  if (unique.length === 0) return null;
  const alternatives = unique.map((term) =>
    /^[\p{Script=Han}]/u.test(term) ? escapeRegExp(term) : `(?<![\\p{L}\\p{N}])${escapeRegExp(term)}[\\p{L}\\p{N}]*`,
  );
  return new RegExp(alternatives.join('|'), 'giu');
}

export function highlightPieces(text: string, terms: readonly string[]): TextPiece[] {
  const matcher = matcherOf(terms);
  if (!matcher) return [{ text, mark: false }];
  const pieces: TextPiece[] = [];
  let cursor = 0;
  for (const m of text.matchAll(matcher)) {
    if (m[0].length === 0) continue;
    if (m.index > cursor) pieces.push({ text: text.slice(cursor, m.index), mark: false });
    pieces.push({ text: text.slice(m.index, m.index + m[0].length), mark: true });
    cursor = m.index + m[0].length;
  }
  if (cursor < text.length) pieces.push({ text: text.slice(cursor), mark: false });
  return pieces;
}

/**
 * About `width` characters around the first match in the first source that has one (a card's snippetSources:
 * summary, abstract, commentary); the first source's start otherwise.
 */
export function snippetOf(sources: readonly string[], terms: readonly string[], width = 110): TextPiece[] {
  const matcher = matcherOf(terms);
  for (const source of sources) {
    const flat = source.replace(/\s*\n\s*/g, ' ');
    const hit = matcher ? new RegExp(matcher.source, 'iu').exec(flat) : null;
    if (!hit) continue;
    const start = Math.max(0, hit.index - Math.floor(width / 3));
    const end = Math.min(flat.length, start + width);
    const window = `${start > 0 ? '…' : ''}${sliceBidiSafe(flat, start, end)}${end < flat.length ? '…' : ''}`;
    return highlightPieces(window, terms);
  }
  const first = (sources[0] ?? '').replace(/\s*\n\s*/g, ' ');
  return [{ text: first.length > width ? `${sliceBidiSafe(first, 0, width)}…` : first, mark: false }];
}
