// Parses one issue file, exactly as the editors publish it, into a typed issue or file:line errors.
import { closeBidiControls, sliceBidiSafe } from '../text/bidi.ts';
import { decodeIssueBytes } from './decode.ts';
import { canonicalDoi } from './doi.ts';
import {
  HEADER_EXAMPLE,
  SECTION_MARKER,
  isStructural,
  looksLikeHeader,
  matchExplicitLink,
  matchField,
  matchHeader,
  matchPaperStart,
  matchSection,
  matchUnknownField,
  nearMissMarker,
  readLinkLine,
  type FieldName,
  type SectionName,
} from './line-kinds.ts';
import { toAbstractParts, toSummaryParts } from './structured-text.ts';
import type { Diagnostic, LabelledPart, ParseOutcome, ParsedIssue, ParsedPaper } from './types.ts';

type TextSection = Exclude<SectionName, 'link'>;

interface PaperDraft {
  order: number;
  line: number;
  titleZh: string;
  fields: Partial<Record<FieldName, { value: string; line: number }>>;
  sections: Record<TextSection, string[]>;
  sectionLines: Partial<Record<SectionName, number>>;
  current: SectionName | 'fields';
  doi: { value: string; line: number } | null;
}

/** Parses the bytes of one issue file; `file` is only used to label diagnostics. */
// The newsletter covers medical-imaging AI papers; nothing it summarises predates this.
const FIRST_PLAUSIBLE_YEAR = 2015;

// An issue is a few tens of KB. A much larger file is a wrong file or a paste gone wrong, and it would be copied
// into every page, feed and index file that holds its papers.
const LARGE_FILE_BYTES = 1024 * 1024;
const REFUSED_FILE_BYTES = 5 * 1024 * 1024;
const LARGE_FIELD_CHARACTERS = 20_000;

const didYouMean = (text: string): string => {
  const meant = nearMissMarker(text);
  return meant ? ` (did you mean '${meant}'?)` : '';
};

/** More Latin letters than Han characters, over a text long enough to judge. */
function mostlyLatin(text: string): boolean {
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  return latin + han >= 40 && latin > 2 * han;
}

// `1.`, `1、`, `１．`, `1)`, `(1)`, `①`, `•`: an item of a list, not a paragraph of prose.
const LIST_ITEM = /^(?:[0-9０-９]{1,2}\s*[.．、)）](?![0-9０-９])|[(（][0-9０-９]{1,2}[)）]|[①-⑳•·▪])/u;

const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export function parseIssue(bytes: Uint8Array, file: string): ParseOutcome {
  if (bytes.length > REFUSED_FILE_BYTES) {
    const message = `the file is ${megabytes(bytes.length)}; an issue is a few tens of KB and files over ${megabytes(REFUSED_FILE_BYTES)} are refused: check this is the right file`;
    return { ok: false, errors: [{ file, line: 1, message }], warnings: [] };
  }
  const decoded = decodeIssueBytes(bytes);
  if (!decoded.ok) {
    return { ok: false, errors: [{ file, line: decoded.line, message: decoded.message }], warnings: [] };
  }
  const outcome = new IssueParser(file, decoded.lines).run();
  if (bytes.length > LARGE_FILE_BYTES) {
    outcome.warnings.unshift({ file, line: 1, message: `the file is ${megabytes(bytes.length)}, far more than an issue (a few tens of KB): check nothing was pasted twice or by mistake` });
  }
  return outcome;
}

class IssueParser {
  private readonly errors: Diagnostic[] = [];
  private readonly warnings: Diagnostic[] = [];
  private readonly papers: ParsedPaper[] = [];
  private readonly seenOrders = new Map<number, number>();
  private header: { number: number; date: string; line: number } | null = null;
  private headerSeen = false;
  private paper: PaperDraft | null = null;
  private lastOrder = 0;
  private readonly intro: string[] = [];
  private trailing: { text: string; line: number }[] = [];
  private strayReported = false;
  private lastLink: { order: number; line: number } | null = null;

