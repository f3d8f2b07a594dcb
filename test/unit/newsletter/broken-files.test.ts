// Issue 12's table of broken files: each row is the real issue 56, saved as a new issue 57 beside it, with one
// realistic editor mistake. Every row is judged as check-issue judges a file (assembleArchive over the archive's
// files in name order, the new one among them) and must give its severity, message and line; a file that is still
// published must keep every paper, its titles and DOIs intact.
import { Buffer } from 'node:buffer';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArchive } from '../../../src/lib/archive/load-archive.ts';
import { assembleArchive, type ArchiveContext, type FileReport, type Issue } from '../../../src/lib/newsletter/archive.ts';
import type { Diagnostic } from '../../../src/lib/newsletter/types.ts';
import { escapeRegExp } from '../../../src/lib/text/regexp.ts';
import { fixtureArchive } from '../../helpers/fixture-archive.ts';
import { derivedIssue } from '../../helpers/fixture-issues.ts';
import { numberedEntries } from '../../helpers/numbered-entries.ts';
import { realJournals } from '../../helpers/registry.ts';
import { encode, lineOf, seedText, withoutLines } from '../../helpers/seed.ts';

const DIR = 'content/issues/';
const SEED_NAME = '2026-06-25-056.txt';
// The new file's name sorts after issue 56's; EARLY_NAME sorts before it (cross-file checks must not care).
const NEW_NAME = '2026-07-02-057.txt';
const EARLY_NAME = '057.txt';

const seed = seedText();
const base = derivedIssue(57, '2026-07-02');
const journals = realJournals();
// Tags never produce a diagnostic: tagging is left out to keep ~60 rows fast (the loadArchive test below covers it).
const context: ArchiveContext = { journals, tag: () => ({ modalities: [], diseases: [] }) };

/** Titles of the papers as the text starts them, so each row can find its paper by a unique anchor. */
const TITLE = {
  1: '1. 临床元数据',
  2: '2. 高危儿童',
  3: '3. FetalCLIP',
  4: '4. MRI与超声',
  5: '5. 利用可解释AI',
  6: '6. 注意力引导',
} as const;
type Order = keyof typeof TITLE;


/**
 * Replaces the first match of `find` at or after `anchor`; fails loudly when nothing changes, so no row can be the
 * untouched text by accident.
 */
function edit(text: string, find: string | RegExp, replacement: string, anchor = ''): string {
  const start = text.indexOf(anchor);
  if (start < 0) throw new Error(`anchor '${anchor}' not found`);
  const tail = text.slice(start);
  const changed = tail.replace(find, replacement);
  if (changed === tail) throw new Error(`'${String(find)}' not found after '${anchor}'`);
  return text.slice(0, start) + changed;
}

/** 1-based number of the first line at or after line `from` that is exactly `line`. */
function lineIs(text: string, line: string, from = 1): number {
  const index = text.split(/\r\n|\r|\n/).findIndex((l, i) => i + 1 >= from && l === line);
  if (index < 0) throw new Error(`no line '${line}'`);
  return index + 1;
}

/** A section marker line of one paper. */
const markerOf = (text: string, marker: string, paper: Order): number => lineIs(text, marker, lineOf(text, TITLE[paper]));

/** 1-based column (in characters, as an editor's cursor counts) of `needle` on its line. */
function columnOf(text: string, needle: string): number {
  const line = text.split('\n')[lineOf(text, needle) - 1] ?? '';
  return [...line.slice(0, line.indexOf(needle))].length + 1;
}

/** The DOI link line of paper `order` in `text`, e.g. `[3] https://doi.org/10.1038/…`. */
function linkOf(text: string, order: Order): string {
  const line = text.split('\n').find((l) => l.startsWith(`[${order}] https://doi.org/`));
  if (!line) throw new Error(`no link for paper ${order}`);
  return line;
}
const doiOf = (text: string, order: Order): string => linkOf(text, order).replace(/^\[\d\] https:\/\/doi\.org\//, '');

/** Titles and DOIs as the text writes them, read without the parser: what a published file must keep. */
function papersAsWritten(text: string): { titleZh: string; titleEn: string; doi: string }[] {
  const lines = text.split('\n');
  const titles = lines.flatMap((l) => /^\d\. (.+)$/.exec(l)?.[1] ?? []);
  const titlesEn = lines.flatMap((l) => /^英文标题:(.+)$/.exec(l)?.[1] ?? []);
  const dois = lines.flatMap((l) => /^\[\d\] https:\/\/doi\.org\/(\S+)$/.exec(l)?.[1]?.toLowerCase() ?? []);
  return titles.map((titleZh, i) => ({ titleZh, titleEn: titlesEn[i] ?? '', doi: dois[i] ?? '' }));
}

const toFullWidth = (text: string): string => text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** GBK bytes of `text`, built from Node's own GBK decoder (no encoder ships with Node). */
function gbk(text: string): Uint8Array {
  const decoder = new TextDecoder('gbk');
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && char !== '\uFFFD' && !table.has(char)) table.set(char, [lead, trail]);
    }
  }
  return new Uint8Array([...text].flatMap((c) => (c.charCodeAt(0) < 0x80 ? [c.charCodeAt(0)] : (table.get(c) ?? [0x3f]))));
}

