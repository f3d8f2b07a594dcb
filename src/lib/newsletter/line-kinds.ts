// Recognises the kinds of lines an issue file is made of. The parser decides what they mean in context.
import { foldWidth } from '../text/fold.ts';
import { escapeRegExp } from '../text/regexp.ts';
import { NEWSLETTER_BRAND } from './name.ts';

export type SectionName = 'summary' | 'commentary' | 'abstract' | 'link';
export type FieldName = 'journal' | 'titleEn';

export interface HeaderMatch {
  number: number;
  year: number;
  month: number;
  day: number;
}

export const HEADER_BRAND = NEWSLETTER_BRAND;
export const HEADER_EXAMPLE = `${NEWSLETTER_BRAND}第56期|2026年6月25日`;

const HEADER = new RegExp(`^\\s*${escapeRegExp(NEWSLETTER_BRAND)}\\s*第\\s*(\\d{1,4})\\s*期\\s*[|｜]\\s*(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日\\s*$`);

export function matchHeader(line: string): HeaderMatch | null {
  // The header holds no text of its own: read it folded, so full-width digits and bars (第５６期｜) still match.
  const m = HEADER.exec(foldWidth(line));
  if (!m) return null;
  return { number: Number(m[1]), year: Number(m[2]), month: Number(m[3]), day: Number(m[4]) };
}

export function looksLikeHeader(line: string): boolean {
  return line.includes(HEADER_BRAND) || /第\s*\d+\s*期/.test(line);
}

// Numbers as a Chinese IME types them too: full-width digits (１２) are read as 12.
const DIGIT = '[0-9０-９]';
const numberOf = (digits: string): number => Number(foldWidth(digits));

// `3.`, `3．`, `3、` or `３．`; a digit right after the dot means a number such as 2.5, not a paper.
const PAPER_START = new RegExp(`^\\s*(${DIGIT}{1,4})\\s*[.．、](?!${DIGIT})\\s*(.*)$`);

export function matchPaperStart(line: string): { order: number; title: string } | null {
  const m = PAPER_START.exec(line);
  if (!m?.[1]) return null;
  return { order: numberOf(m[1]), title: (m[2] ?? '').trim() };
}

/** A line opening with one of `labels` (group 1 of `pattern`): what the label names, as written, and the rest. */
function labelledLine<Name>(pattern: RegExp, labels: Readonly<Record<string, Name>>, line: string): { name: Name; label: string; rest: string } | null {
  const m = pattern.exec(line);
  const name = m?.[1] === undefined ? undefined : labels[m[1]];
  return m?.[1] && name !== undefined ? { name, label: m[1], rest: (m[2] ?? '').trim() } : null;
}

const FIELD_LABELS: Record<string, FieldName> = { 期刊: 'journal', 英文标题: 'titleEn' };
const FIELD = /^\s*(期刊|英文标题)\s*[:：]\s*(.*)$/;

export function matchField(line: string): { field: FieldName; label: string; value: string } | null {
  const m = labelledLine(FIELD, FIELD_LABELS, line);
  return m && { field: m.name, label: m.label, value: m.rest };
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
  const m = labelledLine(SECTION, SECTION_LABELS, line);
  return m && { section: m.name, label: m.label, rest: m.rest };
}

// What editors write when they mean a marker: English names, and near synonyms the parser does not take as one.
const MARKER_LOOKALIKES: Record<string, SectionName> = {
  abstract: 'abstract',
  englishabstract: 'abstract',
  originalabstract: 'abstract',
  英文原文摘要: 'abstract',
  原摘要: 'abstract',
  summary: 'summary',
  chinesesummary: 'summary',
  中文总结: 'summary',
  comment: 'commentary',
  comments: 'commentary',
  commentary: 'commentary',
  editorscomment: 'commentary',
  editorialcomment: 'commentary',
  本刊评论: 'commentary',
  本刊评述: 'commentary',
  评论: 'commentary',
  编者按: 'commentary',
  link: 'link',
  doi: 'link',
  原文地址: 'link',
};
const INVISIBLE_OR_SPACE = /[\s\u200B-\u200D\u2060\uFEFF\u00AD]/gu;
// Decoration around a marker, as rich-text and Markdown editors add it: 【本刊点评】, **英文原摘要**, [原文].
const WRAPPING = /^[【〔[(<《*#]+|[】〕\])>》*]+$/gu;

/**
 * A line that is almost a section marker: the marker with a space or an invisible character inside, one edit
 * away from one, or its English or near-synonym name (Abstract, Comment, 本刊评论). Returns the marker meant.
 */
export function nearMissMarker(line: string): string | null {
  // Markers are short: most lines are prose and are ruled out before any folding.
  if (line.length > 40) return null;
  const squeezed = foldWidth(line)
    .replace(/[:：]\s*$/u, '')
    .replace(INVISIBLE_OR_SPACE, '')
    .replace(WRAPPING, '')
    .replace(/[:：]$/u, '')
    .replace(/['’]/g, '')
    .toLowerCase();
  if (squeezed === '' || [...squeezed].length > 16) return null;
  const exact = SECTION_LABELS[squeezed] ?? MARKER_LOOKALIKES[squeezed];
  if (exact) return SECTION_MARKER[exact];
  for (const label of Object.keys(SECTION_LABELS)) {
    if ([...label].length >= 4 && withinOneEdit(squeezed, label)) return SECTION_MARKER[SECTION_LABELS[label] as SectionName];
  }
  return null;
}

/** One insertion, deletion or substitution apart (not equal). */
function withinOneEdit(a: string, b: string): boolean {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > 1 || a === b) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  const rest = (from: string[], skip: number) => from.slice(i + skip).join('');
  if (x.length === y.length) return rest(x, 1) === rest(y, 1);
  return x.length > y.length ? rest(x, 1) === rest(y, 0) : rest(x, 0) === rest(y, 1);
}

/** The canonical marker an editor should write for a section, for messages. */
export const SECTION_MARKER: Record<SectionName, string> = {
  summary: '中文摘要',
  commentary: '本刊点评',
  abstract: '英文原摘要',
  link: '原文',
};

// `[3] https://…` (or `［３］`), or a line that is only `doi:10.…`: a link even where the 原文 marker was forgotten.
const EXPLICIT_LINK = new RegExp(`^\\s*(?:[[［](${DIGIT}+)[\\]］]\\s*(\\S.*)|(doi\\s*[:：]\\s*10\\.\\S+))$`, 'i');

export function matchExplicitLink(line: string): { citedNumber: number | null; target: string } | null {
  const m = EXPLICIT_LINK.exec(line);
  if (!m) return null;
  if (m[3]) return { citedNumber: null, target: m[3].trim() };
  return { citedNumber: numberOf(m[1] ?? ''), target: (m[2] ?? '').trim() };
}

// Only inside the 原文 section (elsewhere such a line is text): the number in other brackets an IME offers, 【2】 or （2）.
const CITED_IN_OTHER_BRACKETS = new RegExp(`^\\s*[【〔(（](${DIGIT}+)[】〕)）]\\s*(\\S.*)$`);

/** Inside the 原文 section every line is a link, with or without its `[n]`. */
export function readLinkLine(line: string): { citedNumber: number | null; target: string } {
  const explicit = matchExplicitLink(line);
  if (explicit) return explicit;
  const cited = CITED_IN_OTHER_BRACKETS.exec(line);
  if (cited?.[1] && cited[2]) return { citedNumber: numberOf(cited[1]), target: cited[2].trim() };
  return { citedNumber: null, target: line.trim() };
}

export function isStructural(line: string): boolean {
  return matchField(line) !== null || matchSection(line) !== null;
}
