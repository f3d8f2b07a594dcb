// Bidi controls an editor's paste leaves open (U+202E, U+2067…) would reverse the site's own text after the field.

const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
const PDF = '\u202C';
const PDI = '\u2069';

/**
 * The text with every embedding, override or isolate it opens and does not close closed at its end (PDF or
 * PDI, as the Unicode Bidirectional Algorithm pairs them), so its direction cannot leak past the field.
 * The characters the editors wrote are all kept; text without bidi controls is returned unchanged.
 */
export function closeBidiControls(text: string): string {
  if (!BIDI_CONTROL.test(text)) return text;
  const open: (typeof PDF | typeof PDI)[] = [];
  for (const c of text) {
    if (c === PDF) {
      if (open.at(-1) === PDF) open.pop();
    } else if (c === PDI) {
      const isolate = open.lastIndexOf(PDI);
      if (isolate >= 0) open.length = isolate;
    } else if (c >= '\u202A' && c <= '\u202E') open.push(PDF);
    else if (c >= '\u2066' && c <= '\u2068') open.push(PDI);
  }
  return text + open.reverse().join('');
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/**
 * `text.slice(start, end)` for showing a piece of a field (a snippet, a description): an override whose closer fell
 * outside the piece is closed again, and a cut inside a surrogate pair moves inward, so the piece never ends in half
 * a character or leaks its direction. Indexes are clamped to the text (none counts from the end). Never longer than
 * the plain slice, plus the closers it needs.
 */
export function sliceBidiSafe(text: string, start = 0, end = text.length): string {
  let from = Math.max(0, Math.min(start, text.length));
  let to = Math.max(from, Math.min(end, text.length));
  if (from > 0 && isLowSurrogate(text.charCodeAt(from)) && isHighSurrogate(text.charCodeAt(from - 1))) from += 1;
  if (to < text.length && isLowSurrogate(text.charCodeAt(to)) && isHighSurrogate(text.charCodeAt(to - 1))) to -= 1;
  return closeBidiControls(text.slice(from, Math.max(from, to)));
}