/** UTF-8 of `text` with the character at `needle` replaced by `bytes` (bytes no text can hold, such as a surrogate). */
function bytesAt(text: string, needle: string, bytes: number[]): Uint8Array {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`'${needle}' not found`);
  return new Uint8Array([...encode(text.slice(0, i)), ...bytes, ...encode(text.slice(i + 1))]);
}

interface Row {
  name: string;
  /** The file under check as an editor's text editor shows it: lines are counted in it. */
  text: string;
  /** The file's bytes when the mistake is in the encoding; otherwise the UTF-8 of `text`. */
  bytes?: Uint8Array;
  /** Name in content/issues/; NEW_NAME unless the row is about name order. */
  file?: string;
  /** The rest of the archive: issue 56 as published unless said otherwise. */
  archive?: Record<string, string>;
  severity: 'error' | 'warning' | 'clean';
  message?: RegExp;
  line?: number;
  /** For conflicts between files: the error the other file gets, naming this one. */
  elsewhere?: { file: string; line: number; message: RegExp };
  /** The text whose papers a published file must keep (titles, DOIs); `base` unless said otherwise. */
  pristine?: string;
  /** Where text ended up, for rows whose text is published though a marker was broken. */
  then?: (issue: Issue) => void;
}

const row = (name: string, text: string, expected: (text: string) => Omit<Row, 'name' | 'text'>): Row => ({ name, text, ...expected(text) });

function judge(r: Row): { report: FileReport; reports: FileReport[] } {
  const files: Record<string, string | Uint8Array> = { ...(r.archive ?? { [SEED_NAME]: seed }), [r.file ?? NEW_NAME]: r.bytes ?? r.text };
  // As loadArchive gives them: the archive's files in name order.
  const sources = Object.keys(files)
    .sort()
    .map((name) => {
      const content = files[name] ?? '';
      return { file: DIR + name, bytes: typeof content === 'string' ? encode(content) : content };
    });
  const reports = assembleArchive(sources, context);
  const report = reports.find((x) => x.file === DIR + (r.file ?? NEW_NAME));
  if (!report) throw new Error('no report for the file under check');
  return { report, reports };
}

function expectFinding(found: readonly Diagnostic[], message: RegExp | undefined, line: number | undefined): void {
  const match = found.find((d) => message?.test(d.message));
  expect(match, `nothing matches ${String(message)} in ${JSON.stringify(found, null, 1)}`).toBeDefined();
  expect(match?.line, match?.message).toBe(line);
}

const seedLink = (order: Order): number => lineOf(seed, linkOf(seed, order));
const seedDoi = (order: Order): string => doiOf(seed, order);

// ---------------------------------------------------------------------------------------------------------------
// 1. Duplicates in another file: an error in the new file naming the other's file:line, whichever name sorts first.
const crossFile: Row[] = [
  ...[NEW_NAME, EARLY_NAME].map((file) =>
    row(`issue number of another file (new file sorts ${file === NEW_NAME ? 'after' : 'before'} it)`, edit(base, '第57期', '第56期'), (t) => ({
      file,
      severity: 'error',
      message: new RegExp(`^issue 56 is also in ${escapeRegExp(DIR + SEED_NAME)}:1: each issue number belongs to one file`),
      line: lineOf(t, '第56期'),
      elsewhere: { file: SEED_NAME, line: lineOf(seed, '第56期'), message: new RegExp(`^issue 56 is also in ${escapeRegExp(DIR + file)}:${lineOf(t, '第56期')}:`) },
    })),
  ),
  ...[
    [NEW_NAME, 3, (doi: string) => `https://doi.org/${doi}`],
    [EARLY_NAME, 5, (doi: string) => `doi:${doi.toUpperCase()}`],
  ].map(([file, order, write]) => {
    const o = order as Order;
    const written = (write as (doi: string) => string)(seedDoi(o));
    return row(`DOI of another file as ${written} (new file sorts ${file === NEW_NAME ? 'after' : 'before'} it)`, edit(base, linkOf(base, o), `[${o}] ${written}`), (t) => ({
      file: file as string,
      severity: 'error',
      message: new RegExp(`^DOI ${escapeRegExp(seedDoi(o))} is also paper 56-${o} \\(${escapeRegExp(DIR + SEED_NAME)}:${seedLink(o)}\\)`),
      line: lineOf(t, `[${o}] ${written}`),
      elsewhere: { file: SEED_NAME, line: seedLink(o), message: new RegExp(`is also paper 57-${o} \\(${escapeRegExp(DIR + (file as string))}:${lineOf(t, `[${o}] ${written}`)}\\)`) },
    }));
  }),
];