  constructor(
    private readonly file: string,
    private readonly lines: readonly string[],
  ) {}

  run(): ParseOutcome {
    for (let index = 0; index < this.lines.length; index++) {
      const text = this.lines[index] ?? '';
      if (text.trim() === '') continue;
      const lineNumber = index + 1;
      if (!this.headerSeen) this.readHeader(text, lineNumber);
      else if (this.paper && !this.paper.doi) this.readInsidePaper(text, lineNumber, index);
      else this.readBetweenPapers(text, lineNumber);
    }
    this.finishFile();
    const header = this.header;
    if (this.errors.length > 0 || !header) {
      return { ok: false, errors: this.errors, warnings: this.warnings };
    }
    const issue: ParsedIssue = {
      number: header.number,
      date: header.date,
      headerLine: header.line,
      intro: this.intro.map(closeBidiControls),
      outro: this.trailing.map((t) => closeBidiControls(t.text)),
      papers: this.papers,
    };
    return { ok: true, issue, warnings: this.warnings };
  }

  private error(line: number, message: string): void {
    this.errors.push({ file: this.file, line, message });
  }

  private warn(line: number, message: string): void {
    this.warnings.push({ file: this.file, line, message });
  }

  private readHeader(text: string, line: number): void {
    this.headerSeen = true;
    const header = matchHeader(text);
    if (!header) {
      const what = looksLikeHeader(text) ? 'malformed header' : 'missing header';
      this.error(line, `${what}: the first line must read like '${HEADER_EXAMPLE}', found '${clip(text)}'`);
      // A paper on the first line still gets parsed, so its own problems are reported too.
      if (!looksLikeHeader(text)) this.readBetweenPapers(text, line);
      return;
    }
    const date = isoDate(header.year, header.month, header.day);
    if (!date) {
      this.error(
        line,
        `impossible date ${header.year}年${header.month}月${header.day}日 in the header: expected a real calendar date such as 2026年6月25日`,
      );
      return;
    }
    if (header.number <= 0) {
      this.error(line, `issue number ${header.number}: issues are numbered from 1`);
      return;
    }
    const newestPlausibleYear = new Date().getUTCFullYear() + 1;
    if (header.year < FIRST_PLAUSIBLE_YEAR || header.year > newestPlausibleYear) {
      this.warn(line, `the date ${date} is outside ${FIRST_PLAUSIBLE_YEAR}–${newestPlausibleYear}: check the header's year`);
    }
    this.header = { number: header.number, date, line };
  }

  private readBetweenPapers(text: string, line: number): void {
    const start = matchPaperStart(text);
    if (start) {
      const stray = this.trailing[0];
      if (stray && this.papers.length > 0) {
        this.error(
          stray.line,
          `unexpected text after paper ${this.lastOrder}'s DOI link: expected the next paper '${this.lastOrder + 1}. 中文标题' or the end of the file`,
        );
        this.trailing = [];
      }
      this.startPaper(start.order, start.title, line);
      return;
    }
    const previous = this.lastLink;
    if (matchExplicitLink(text) && previous && this.trailing.length === 0) {
      this.error(line, `paper ${previous.order} already has its DOI link (line ${previous.line}): one link per paper`);
      return;
    }
    if (isStructural(text) || matchExplicitLink(text)) {
      if (!this.strayReported) {
        const where = this.papers.length === 0 ? 'before the first paper' : `after paper ${this.lastOrder}'s DOI link`;
        this.error(
          line,
          `'${clip(text, 20)}' ${where} belongs to no paper: expected a numbered title line such as '${this.lastOrder + 1}. 中文标题' before it`,
        );
        this.strayReported = true;
      }
      return;
    }
    if (this.papers.length === 0 && !this.paper) this.intro.push(text.trim());
    else this.trailing.push({ text: text.trim(), line });
  }

