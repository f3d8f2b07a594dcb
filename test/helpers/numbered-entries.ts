// Counting papers in issue text, written independently of the parser so tests can check it.

// A numbered entry is a numbered line outside free text (after the header, a DOI link, a title or a field line),
// or, inside a paper's free text, one whose next non-blank line begins a paper: a 期刊/英文标题 field or the
// 中文摘要 marker. (A Key Points list closing an abstract, before 原文, is text.)
const NUMBERED = /^\s*[0-9０-９]{1,4}\s*[.．、](?![0-9０-９])/;
const STRUCTURAL = /^\s*(?:(?:期刊|英文标题)\s*[:：]|(?:中文摘要|摘要)\s*(?:[:：].*)?$)/;

const OUTSIDE_FREE_TEXT = /^\s*(?:【|[[［][0-9０-９]+[\]］]|doi\s*[:：]|https?:\/\/|(?:期刊|英文标题)\s*[:：])/i;

/** How many papers the text holds, as a reader counting numbered entries would see it. */
export function numberedEntries(text: string): number {
  const lines = text.split(/\r\n|\r|\n/).filter((l) => l.trim() !== '');
  let count = 0;
  let previousWasEntry = false;
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    const afterStructure = previous === undefined || previousWasEntry || OUTSIDE_FREE_TEXT.test(previous);
    previousWasEntry = NUMBERED.test(line) && (afterStructure || STRUCTURAL.test(lines[i + 1] ?? ''));
    if (previousWasEntry) count++;
  });
  return count;
}
