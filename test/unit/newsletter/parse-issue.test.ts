import { describe, expect, it } from 'vitest';
import { parseIssue } from '../../../src/lib/newsletter/parse-issue.ts';
import type { ParseOutcome, ParsedIssue } from '../../../src/lib/newsletter/types.ts';
import { encode, lineOf, seedBytes, seedText, withoutLines } from '../../helpers/seed.ts';

const FILE = 'content/issues/x.txt';
const parseText = (text: string): ParseOutcome => parseIssue(encode(text), FILE);

function expectOk(outcome: ParseOutcome): ParsedIssue {
  if (!outcome.ok) throw new Error(`expected ok, got:\n${outcome.errors.map((e) => `${e.line}: ${e.message}`).join('\n')}`);
  return outcome.issue;
}

function expectError(outcome: ParseOutcome, line: number, pattern: RegExp): void {
  expect(outcome.ok, 'expected the file to be rejected').toBe(false);
  if (outcome.ok) return;
  const match = outcome.errors.find((e) => pattern.test(e.message));
  expect(match, `no error matching ${pattern}; got ${JSON.stringify(outcome.errors)}`).toBeDefined();
  expect(match?.line).toBe(line);
  expect(match?.file).toBe(FILE);
}

describe('issue 56 as published', () => {
  const issue = expectOk(parseIssue(seedBytes(), FILE));

  it('reads number, date and six papers in order', () => {
    expect(issue.number).toBe(56);
    expect(issue.date).toBe('2026-06-25');
    expect(issue.papers.map((p) => p.order)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(issue.intro).toEqual([]);
    expect(issue.outro).toEqual([]);
  });

  it('reads the first paper field by field', () => {
    const paper = issue.papers[0];
    expect(paper?.titleZh).toBe('临床元数据与[18F]FDG PET/CT深度融合用于非小细胞肺癌组织学分型:多中心研究');
    expect(paper?.journalAsWritten).toBe('EJNMMI');
    expect(paper?.titleEn).toBe(
      'Deep integration of clinical metadata with [18F]FDG PET/CT imaging for histological subtyping in non-small cell lung cancer: a multi-center study.',
    );
    expect(paper?.summary.map((p) => p.label)).toEqual(['目的', '方法', '结果', '结论']);
    expect(paper?.summary[2]?.text).toMatch(/^在验证集上,多模态模型AUC为0\.894.*FiLM融合将AUC提高到0\.656。$/);
    expect(paper?.commentary).toEqual([
      '这类多模态肺癌工作说明,PET/CT单独看代谢表型常会遇到重叠上限,临床先验的注入不是附加项,而是破局手段。外部AUC仍不算高,但方向是对的。',
    ]);
    expect(paper?.abstract.map((p) => p.label)).toEqual(['PURPOSE', 'METHODS', 'RESULTS', 'CONCLUSION']);
    expect(paper?.abstract[2]?.text).toMatch(/^For histological subtyping of adenocarcinoma.*improving the AUC to 0\.656\.$/);
    expect(paper?.doi).toBe('10.1007/s00259-026-08010-1');
    expect(paper?.line).toBe(2);
    expect(paper?.doiLine).toBe(18);
  });

  it('keeps the journal as written, with its abbreviation', () => {
    expect(issue.papers.map((p) => p.journalAsWritten)).toEqual([
      'EJNMMI',
      'Journal of Nuclear Medicine (JNM)',
      'npj Digital Medicine',
      'European Radiology',
      'npj Digital Medicine',
      'npj Digital Medicine',
    ]);
  });

  it('splits inline abstract labels (Methods:, Results:, Conclusion:) out of one paragraph', () => {
    const abstract = issue.papers[1]?.abstract ?? [];
    expect(abstract.map((p) => p.label)).toEqual([null, 'Methods', 'Results', 'Conclusion']);
    expect(abstract[0]?.text).toMatch(/^This study aimed .*AHOD1331 trial\.$/);
    expect(abstract[3]?.text).toMatch(/^Quantitative PET features .*pediatric HL\.$/);
  });

  it('keeps KEY POINTS as its own section and plain abstracts as paragraphs', () => {
    expect(issue.papers[3]?.abstract.map((p) => p.label)).toEqual(['BACKGROUND', 'METHODS', 'RESULTS', 'CONCLUSION', 'KEY POINTS']);
    expect(issue.papers[3]?.abstract[4]?.text).toMatch(/^Question Can artificial intelligence .*before clinical adoption\.$/);
    for (const index of [2, 4, 5]) {
      expect(issue.papers[index]?.abstract).toHaveLength(1);
      expect(issue.papers[index]?.abstract[0]?.label).toBeNull();
    }
    expect(issue.papers[5]?.abstract[0]?.text).toMatch(/^Artificial intelligence \(AI\) has shown promise.*equitable and reliable diagnostic tools\.$/);
  });

  it('normalises every DOI', () => {
    expect(issue.papers.map((p) => p.doi)).toEqual([
      '10.1007/s00259-026-08010-1',
      '10.2967/jnumed.125.270791',
      '10.1038/s41746-026-02907-9',
      '10.1007/s00330-026-12682-6',
      '10.1038/s41746-026-02835-8',
      '10.1038/s41746-026-02897-8',
    ]);
  });
});

describe('accepts what editors’ tools produce', () => {
  const seed = seedText();
  const reference = expectOk(parseText(seed));
  const essentials = (issue: ParsedIssue) =>
    issue.papers.map((p) => ({ order: p.order, titleZh: p.titleZh, titleEn: p.titleEn, journal: p.journalAsWritten, doi: p.doi, summary: p.summary }));

  it.each([
    ['a UTF-8 BOM', `\uFEFF${seed}`],
    ['CRLF line ends', seed.replace(/\n/g, '\r\n')],
    ['old Mac CR line ends', seed.replace(/\n/g, '\r')],
    ['full-width colons and bar', seed.replace(/^期刊:/gm, '期刊：').replace(/^英文标题:/gm, '英文标题：').replace('第56期|', '第56期｜')],
    ['“3、” numbering', seed.replace(/^(\d)\. /gm, '$1、')],
    ['“3．” numbering without a space', seed.replace(/^(\d)\. /gm, '$1．')],
    ['extra blank lines', `\n\n${seed.replace(/\n/g, '\n\n\n')}\n\n`],
    ['trailing spaces, tabs and ideographic spaces', seed.replace(/\n/g, ' \t\u3000\n')],
    ['spaces around header parts', seed.replace('【医学影像与AI文献快递】第56期|2026年6月25日', '【医学影像与AI文献快递】 第56期 | 2026年6月25日')],
  ])('%s', (_name, text) => {
    expect(essentials(expectOk(parseText(text)))).toEqual(essentials(reference));
  });

  it('doi:10.… and DOI: 10.… instead of a URL', () => {
    const text = seed
      .replace('[1] https://doi.org/10.1007/s00259-026-08010-1', 'doi:10.1007/s00259-026-08010-1')
      .replace('[2] https://doi.org/10.2967/jnumed.125.270791', '[2] DOI: 10.2967/JNUMED.125.270791');
    expect(essentials(expectOk(parseText(text)))).toEqual(essentials(reference));
  });

  it('a paper without 本刊点评', () => {
    const lines = seed.split('\n');
    const start = lines.indexOf('本刊点评');
    lines.splice(start, 2);
    const issue = expectOk(parseText(lines.join('\n')));
    expect(issue.papers).toHaveLength(6);
    expect(issue.papers[0]?.commentary).toEqual([]);
    expect(issue.papers[1]?.commentary).toHaveLength(1);
  });

  it('a paper without 英文原摘要', () => {
    const lines = seed.split('\n');
    const start = lines.indexOf('英文原摘要', lines.indexOf('5. 利用可解释AI建模全天ECG信号预测心力衰竭风险'));
    lines.splice(start, 2);
    const issue = expectOk(parseText(lines.join('\n')));
    expect(issue.papers[4]?.abstract).toEqual([]);
    expect(issue.papers[4]?.commentary).toHaveLength(1);
    expect(issue.papers[5]?.abstract).toHaveLength(1);
  });

  it('a leap day that exists', () => {
    expect(expectOk(parseText(seed.replace('2026年6月25日', '2024年2月29日'))).date).toBe('2024-02-29');
  });

  it('text before the first paper and after the last is kept, not mistaken for papers', () => {
    const text = seed.replace('2026年6月25日\n', '2026年6月25日\n本期导读:六篇论文。\n') + '\n—— 本期完 ——\n';
    const issue = expectOk(parseText(text));
    expect(issue.intro).toEqual(['本期导读:六篇论文。']);
    expect(issue.outro).toEqual(['—— 本期完 ——']);
    expect(issue.papers).toHaveLength(6);
  });
});

describe('rejects malformed issues with file:line and what is expected', () => {
  const seed = seedText();

  it('an empty file', () => {
    expectError(parseIssue(new Uint8Array(), FILE), 1, /file is empty.*expected the header/);
    expectError(parseText('\uFEFF \n\n\t\n'), 1, /file is empty/);
  });

  it('a missing header', () => {
    expectError(parseText(withoutLines(seed, (_l, i) => i === 0)), 1, /missing header: the first line must read like '【医学影像与AI文献快递】第56期\|2026年6月25日'/);
  });

  it.each([
    ['no bar', '【医学影像与AI文献快递】第56期 2026年6月25日'],
    ['no issue number', '【医学影像与AI文献快递】|2026年6月25日'],
    ['no day', '【医学影像与AI文献快递】第56期|2026年6月'],
    ['wrong brand', '【医学影像文献快递】第56期|2026年6月25日'],
  ])('a malformed header: %s', (_name, header) => {
    expectError(parseText(seed.replace('【医学影像与AI文献快递】第56期|2026年6月25日', header)), 1, /malformed header/);
  });

  it.each([
    ['month 13, day 45', '2026年13月45日'],
    ['February 30', '2026年2月30日'],
    ['February 29 in a common year', '2026年2月29日'],
    ['day 0', '2026年6月0日'],
    ['April 31', '2026年4月31日'],
  ])('an impossible date: %s', (_name, date) => {
    expectError(parseText(seed.replace('2026年6月25日', date)), 1, new RegExp(`impossible date ${date}`));
  });

  it('a paper missing 期刊', () => {
    const text = withoutLines(seed, (line) => line === '期刊:European Radiology');
    expectError(parseText(text), lineOf(text, '4. MRI与超声'), /paper 4 has no 期刊 line: expected '期刊:<journal name>'/);
  });

  it('a paper missing 英文标题', () => {
    const text = withoutLines(seed, (line) => line.startsWith('英文标题:FetalCLIP'));
    expectError(parseText(text), lineOf(text, '3. FetalCLIP'), /paper 3 has no 英文标题 line/);
  });

  it('a paper missing its DOI link', () => {
    const text = withoutLines(seed, (line, i) => line.startsWith('[3] ') || (line === '原文' && (seed.split('\n')[i + 1] ?? '').startsWith('[3] ')));
    expectError(parseText(text), lineOf(text, '4. MRI与超声'), /paper 3 \(line \d+\) has no DOI link before paper 4 starts: expected the line '原文'/);
  });

  it('a link that carries no DOI', () => {
    const text = seed.replace('[2] https://doi.org/10.2967/jnumed.125.270791', '[2] https://jnm.snmjournals.org/content/early/2026');
    expectError(parseText(text), lineOf(text, '[2] https://jnm'), /paper 2's link .* has no DOI/);
  });

  it('a file that ends in the middle of a paper', () => {
    const lines = seed.split('\n');
    const cut = lines.indexOf('本刊点评', lines.indexOf('6. 注意力引导的公平皮肤癌诊断AI建模'));
    const text = lines.slice(0, cut).join('\n');
    expectError(parseText(text), cut, /the file ends in the middle of paper 6 \(line \d+\)/);
  });

  it('a numbering gap', () => {
    const text = seed.replace(/^([4-6])\. /gm, (_m, n: string) => `${Number(n) + 1}. `);
    expectError(parseText(text), lineOf(text, '5. MRI与超声'), /paper number 5 follows 3: number 4 is missing; expected 4/);
  });

  it('a repeated number', () => {
    const text = seed.replace('4. MRI与超声', '3. MRI与超声');
    expectError(parseText(text), lineOf(text, '3. MRI与超声'), /paper number 3 repeats \(first at line \d+\): expected 4/);
  });

  it('a first paper not numbered 1', () => {
    const text = seed.replace(/^(\d)\. /gm, (_m, n: string) => `${Number(n) + 1}. `);
    expectError(parseText(text), 2, /paper number 2 follows the header: number 1 is missing/);
  });

  it('the same DOI twice in one issue, compared after normalising', () => {
    const text = seed.replace('[5] https://doi.org/10.1038/s41746-026-02835-8', 'doi:10.1007/S00259-026-08010-1');
    expectError(parseText(text), lineOf(text, 'doi:10.1007/S00259'), /DOI 10\.1007\/s00259-026-08010-1 of paper 5 is already paper 1's \(line 18\)/);
  });

  it('a binary file', () => {
    expectError(parseIssue(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), FILE), 1, /control character \(U\+0003, column 3\)/);
  });

  it('a field line outside any paper', () => {
    const text = seed.replace('1. 临床元数据', '1 临床元数据');
    const outcome = parseText(text);
    expectError(outcome, 3, /'期刊:EJNMMI' before the first paper belongs to no paper/);
  });

  it('a second DOI link for one paper', () => {
    const text = seed.replace('[1] https://doi.org/10.1007/s00259-026-08010-1', '[1] https://doi.org/10.1007/s00259-026-08010-1\n[1] https://doi.org/10.1007/other');
    expectError(parseText(text), 19, /paper 1 already has its DOI link \(line 18\)/);
  });

  it('reports every problem of a file, not only the first', () => {
    const text = withoutLines(seed, (line) => line === '期刊:European Radiology' || line.startsWith('英文标题:FetalCLIP'));
    const outcome = parseText(text);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.errors.map((e) => e.message).join('\n')).toMatch(/paper 3 has no 英文标题[\s\S]*paper 4 has no 期刊/);
  });
});