  private readInsidePaper(text: string, line: number, index: number): void {
    const paper = this.paper;
    if (!paper) return;
    const start = matchPaperStart(text);
    // In free text a numbered line is text (Key Points 1. 2. 3. closing an abstract), unless what follows it is how
    // a paper begins: its 期刊 or 英文标题 line, or its 中文摘要.
    const inFreeText = paper.current === 'summary' || paper.current === 'commentary' || paper.current === 'abstract';
    if (start && (!inFreeText || this.nextNonBlankBeginsPaper(index))) {
      this.startPaper(start.order, start.title, line);
      return;
    }
    const field = matchField(text);
    if (field) {
      this.setField(paper, field.field, field.label, field.value, line);
      return;
    }
    const section = matchSection(text);
    if (section) {
      this.openSection(paper, section.section, section.label, line);
      if (section.rest) this.readSectionLine(paper, section.rest, line);
      return;
    }
    this.readSectionLine(paper, text, line);
  }

  private readSectionLine(paper: PaperDraft, text: string, line: number): void {
    if (paper.current === 'link') {
      this.setLink(paper, readLinkLine(text), line);
      return;
    }
    const explicitLink = matchExplicitLink(text);
    if (explicitLink) {
      this.setLink(paper, explicitLink, line);
      return;
    }
    if (paper.current === 'fields') {
      const unknown = matchUnknownField(text);
      if (unknown) {
        this.error(line, `unknown field '${unknown}' in paper ${paper.order} before its 中文摘要: expected '期刊:…', '英文标题:…' or the line '中文摘要'`);
        return;
      }
      this.error(
        line,
        `unexpected line in paper ${paper.order} before its 中文摘要: expected '期刊:…', '英文标题:…' or the line '中文摘要', found '${clip(text)}'${didYouMean(text)}`,
      );
      return;
    }
    const meant = nearMissMarker(text);
    if (meant && meant !== SECTION_MARKER[paper.current]) {
      this.warn(
        line,
        `'${clip(text.trim())}' looks like the section marker '${meant}' but is not one, so it was read as text of paper ${paper.order}'s ${SECTION_MARKER[paper.current]}; if a new section starts here, write '${meant}' exactly`,
      );
    }
    paper.sections[paper.current].push(text.trim());
  }

  private startPaper(order: number, title: string, line: number): void {
    if (this.paper) this.finishPaper(this.paper, { nextOrder: order, line });
    this.checkNumbering(order, line);
    if (!title) this.error(line, `paper ${order} has no Chinese title: expected '${order}. 中文标题'`);
    this.paper = {
      order,
      line,
      titleZh: title,
      fields: {},
      sections: { summary: [], commentary: [], abstract: [] },
      sectionLines: {},
      current: 'fields',
      doi: null,
    };
  }

  private checkNumbering(order: number, line: number): void {
    const expected = this.lastOrder + 1;
    const firstLine = this.seenOrders.get(order);
    if (firstLine !== undefined) {
      this.error(line, `paper number ${order} repeats (first at line ${firstLine}): expected ${expected}`);
    } else if (order !== expected) {
      const missing = order > expected ? `number ${expected}${order - 1 > expected ? `–${order - 1}` : ''} is missing` : 'numbers must go up by one';
      this.error(line, `paper number ${order} follows ${this.lastOrder === 0 ? 'the header' : this.lastOrder}: ${missing}; expected ${expected}`);
    }
    if (firstLine === undefined) this.seenOrders.set(order, line);
    this.lastOrder = Math.max(this.lastOrder, order);
  }

  private setField(paper: PaperDraft, field: FieldName, label: string, value: string, line: number): void {
    const earlier = paper.fields[field];
    if (earlier) {
      this.error(line, `paper ${paper.order} has a second ${label} line (first at line ${earlier.line}): keep one`);
      return;
    }
    if (!value) {
      this.error(line, `paper ${paper.order}'s ${label} is empty: expected '${label}:' followed by the ${field === 'journal' ? 'journal name' : 'English title'}`);
      return;
    }
    paper.fields[field] = { value, line };
  }