// ---------------------------------------------------------------------------------------------------------------
// 2. DOIs in disguise: read in canonical form (so the paper keeps its DOI) with a warning saying what was cleaned.
const disguise = (name: string, order: Order, written: (doi: string) => string, cleaned: RegExp): Row => {
  const link = `[${order}] ${written(doiOf(base, order))}`;
  return row(`DOI with ${name}`, edit(base, linkOf(base, order), link), (t) => ({
    severity: 'warning',
    message: new RegExp(`^paper ${order}'s DOI had .*${cleaned.source}.*: read as ${escapeRegExp(doiOf(base, order).toLowerCase())}, the form links`),
    line: lineOf(t, link),
  }));
};
const hyphens = (dash: string) => (doi: string) => `https://doi.org/${doi.replace(/-/g, dash)}`;
const dois: Row[] = [
  disguise('?utm_source=wechat', 1, (d) => `https://doi.org/${d}?utm_source=wechat`, /URL query '\?utm_source=wechat'/),
  disguise('?utm_source=wechat&utm_medium=social', 2, (d) => `https://doi.org/${d}?utm_source=wechat&utm_medium=social`, /URL query '\?utm_source=wechat&utm_medium=social'/),
  disguise('#abstract', 3, (d) => `https://doi.org/${d}#abstract`, /fragment '#abstract'/),
  disguise('a trailing straight quote', 4, (d) => `https://doi.org/${d}"`, /trailing '"'/),
  disguise('curly quotes around it', 5, (d) => `“https://doi.org/${d}”`, /trailing '”'/),
  disguise('a trailing full stop', 6, (d) => `https://doi.org/${d}.`, /trailing '\.'/),
  disguise('a trailing 。', 1, (d) => `doi:${d}。`, /trailing '。'/),
  disguise('a trailing slash', 2, (d) => `https://doi.org/${d}/`, /trailing '\/'/),
  disguise('quotes around the whole link', 3, (d) => `"https://doi.org/${d}"`, /leading '"', trailing '"'/),
  disguise('U+2010 hyphens', 2, hyphens('\u2010'), /look-alike hyphens/),
  disguise('U+2011 non-breaking hyphens', 3, hyphens('\u2011'), /look-alike hyphens/),
  disguise('U+2013 en dashes', 4, hyphens('\u2013'), /look-alike hyphens/),
  disguise('U+2212 minus signs', 5, hyphens('\u2212'), /look-alike hyphens/),
  disguise('full-width hyphens －', 6, hyphens('\uFF0D'), /full-width characters/),
  disguise('full-width characters throughout', 1, (d) => toFullWidth(`https://doi.org/${d}`), /full-width characters/),
  // In disguise and someone else's: the canonical form is what duplicate checks compare.
  row('DOI of another file in disguise (U+2010 hyphens, ?utm_source, #abstract)', edit(base, linkOf(base, 2), `[2] https://doi.org/${seedDoi(2).replace(/-/g, '\u2010')}?utm_source=wechat#abstract`), (t) => ({
    file: EARLY_NAME,
    severity: 'error',
    message: new RegExp(`^DOI ${escapeRegExp(seedDoi(2))} is also paper 56-2 \\(${escapeRegExp(DIR + SEED_NAME)}:${seedLink(2)}\\)`),
    line: lineOf(t, '[2] https://doi.org/'),
    elsewhere: { file: SEED_NAME, line: seedLink(2), message: new RegExp(`is also paper 57-2 \\(${escapeRegExp(DIR + EARLY_NAME)}:${lineOf(t, '[2] https://doi.org/')}\\)`) },
  })),
  row('DOI of another file with full-width characters and a trailing quote', edit(base, linkOf(base, 4), `[4] ${toFullWidth(`doi:${seedDoi(4)}`)}’`), (t) => ({
    severity: 'error',
    message: new RegExp(`^DOI ${escapeRegExp(seedDoi(4))} is also paper 56-4 \\(${escapeRegExp(DIR + SEED_NAME)}:${seedLink(4)}\\)`),
    line: lineOf(t, '[4] ｄｏｉ'),
  })),
  row('DOI of another file written doi.org/… without https:// and with a trailing slash', edit(base, linkOf(base, 1), `[1] doi.org/${seedDoi(1)}/`), (t) => ({
    severity: 'error',
    message: new RegExp(`^DOI ${escapeRegExp(seedDoi(1))} is also paper 56-1 \\(${escapeRegExp(DIR + SEED_NAME)}:${seedLink(1)}\\)`),
    line: lineOf(t, '[1] doi.org/'),
  })),
  row('DOI of paper 5 again for paper 6, with en dashes and #abstract', edit(base, linkOf(base, 6), `[6] https://doi.org/${doiOf(base, 5).replace(/-/g, '\u2013')}#abstract`), (t) => ({
    severity: 'error',
    message: new RegExp(`^DOI ${escapeRegExp(doiOf(base, 5))} of paper 6 is already paper 5's \\(line ${lineOf(t, linkOf(base, 5))}\\)`),
    line: lineOf(t, '[6] https://doi.org/'),
  })),
];

