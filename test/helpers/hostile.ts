// Issue text full of markup and XML breakers, to prove content is always text.
import { derivedIssue } from './fixture-issues.ts';
import { fixtureArchive } from './fixture-archive.ts';
import { seedText } from './seed.ts';

export const HOSTILE = `<script>alert("x")</script> & ]]> "quoted" 'single' <img src=x onerror=alert(2)>`;

/** Issue 56 with hostile text in titles, summary, comment and abstract of paper 1. */
export function hostileIssue(): string {
  return seedText()
    .replace('1. 临床元数据与', `1. ${HOSTILE} 临床元数据与`)
    .replace('英文标题:Deep integration', `英文标题:${HOSTILE} Deep integration`)
    .replace('目的:开发整合', `目的:${HOSTILE} 开发整合`)
    .replace('这类多模态肺癌工作说明', `${HOSTILE} 这类多模态肺癌工作说明`)
    .replace('PURPOSE: To develop', `PURPOSE: ${HOSTILE} To develop`);
}

/** Script, markup, URL, XML and bidi payloads; the `window.__pwned` ones let a browser test check a flag, not only dialogs. */
export const XSS_PAYLOADS: readonly string[] = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<img src=x onerror="window.__pwned=1">',
  'javascript:alert(1)',
  '"><svg onload=alert(1)>',
  `'><svg onload="window.__pwned=1">`,
  '<a href="javascript:window.__pwned=1">click</a>',
  '<iframe src="javascript:alert(1)"></iframe>',
  ']]>',
  '<![CDATA[',
  '<!--',
  '</textarea><script>window.__pwned=1</script>',
  '</title></style><script>alert(1)</script>',
  "{{constructor.constructor('alert(1)')()}}",
  '${alert(1)}',
  '\u202Etxt.exe',
  '\u2066LRI\u2069 \u2067RLI\u2069 \u2068FSI\u2069 \u2069PDI',
  '&amp; &lt;b&gt; &#60;script&#62;',
  `"double" 'single' “curly” ‘quotes’`,
];

/** Every payload on one line, as a field value carries it. */
export const HOSTILE_TEXT = XSS_PAYLOADS.join(' ');
export const LONG_LINE_LENGTH = 20_000;

/** A line of `unit` repeated to exactly 20 000 characters, with no space to break at. */
export function longLine(unit: string): string {
  return unit.repeat(Math.ceil(LONG_LINE_LENGTH / unit.length)).slice(0, LONG_LINE_LENGTH);
}
export const LONG_SUMMARY_LINE = longLine('<script>alert(1)</script>');
export const LONG_ABSTRACT_LINE = longLine('"><svg/onload=window.__pwned=1>');

export const HOSTILE_ISSUE_NUMBER = 66;
export const HOSTILE_ISSUE_FILE = '2026-09-03-066.txt';

/**
 * The 原文 line of each hostile paper: DOI-shaped payloads without spaces, all of which the parser accepts
 * (as `DOI`, normalised: resolver prefix and one trailing `>` dropped, percent-escapes decoded, lower-cased).
 */
export const ACCEPTED_DOI_LINES: readonly { line: string; doi: string }[] = [
  { line: '[1] https://doi.org/10.1000/x"><svg/onload=alert(1)>', doi: '10.1000/x"><svg/onload=alert(1)' },
  { line: '[2] 10.1000/<script>alert(1)</script>', doi: '10.1000/<script>alert(1)</script' },
  // The closing quote is taken for punctuation around the DOI (canonicalDoi), with a warning; the rest stays literal.
  { line: `[3] doi:10.1000/x'onmouseover='window.__pwned=1'`, doi: `10.1000/x'onmouseover='window.__pwned=1` },
  // Unbalanced closing brackets after a DOI are punctuation around it (canonicalDoi).
  { line: '[4] https://evil.example/javascript:alert(1)/10.1000/evil]]>', doi: '10.1000/evil' },
  { line: '[5] https://doi.org/10.1000/%22%3E%3Csvg%2Fonload%3Dwindow.__pwned%3D1%3E', doi: '10.1000/"><svg/onload=window.__pwned=1>' },
  { line: '[6] doi:10.1000/&amp;&lt;gnp{{constructor}}', doi: '10.1000/&amp;&lt;gnp{{constructor}}' },
];