  private openSection(paper: PaperDraft, section: SectionName, label: string, line: number): void {
    const earlier = paper.sectionLines[section];
    if (earlier !== undefined) {
      this.error(line, `paper ${paper.order} has a second ${label} section (first at line ${earlier}): keep one`);
    }
    paper.sectionLines[section] = line;
    paper.current = section;
  }

  private setLink(paper: PaperDraft, link: { citedNumber: number | null; target: string }, line: number): void {
    const canonical = canonicalDoi(link.target);
    const doi = canonical?.doi ?? null;
    this.lastLink = { order: paper.order, line };
    if (!doi) {
      this.error(
        line,
        `paper ${paper.order}'s link '${clip(link.target)}' has no DOI: expected '[${paper.order}] https://doi.org/10.…' or 'doi:10.…'`,
      );
      paper.doi = { value: '', line };
      this.finishPaper(paper, null);
      return;
    }
    if (canonical && canonical.cleaned.length > 0) {
      this.warn(line, `paper ${paper.order}'s DOI had ${canonical.cleaned.join(', ')}: read as ${doi}, the form links, citations and duplicate checks use`);
    }
    if (link.citedNumber !== null && link.citedNumber !== paper.order) {
      this.warn(line, `paper ${paper.order}'s link is marked [${link.citedNumber}]; check it belongs to this paper`);
    }
    paper.doi = { value: doi, line };
    this.finishPaper(paper, null);
  }

  /** Checks a paper is complete; `next` says what cut it short, if anything did. */
  private finishPaper(paper: PaperDraft, next: { nextOrder: number; line: number } | null): void {
    this.paper = null;
    const problems: string[] = [];
    if (!paper.fields.journal) problems.push(`has no 期刊 line: expected '期刊:<journal name>' after its title`);
    if (!paper.fields.titleEn) problems.push(`has no 英文标题 line: expected '英文标题:<English title>' after its title`);
    for (const problem of problems) this.error(paper.line, `paper ${paper.order} ${problem}`);
    if (!paper.doi) {
      const expectation = `expected the line '${SECTION_MARKER.link}' and then '[${paper.order}] https://doi.org/10.…' (or 'doi:10.…')`;
      if (next) {
        this.error(next.line, `paper ${paper.order} (line ${paper.line}) has no DOI link before paper ${next.nextOrder} starts: ${expectation}`);
      } else {
        this.error(this.lines.length, `the file ends in the middle of paper ${paper.order} (line ${paper.line}): its DOI link is missing; ${expectation}`);
      }
      return;
    }
    if (!paper.doi.value || problems.length > 0) return;
    if (paper.sections.summary.length === 0) {
      this.warn(paper.line, `paper ${paper.order} has no 中文摘要`);
    }
    // Each field is closed for bidi controls on its own: the site shows fields next to its own text.
    // (The journal is closed once resolved, in archive.ts: its name as written must still match the registry.)
    const closeParts = (parts: LabelledPart[]) => parts.map((part) => ({ ...part, text: closeBidiControls(part.text) }));
    this.warnOnLargeFields(paper);
    this.warnOnMisplacedText(paper);
    this.papers.push({
      order: paper.order,
      titleZh: closeBidiControls(paper.titleZh),
      titleEn: closeBidiControls(paper.fields.titleEn?.value ?? ''),
      journalAsWritten: paper.fields.journal?.value ?? '',
      summary: closeParts(toSummaryParts(paper.sections.summary)),
      commentary: paper.sections.commentary.map(closeBidiControls),
      abstract: closeParts(toAbstractParts(paper.sections.abstract)),
      doi: paper.doi.value,
      line: paper.line,
      journalLine: paper.fields.journal?.line ?? paper.line,
      doiLine: paper.doi.line,
    });
  }

