// Counting papers in issue text, written independently of the parser so tests can check it.

// A numbered entry is a numbered line whose next non-blank line is a 期刊/英文标题 field or a section marker.
const NUMBERED = /^\s*\d{1,4}\s*[.．、](?!\d)/;
const STRUCTURAL = /^\s*(?:(?:期刊|英文标题)\s*[:：]|(?:中文摘要|摘要|本刊点评|点评|编者点评|编辑点评|英文原摘要|英文摘要|原文摘要|原文|原文链接)\s*(?:[:：].*)?$)/;

/** How many papers the text holds, as a reader counting numbered entries would see it. */
export function numberedEntries(text: string): number {
  const lines = text.split(/\r\n|\r|\n/).filter((l) => l.trim() !== '');
  return lines.filter((line, i) => NUMBERED.test(line) && STRUCTURAL.test(lines[i + 1] ?? '')).length;
}
