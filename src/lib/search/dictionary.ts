// The editors' segmentation dictionary (content/dictionary.txt): one word per line.

/** Words for the user dictionary: one per line, `#` comments and blank lines ignored. */
export function parseDictionary(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*/, '').trim())
    .filter(Boolean)
    .map((line) => line.split(/\s+/)[0] ?? '')
    .filter(Boolean);
}