  /** Text that reads like another section's: the sign of a marker that is missing or misspelt. */
  private warnOnMisplacedText(paper: PaperDraft): void {
    const commentary = paper.sections.commentary.join('');
    if (mostlyLatin(commentary)) {
      const at = paper.sectionLines.commentary ?? paper.line;
      this.warn(at, `paper ${paper.order}'s 本刊点评 is mostly English: is the '英文原摘要' marker before the English abstract missing or misspelt?`);
    }
    const parts = toSummaryParts(paper.sections.summary);
    const conclusion = parts.findIndex((part) => part.label === '结论');
    const after = parts.slice(conclusion + 1);
    // A list closing the summary (Key Points 1./2./3., with or without a short heading) belongs to it.
    const inList = (index: number): boolean => {
      const text = after[index]?.text ?? '';
      return LIST_ITEM.test(text) || ([...text].length <= 20 && LIST_ITEM.test(after[index + 1]?.text ?? ''));
    };
    if (conclusion >= 0 && after.some((part, index) => part.label === null && !inList(index))) {
      const at = paper.sectionLines.summary ?? paper.line;
      this.warn(at, `paper ${paper.order}'s 中文摘要 goes on after 结论 with an unlabelled paragraph: is the '本刊点评' marker before it missing or misspelt?`);
    }
  }

  private warnOnLargeFields(paper: PaperDraft): void {
    const fields: [string, string][] = [
      ['中文标题', paper.titleZh],
      ['英文标题', paper.fields.titleEn?.value ?? ''],
      ['中文摘要', paper.sections.summary.join('\n')],
      ['本刊点评', paper.sections.commentary.join('\n')],
      ['英文原摘要', paper.sections.abstract.join('\n')],
    ];
    for (const [name, text] of fields) {
      // A string's UTF-16 length is at least its character count: most fields are ruled out without counting.
      const length = text.length > LARGE_FIELD_CHARACTERS ? [...text].length : 0;
      if (length > LARGE_FIELD_CHARACTERS) {
        this.warn(paper.line, `paper ${paper.order}'s ${name} is ${length} characters, more than ${LARGE_FIELD_CHARACTERS}: check nothing was pasted twice or by mistake`);
      }
    }
  }

  private nextNonBlankBeginsPaper(index: number): boolean {
    for (let i = index + 1; i < this.lines.length; i++) {
      const text = this.lines[i] ?? '';
      if (text.trim() !== '') return matchField(text) !== null || matchSection(text)?.section === 'summary';
    }
    return false;
  }

  private finishFile(): void {
    const lastLine = Math.max(this.lines.length, 1);
    if (!this.headerSeen) {
      this.error(1, `the file is empty: expected the header '${HEADER_EXAMPLE}' followed by numbered papers`);
      return;
    }
    if (this.paper) this.finishPaper(this.paper, null);
    if (this.lastOrder === 0 && this.errors.length === 0) {
      this.error(lastLine, `no papers found: expected numbered papers such as '1. 中文标题' after the header`);
    }
    this.checkDuplicateDois();
  }

  private checkDuplicateDois(): void {
    const firstLineOf = new Map<string, { order: number; line: number }>();
    for (const paper of this.papers) {
      const first = firstLineOf.get(paper.doi);
      if (first) {
        this.error(
          paper.doiLine,
          `DOI ${paper.doi} of paper ${paper.order} is already paper ${first.order}'s (line ${first.line}): each paper appears once`,
        );
      } else {
        firstLineOf.set(paper.doi, { order: paper.order, line: paper.doiLine });
      }
    }
  }
}

/** YYYY-MM-DD when the date exists on the calendar; null for 13月 or 2月30日 (never rolled over). */
export function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function clip(text: string, max = 40): string {
  const trimmed = text.trim();
  return trimmed.length > max ? `${sliceBidiSafe(trimmed, 0, max)}…` : trimmed;
}
