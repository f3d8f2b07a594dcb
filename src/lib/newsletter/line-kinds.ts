// Recognises the kinds of lines an issue file is made of. The parser decides what they mean in context.

export type SectionName = 'summary' | 'commentary' | 'abstract' | 'link';
export type FieldName = 'journal' | 'titleEn';

export interface HeaderMatch {
  number: number;
  year: number;
  month: number;
  day: number;
}

export const HEADER_BRAND = '【医学影像与AI文献快递】';
export const HEADER_EXAMPLE = '【医学影像与AI文献快递】第56期|2026年6月25日';

const HEADER =
  /^\s*【医学影像与AI文献快递】\s*第\s*(\d{1,4})\s*期\s*[|｜]\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*$/;

export function matchHeader(line: string): HeaderMatch | null {
  const m = HEADER.exec(line);
  if (!m) return null;
  return { number: Number(m[1]), year: Number(m[2]), month: Number(m[3]), day: Number(m[4]) };
}

export function looksLikeHeader(line: string): boolean {
  return line.includes(HEADER_BRAND) || /第\s*\d+\s*期/.test(line);
}

// `3.`, `3．` or `3、`; a digit right after the dot means a number such as 2.5, not a paper.
const PAPER_START = /^\s*(\d{1,4})\s*[.．、](?!\d)\s*(.*)$/;

export function matchPaperStart(line: string): { order: number; title: string } | null {
  const m = PAPER_START.exec(line);
  if (!m) return null;
  return { order: Number(m[1]), title: (m[2] ?? '').trim() };
}

const FIELD_LABELS: Record<string, FieldName> = { 期刊: 'journal', 英文标题: 'titleEn' };
const FIELD = /^\s*(期刊|英文标题)\s*[:：]\s*(.*)$/;

export function matchField(line: string): { field: FieldName; label: string; value: string } | null {
  const m = FIELD.exec(line);
  if (!m?.[1]) return null;
  const field = FIELD_LABELS[m[1]];
  if (!field) return null;
  return { field, label: m[1], value: (m[2] ?? '').trim() };
}

// A short Chinese key with a colon in a paper's header block, e.g. 作者:; kept out of the text with a warning.
const UNKNOWN_FIELD = /^\s*([\u4e00-\u9fff]{2,6})\s*[:：]/;

export function matchUnknownField(line: string): string | null {
  return UNKNOWN_FIELD.exec(line)?.[1] ?? null;
}

const SECTION_LABELS: Record<string, SectionName> = {
  中文摘要: 'summary',
  摘要: 'summary',
  本刊点评: 'commentary',
  点评: 'commentary',
  编者点评: 'commentary',
  编辑点评: 'commentary',
  英文原摘要: 'abstract',
  英文摘要: 'abstract',
  原文摘要: 'abstract',
  原文: 'link',
  原文链接: 'link',
};
// A marker is the whole line, or the marker and a colon; 原文作者… is text, not a marker.
const SECTION = new RegExp(`^\\s*(${Object.keys(SECTION_LABELS).join('|')})\\s*(?:[:：]\\s*(.*))?$`);

export function matchSection(line: string): { section: SectionName; label: string; rest: string } | null {
  const m = SECTION.exec(line);
  if (!m?.[1]) return null;
  const section = SECTION_LABELS[m[1]];
  if (!section) return null;
  return { section, label: m[1], rest: (m[2] ?? '').trim() };
}

/** The canonical marker an editor should write for a section, for messages. */
export const SECTION_MARKER: Record<SectionName, string> = {
  summary: '中文摘要',
  commentary: '本刊点评',
  abstract: '英文原摘要',
  link: '原文',
};

// `[3] https://…`, or a line that is only `doi:10.…`: a link even where the 原文 marker was forgotten.
const EXPLICIT_LINK = /^\s*(?:\[(\d+)\]\s*(\S.*)|(doi\s*[:：]\s*10\.\S+))$/i;

export function matchExplicitLink(line: string): { citedNumber: number | null; target: string } | null {
  const m = EXPLICIT_LINK.exec(line);
  if (!m) return null;
  if (m[3]) return { citedNumber: null, target: m[3].trim() };
  return { citedNumber: Number(m[1]), target: (m[2] ?? '').trim() };
}

/** Inside the 原文 section every line is a link, with or without its `[n]`. */
export function readLinkLine(line: string): { citedNumber: number | null; target: string } {
  return matchExplicitLink(line) ?? { citedNumber: null, target: line.trim() };
}

export function isStructural(line: string): boolean {
  return matchField(line) !== null || matchSection(line) !== null;
}