/** 原文 lines the parser must reject with `file:line: paper N's link … has no DOI`, never drop silently. */
export const REJECTED_DOI_LINES: readonly string[] = [
  '[1] javascript:alert(1)',
  '[2] javascript:alert(1)//https://doi.org/10.1000/a',
  '[3] data:text/html,<script>alert(1)</script>',
  '[4] vbscript:msgbox(1)',
  // A bidi override would reverse what follows the DOI on the page; no registered DOI holds one.
  '[5] doi:10.1000/x\u202Egnp.exe',
  '[6] https://doi.org/10.1000/%3Cimg%20src=x%20onerror=alert(1)%3E',
];

// Papers 2 (… (JNM)) and 3 (npj Digital Medicine (…)) still resolve to registry journals through their
// parenthesised part, so the page shows the payload as "原文写作"; the others are unknown journals named by payloads.
function hostileJournal(order: number, written: string): string {
  if (order === 3) return `${written} (<img src=x onerror="window.__pwned=1"> ]]> \u202E "q" 'q')`;
  return `${HOSTILE_TEXT} ${written}`;
}

type Section = 'fields' | 'summary' | 'commentary' | 'abstract' | 'link';
const SECTION_OF: Record<string, Section> = { 中文摘要: 'summary', 本刊点评: 'commentary', 英文原摘要: 'abstract', 原文: 'link' };

/** Payloads in every field of every paper of issue 56; `linkLine(order)` gives each paper's 原文 line. */
function hostilePapers(text: string, linkLine: (order: number) => string): string {
  const out: string[] = [];
  let section: Section = 'fields';
  let order = 0;
  let abstractLines = 0;
  for (const line of text.split('\n')) {
    const start = /^(\d+)\. (.*)$/.exec(line);
    const sectionName = SECTION_OF[line];
    const summaryPart = /^(目的|方法|结果|结论):(.*)$/.exec(line);
    if (start) {
      order = Number(start[1]);
      section = 'fields';
      abstractLines = 0;
      out.push(`${order}. ${HOSTILE_TEXT} ${start[2]}`);
    } else if (line.startsWith('期刊:')) out.push(`期刊:${hostileJournal(order, line.slice(3))}`);
    else if (line.startsWith('英文标题:')) out.push(`英文标题:${HOSTILE_TEXT} ${line.slice(5)}`);
    else if (sectionName) {
      section = sectionName;
      out.push(line);
    } else if (section === 'summary' && summaryPart) {
      out.push(`${summaryPart[1]}:${HOSTILE_TEXT} ${summaryPart[2]}`);
      if (summaryPart[1] === '结果') out.push(LONG_SUMMARY_LINE);
    } else if (section === 'commentary') out.push(`${HOSTILE_TEXT} ${line}`);
    else if (section === 'abstract') {
      out.push(`${line} ${HOSTILE_TEXT}`);
      if (++abstractLines === 1) out.push(LONG_ABSTRACT_LINE);
    } else if (section === 'link') out.push(linkLine(order));
    else out.push(line);
  }
  return out.join('\n');
}

/** Issue 66 (2026-09-03): the six papers of issue 56 with payloads in every field, an intro and an outro, DOI lines that parse. */
export function hostileArchiveIssue(): string {
  return derivedIssue(HOSTILE_ISSUE_NUMBER, '2026-09-03', (text) => {
    const [header = '', ...rest] = hostilePapers(text, (order) => ACCEPTED_DOI_LINES[order - 1]?.line ?? '').split('\n');
    return [header, HOSTILE_TEXT, ...rest, `${HOSTILE_TEXT} ${LONG_SUMMARY_LINE}`, ''].join('\n');
  });
}

/** Issue 67: hostile like issue 66, but every 原文 line is a payload without a DOI. */
export function rejectedLinksIssue(): string {
  return derivedIssue(HOSTILE_ISSUE_NUMBER + 1, '2026-09-10', (text) => hostilePapers(text, (order) => REJECTED_DOI_LINES[order - 1] ?? ''));
}

/** A content folder whose only issue is the hostile issue 66 (builds, with unknown-journal warnings). */
export function hostileArchive(): string {
  return fixtureArchive({ [HOSTILE_ISSUE_FILE]: hostileArchiveIssue() });
}
