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