// ---------------------------------------------------------------------------------------------------------------
// 3. Broken section markers: never silent. Where the file is still published, the text's new place is asserted.
const commentaryOf = (issue: Issue, order: Order): string => issue.papers[order - 1]?.commentary.join('\n') ?? '';
const summaryOf = (issue: Issue, order: Order): string => issue.papers[order - 1]?.summary.map((p) => p.text).join('\n') ?? '';
const abstractOf = (issue: Issue, order: Order): string => issue.papers[order - 1]?.abstract.map((p) => p.text).join('\n') ?? '';
const brokenMarker = (marker: string, written: string, order: Order, meant: string, then: (issue: Issue) => void): Row =>
  row(`'${written.replace(/\u200B/g, '<ZWSP>').replace(/\u3000/g, '<U+3000>')}' for ${marker} (paper ${order})`, edit(base, new RegExp(`^${marker}$`, 'm'), written, TITLE[order]), (t) => ({
    severity: 'warning',
    message: new RegExp(`looks like the section marker '${meant}' but is not one, so it was read as text of paper ${order}'s`),
    line: markerOf(t, written, order),
    then,
  }));
const markers: Row[] = [
  brokenMarker('英文原摘要', '英文 原摘要', 1, '英文原摘要', (issue) => {
    expect(abstractOf(issue, 1)).toBe('');
    expect(commentaryOf(issue, 1)).toContain('PURPOSE: To develop and validate a multimodal deep learning framework');
  }),
  brokenMarker('英文原摘要', '英文\u3000原摘要', 5, '英文原摘要', (issue) => {
    expect(commentaryOf(issue, 5)).toContain('Heart failure (HF) affects 11.8% of adults');
  }),
  brokenMarker('本刊点评', '本刊\u200B点评', 2, '本刊点评', (issue) => {
    expect(commentaryOf(issue, 2)).toBe('');
    expect(summaryOf(issue, 2)).toContain('这篇研究给了一个很重要的反直觉结果');
  }),
  brokenMarker('英文原摘要', 'Abstract', 3, '英文原摘要', (issue) => {
    expect(abstractOf(issue, 3)).toBe('');
    expect(commentaryOf(issue, 3)).toContain('Foundation models are becoming increasingly effective');
  }),
  brokenMarker('本刊点评', '本刊评论', 4, '本刊点评', (issue) => {
    expect(commentaryOf(issue, 4)).toBe('');
    expect(summaryOf(issue, 4)).toContain('这类Meta分析的现实意义');
  }),
  brokenMarker('本刊点评', 'Comment:', 6, '本刊点评', (issue) => {
    expect(summaryOf(issue, 6)).toContain('公平性如果只靠后处理约束');
  }),
  brokenMarker('英文原摘要', '英文元摘要', 4, '英文原摘要', (issue) => {
    expect(commentaryOf(issue, 4)).toContain('BACKGROUND: Axillary lymph node metastasis');
  }),
  brokenMarker('本刊点评', '【本刊点评】', 1, '本刊点评', (issue) => {
    expect(summaryOf(issue, 1)).toContain('这类多模态肺癌工作说明');
  }),
  brokenMarker('英文原摘要', '**英文原摘要**', 2, '英文原摘要', (issue) => {
    expect(commentaryOf(issue, 2)).toContain('This study aimed to evaluate the prognostic value');
  }),
  brokenMarker('原文', '原\u200B文', 3, '原文', (issue) => {
    // The [3] link still carries the paper's DOI; the marker line itself stays in the abstract, warned.
    expect(issue.papers[2]?.doi).toBe(doiOf(base, 3).toLowerCase());
  }),
  row('本刊点评 marker missing (paper 5)', withoutLines(base, (l, i) => l === '本刊点评' && i + 1 > lineOf(base, TITLE[5]) && i + 1 < lineOf(base, TITLE[6])), (t) => ({
    severity: 'warning',
    message: /^paper 5's 中文摘要 goes on after 结论 with an unlabelled paragraph: is the '本刊点评' marker before it missing/,
    line: markerOf(t, '中文摘要', 5),
    then: (issue) => {
      expect(commentaryOf(issue, 5)).toBe('');
      expect(issue.papers[4]?.summary.at(-1)).toEqual({ label: null, text: expect.stringMatching(/^虽然这不是影像研究/) as unknown });
    },
  })),
  row('英文原摘要 marker missing (paper 6)', withoutLines(base, (l, i) => l === '英文原摘要' && i + 1 > lineOf(base, TITLE[6])), (t) => ({
    severity: 'warning',
    message: /^paper 6's 本刊点评 is mostly English: is the '英文原摘要' marker before the English abstract missing or misspelt\?/,
    line: markerOf(t, '本刊点评', 6),
    then: (issue) => {
      expect(abstractOf(issue, 6)).toBe('');
      expect(commentaryOf(issue, 6)).toContain('Artificial intelligence (AI) has shown promise in dermatology');
    },
  })),
  // Before 中文摘要 only fields may stand: a broken or missing marker there is an error, not text.
  row("'中文 摘要' for 中文摘要 (paper 3)", edit(base, /^中文摘要$/m, '中文 摘要', TITLE[3]), (t) => ({
    severity: 'error',
    message: /^unexpected line in paper 3 before its 中文摘要: .*found '中文 摘要' \(did you mean '中文摘要'\?\)/,
    line: lineOf(t, '中文 摘要'),
  })),
  row('中文摘要 marker missing (paper 2)', withoutLines(base, (l, i) => l === '中文摘要' && i + 1 > lineOf(base, TITLE[2]) && i + 1 < lineOf(base, TITLE[3])), (t) => ({
    severity: 'error',
    message: /^unknown field '目的' in paper 2 before its 中文摘要/,
    line: lineOf(t, '目的:', lineOf(t, TITLE[2])),
  })),
];

