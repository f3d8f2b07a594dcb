// Small facts about characters that matching code asks again and again.

/** Text with no character beyond the BMP: one UTF-16 unit per character, so lengths and slices count characters. */
export function inBmp(text: string): boolean {
  return !/[\ud800-\udfff]/.test(text);
}

/** Text no case-blind match can spell differently (Han, digits, punctuation): lower and upper case leave it as it is. */
export function isCaseless(text: string): boolean {
  return text.toLowerCase() === text && text.toUpperCase() === text;
}
