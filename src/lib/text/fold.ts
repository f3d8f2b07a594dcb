// Compatibility folding: what an IME or a word processor types full-width (ＣＴ, １２, ：) read as plain ASCII.

/** NFKC: full-width letters, digits and punctuation become ASCII, ligatures and circled digits plain. */
export function foldWidth(text: string): string {
  return text.normalize('NFKC');
}