// ---------------------------------------------------------------------------------------------------------------
// 4. Code points XML forbids, and other control characters: an error naming line and column.
const illegal = (name: string, char: string, needle: string, message: (column: number) => RegExp): Row =>
  row(name, edit(base, needle, `${needle.slice(0, 2)}${char}${needle.slice(2)}`), (t) => ({
    severity: 'error',
    message: message(columnOf(t, char)),
    line: lineOf(t, char),
  }));
const characters: Row[] = [
  illegal('U+FFFE in a comment', '\uFFFE', '胎儿超声长期受制于', (c) => new RegExp(`U\\+FFFE at column ${c}, a code point that is not a character`)),
  illegal('U+FFFF in an English title', '\uFFFF', 'Attention guided fair', (c) => new RegExp(`U\\+FFFF at column ${c}, a code point that is not a character`)),
  illegal('U+0001 in a summary', '\u0001', '目的:总结MRI', (c) => new RegExp(`control character \\(U\\+0001, column ${c}\\)`)),
  illegal("U+000B (Word's line break) in an abstract", '\u000B', 'Foundation models are', (c) => new RegExp(`control character \\(U\\+000B, column ${c}\\)`)),
  row('NUL byte in a title', edit(base, 'FetalCLIP:用于', 'FetalCLIP:\u0000用于'), (t) => ({
    severity: 'error',
    message: new RegExp(`control character \\(U\\+0000, column ${columnOf(t, '\u0000')}\\)`),
    line: lineOf(t, '\u0000'),
  })),
  // A lone surrogate cannot be in a JS string, but its bytes (ED A0 80) can be in a file.
  row('lone surrogate bytes (ED A0 80) in a comment', base, (t) => ({
    bytes: bytesAt(t, '胎', [0xed, 0xa0, 0x80]),
    severity: 'error',
    message: /this line is not valid UTF-8 text/,
    line: lineOf(t, '胎'),
  })),
];

// ---------------------------------------------------------------------------------------------------------------
// 5. Full-width numbering and brackets, Key Points lists: accepted, every paper intact.
const keyPoints = ['1. AI models reach moderate accuracy.', '2. External validation is rare.', '3. Prospective trials are needed.'].join('\n');
const accepted: Row[] = [
  row('full-width numbering １．', base.replace(/^(\d)\. /gm, (_m, n: string) => `${toFullWidth(n)}．`), () => ({ severity: 'clean' })),
  row('full-width link brackets ［2］', base.replace(/^\[(\d)\] /gm, '［$1］'), () => ({ severity: 'clean' })),
  row('link numbers in 【】 and （）, doi.org/… without https://', base.replace(/^\[(\d)\] https:\/\/doi\.org\//gm, (_m, n: string) => (n === '2' ? `（${n}）doi.org/` : `【${n}】 https://doi.org/`)), () => ({ severity: 'clean' })),
  row('full-width digits in numbering, brackets and header (２．, ［２］, 第５７期)', base.replace(/^(\d)\. /gm, (_m, n: string) => `${toFullWidth(n)}. `).replace(/^\[(\d)\]/gm, (_m, n: string) => `［${toFullWidth(n)}］`).replace('第57期', '第５７期'), () => ({ severity: 'clean' })),
  row('Key Points 1./2./3. closing an abstract (paper 4)', edit(base, /^原文$/m, `${keyPoints}\n原文`, TITLE[4]), () => ({
    severity: 'clean',
    then: (issue) => expect(abstractOf(issue, 4)).toMatch(/External validation is rare\.\n3\. Prospective trials are needed\.$/),
  })),
  row('Key Points 1./2./3. closing an abstract that has no label (paper 3)', edit(base, /^原文$/m, `${keyPoints}\n原文`, TITLE[3]), () => ({
    severity: 'clean',
    then: (issue) => expect(abstractOf(issue, 3)).toContain('2. External validation is rare.'),
  })),
  row('要点 1、2、3、 closing a summary after 结论 (paper 1)', edit(base, /^本刊点评$/m, '要点:\n1、多模态模型优于单模态。\n2、外部验证AUC仍不高。\n3、需要前瞻性验证。\n本刊点评', TITLE[1]), () => ({
    severity: 'clean',
    then: (issue) => {
      expect(summaryOf(issue, 1)).toContain('2、外部验证AUC仍不高。');
      expect(commentaryOf(issue, 1)).toMatch(/^这类多模态肺癌工作/);
    },
  })),
  row('Key Points 1./2./3. closing a summary after 结论 (paper 2)', edit(base, /^本刊点评$/m, `${keyPoints}\n本刊点评`, TITLE[2]), () => ({
    severity: 'clean',
    then: (issue) => expect(summaryOf(issue, 2)).toContain('3. Prospective trials are needed.'),
  })),
];

// ---------------------------------------------------------------------------------------------------------------
// 6. An unknown journal that folds to a registered journal's slug must get a page of its own.
const registeredSlugs = new Set(journals.entries.map((j) => j.slug));
const slugRow = (written: string): Row =>
  row(`unknown journal '${written}' folding to a registered slug`, edit(base, '期刊:European Radiology', `期刊:${written}`), (t) => ({
    severity: 'warning',
    message: new RegExp(`^journal '${written}' is not in content/journals\\.yaml; kept as written`),
    line: lineOf(t, `期刊:${written}`),
    then: (issue) => {
      const journal = issue.papers[3]?.journal;
      expect(journal).toMatchObject({ name: written, known: false });
      expect(registeredSlugs.has(journal?.slug ?? '')).toBe(false);
    },
  }));
const journalRows: Row[] = [slugRow('Radiologý'), slugRow('Rádiology'), slugRow('European Radiologý')];

// ---------------------------------------------------------------------------------------------------------------
// 7. Implausible headers.
const issue55 = derivedIssue(55, '2026-07-02');
const header = (name: string, from: string, to: string, expected: (t: string) => Omit<Row, 'name' | 'text'>): Row => row(name, edit(base, from, to), expected);
const implausible: Row[] = [
  header('year 0000', '2026年7月2日', '0000年1月1日', (t) => ({ severity: 'warning', message: /^the date 0000-01-01 is outside 2015–\d{4}: check the header's year/, line: lineOf(t, '0000年') })),
  header('year 9999', '2026年7月2日', '9999年12月31日', (t) => ({ severity: 'warning', message: /^the date 9999-12-31 is outside 2015–\d{4}/, line: lineOf(t, '9999年') })),
  header('issue number 0', '第57期', '第0期', (t) => ({ severity: 'error', message: /^issue number 0: issues are numbered from 1/, line: lineOf(t, '第0期') })),
  header('issue 57 dated before issue 56', '2026年7月2日', '2026年6月18日', (t) => ({
    severity: 'warning',
    message: new RegExp(`^issue 57 is dated 2026-06-18, before issue 56 \\(2026-06-25, ${escapeRegExp(DIR + SEED_NAME)}:1\\)`),
    line: lineOf(t, '第57期'),
  })),
  { ...row('issue 55 dated after issue 56', issue55, (t) => ({ severity: 'warning', message: new RegExp(`^issue 55 is dated 2026-07-02, after issue 56 \\(2026-06-25, ${escapeRegExp(DIR + SEED_NAME)}:1\\)`), line: lineOf(t, '第55期') })), file: '2026-07-02-055.txt', pristine: issue55 },
  header('two issues on one date', '2026年7月2日', '2026年6月25日', (t) => ({
    severity: 'warning',
    message: new RegExp(`^issue 57 has the same date 2026-06-25 as issue 56 \\(${escapeRegExp(DIR + SEED_NAME)}:1\\)`),
    line: lineOf(t, '第57期'),
  })),
];

// ---------------------------------------------------------------------------------------------------------------
// 8. Sizes: a huge field or file warns, a file over 5 MB is refused.
const abstract3 = base.split('\n')[lineIs(base, '英文原摘要', lineOf(base, TITLE[3]))] ?? '';
const MB = 1024 * 1024;
const sizes: Row[] = [
  row('an abstract pasted over and over (field over 20,000 characters)', edit(base, abstract3, Array(Math.floor(20_000 / abstract3.length) + 1).fill(abstract3).join('\n')), (t) => ({
    severity: 'warning',
    message: /^paper 3's 英文原摘要 is \d+ characters, more than 20000/,
    line: lineOf(t, TITLE[3]),
  })),
  row('an image pasted as 1.2 MB of base64 (file over 1 MB)', edit(base, /\n/, `\ndata:image/png;base64,${'iVBORw0KGgo'.repeat(Math.ceil((1.2 * MB) / 11))}\n`), (t) => ({
    severity: 'warning',
    message: /^the file is 1\.\d MB, far more than an issue/,
    line: lineOf(t, '第57期'),
  })),
  row('a 5.5 MB file', `${base}\n${'填充文字。'.repeat(Math.ceil((5.5 * MB) / 15))}`, (t) => ({
    severity: 'error',
    message: /^the file is 5\.\d MB; an issue is a few tens of KB and files over 5\.0 MB are refused/,
    line: lineOf(t, '第57期'),
  })),
];

// ---------------------------------------------------------------------------------------------------------------
// 9. Encodings and truncation: errors on the line where the file stops being UTF-8 text (or a paper).
const cutInComment = base.slice(0, base.indexOf('把临床'));
const encodings: Row[] = [
  row('truncated between characters, in the middle of paper 6', cutInComment, (t) => ({
    severity: 'error',
    message: new RegExp(`^the file ends in the middle of paper 6 \\(line ${lineOf(t, TITLE[6])}\\): its DOI link is missing`),
    line: t.split('\n').length,
  })),
  row('truncated inside a character', cutInComment, (t) => ({
    bytes: new Uint8Array([...encode(t), ...encode('把').slice(0, 2)]),
    severity: 'error',
    message: /^this line is not valid UTF-8 text/,
    line: t.split('\n').length,
  })),
  row('GBK bytes', base, (t) => ({ bytes: gbk(t), severity: 'error', message: /^this line is not valid UTF-8 text; save the issue file as UTF-8 \(without a legacy encoding such as GBK\)/, line: lineOf(t, '第57期') })),
  row('UTF-16 LE with BOM', base, (t) => ({ bytes: new Uint8Array(Buffer.from(`\uFEFF${t}`, 'utf16le')), severity: 'error', message: /not valid UTF-8 text/, line: lineOf(t, '第57期') })),
  row('UTF-16 BE without BOM', base, (t) => ({ bytes: new Uint8Array(Buffer.from(t, 'utf16le').swap16()), severity: 'error', message: /not valid UTF-8 text|control character/, line: lineOf(t, '第57期') })),
  row('broken UTF-8: a byte lost from a character of a summary', base, (t) => ({
    bytes: bytesAt(t, '腋', [...encode('腋')].slice(0, 2)),
    severity: 'error',
    message: /^this line is not valid UTF-8 text/,
    line: lineOf(t, '腋'),
  })),
  row('broken UTF-8: a stray 0xFF in a title', base, (t) => ({
    bytes: bytesAt(t, '胎', [0xff]),
    severity: 'error',
    message: /^this line is not valid UTF-8 text/,
    line: lineOf(t, '胎'),
  })),
];

// ---------------------------------------------------------------------------------------------------------------
// 10. What editors' tools produce: must pass with no error and no warning.
const clean: Row[] = [
  { ...row('issue 56 as published, alone', seed, () => ({ severity: 'clean' })), file: SEED_NAME, archive: {}, pristine: seed },
  row('issue 57 beside issue 56, untouched', base, () => ({ severity: 'clean' })),
  row('CRLF line ends', base.replace(/\n/g, '\r\n'), () => ({ severity: 'clean' })),
  row('old Mac CR line ends', base.replace(/\n/g, '\r'), () => ({ severity: 'clean' })),
  row('a UTF-8 BOM', `\uFEFF${base}`, () => ({ severity: 'clean' })),
  row('trailing spaces, tabs and ideographic spaces', base.replace(/\n/g, ' \t\u3000\n'), () => ({ severity: 'clean' })),
  row('section markers followed by a colon (英文原摘要:, 本刊点评：)', base.replace(/^英文原摘要$/gm, '英文原摘要:').replace(/^本刊点评$/gm, '本刊点评：'), () => ({ severity: 'clean' })),
  row('full-width ： and ｜', base.replace(/^(期刊|英文标题):/gm, '$1：').replace('第57期|', '第57期｜'), () => ({ severity: 'clean' })),
];

const table: Row[] = [...crossFile, ...dois, ...markers, ...characters, ...accepted, ...journalRows, ...implausible, ...sizes, ...encodings, ...clean];

describe('broken files (issue 12): severity, message and line of each editor mistake', () => {
  it.each(table)('$name', (r) => {
    const { report, reports } = judge(r);
    if (r.severity === 'error') {
      expect(report.ok).toBe(false);
      expect(report.issue).toBeNull();
      expectFinding(report.errors, r.message, r.line);
      if (r.elsewhere) expectFinding(reports.find((x) => x.file === DIR + r.elsewhere?.file)?.errors ?? [], r.elsewhere.message, r.elsewhere.line);
      return;
    }
    expect(report.errors).toEqual([]);
    expect(report.ok).toBe(true);
    if (r.severity === 'warning') expectFinding(report.warnings, r.message, r.line);
    else expect(report.warnings).toEqual([]);
    // Published: no paper dropped, merged or garbled.
    const issue = report.issue;
    if (!issue) throw new Error('a published file has its issue');
    expect(issue.papers).toHaveLength(numberedEntries(r.text));
    expect(issue.papers.map(({ titleZh, titleEn, doi }) => ({ titleZh, titleEn, doi }))).toEqual(papersAsWritten(r.pristine ?? base));
    r.then?.(issue);
  });

  it('covers every class of issue 12 with at least one row', () => {
    expect(table.filter((r) => r.severity === 'clean').length).toBeGreaterThanOrEqual(10);
    expect(new Set(table.map((r) => r.name)).size).toBe(table.length);
    for (const rows of [crossFile, dois, markers, characters, accepted, journalRows, implausible, sizes, encodings, clean]) expect(rows.length).toBeGreaterThan(0);
  });
});

describe('the table judges files as check-issue does', () => {
  // check-issue calls loadArchive(contentDir, [file]); the table calls assembleArchive directly. Same findings.
  const sample = ['DOI of another file in disguise (U+2010 hyphens, ?utm_source, #abstract)', "'英文 原摘要' for 英文原摘要 (paper 1)", 'GBK bytes', 'issue 57 dated before issue 56'];
  it.each(sample)('%s', (name) => {
    const r = table.find((x) => x.name === name);
    if (!r) throw new Error(`no row ${name}`);
    const file = r.file ?? NEW_NAME;
    const content = fixtureArchive({ [SEED_NAME]: seed, [file]: r.bytes ?? r.text });
    const path = join(content, 'issues', file);
    const loaded = loadArchive(content, [path]).reports.find((x) => x.file === path);
    const strip = (d: Diagnostic[]) => d.map(({ line, message }) => ({ line, message: message.replaceAll(join(content, 'issues') + '/', DIR) }));
    const { report } = judge(r);
    expect(loaded?.ok).toBe(report.ok);
    expect(strip(loaded?.errors ?? [])).toEqual(strip(report.errors));
    expect(strip(loaded?.warnings ?? [])).toEqual(strip(report.warnings));
  });
});
