// check-issue as editors use it: exit code, file:line on stderr, one JSON array on stdout. The command itself runs
// through npm where its wiring is under test; what it says about files is checked in process (runCheckIssue is the
// whole command but for writing the streams and exiting).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../src/lib/text/regexp.ts';
import { fixtureArchive, tempDir } from '../helpers/fixture-archive.ts';
import { runCheckIssue } from '../../scripts/lib/check-issue-run.ts';
import { runScript } from '../helpers/run-script.ts';
import { lineOf, seedText, withoutLines } from '../helpers/seed.ts';
import { readEvalJson } from '../helpers/eval-cases.ts';

const SEED_FILE = 'content/issues/2026-06-25-056.txt';
const seed = seedText();
const scratch = tempDir('check-issue-');
const write = (name: string, text: string | Uint8Array): string => {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
};
const checkIssue = (args: readonly string[], env: Record<string, string> = {}) => runCheckIssue(args, { ...process.env, ...env });
const renumbered = (text: string, number: number): string => text.replace('第56期|2026年6月25日', `第${number}期|2026年7月2日`);
const freshDois = (text: string): string => text.replace(/https:\/\/doi\.org\/10\./g, 'https://doi.org/10.7');

describe('check-issue', () => {
  it('accepts the seed: exit 0 and the issue as JSON', () => {
    const result = runScript('check-issue', ['--json', SEED_FILE]);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as unknown[];
    expect(report).toHaveLength(1);
    expect(report[0]).toMatchObject({
      file: SEED_FILE,
      ok: true,
      errors: [],
      warnings: [],
      issue: { number: 56, date: '2026-06-25' },
    });
    const papers = (report[0] as { issue: { papers: Record<string, unknown>[] } }).issue.papers;
    expect(papers).toHaveLength(6);
    expect(papers[1]).toMatchObject({
      order: 2,
      doi: '10.2967/jnumed.125.270791',
      titleEn: expect.stringMatching(/^Evaluation of Baseline and Interim-Therapy PET Features/) as unknown,
      journal: { name: 'Journal of Nuclear Medicine', slug: 'jnm', asWritten: 'Journal of Nuclear Medicine (JNM)' },
      hasCommentary: true,
    });
    expect(Object.keys(papers[0] ?? {}).sort()).toEqual(['diseases', 'doi', 'hasCommentary', 'journal', 'modalities', 'order', 'titleEn', 'titleZh'].sort());
  });

  const badCases: [string, string | Uint8Array, string][] = [
    ['empty file', '', 'the file is empty'],
    ['missing header', withoutLines(seed, (_l, i) => i === 0), 'missing header'],
    ['malformed header', seed.replace('第56期|', '第56期 '), 'malformed header'],
    ['impossible date', seed.replace('2026年6月25日', '2026年13月45日'), 'impossible date 2026年13月45日'],
    ['missing 期刊', withoutLines(seed, (l) => l === '期刊:EJNMMI'), 'paper 1 has no 期刊 line'],
    ['missing 英文标题', withoutLines(seed, (l) => l.startsWith('英文标题:Modeling day-long')), 'paper 5 has no 英文标题 line'],
    ['missing DOI link', seed.replace('原文\n[6] https://doi.org/10.1038/s41746-026-02897-8', ''), 'the file ends in the middle of paper 6'],
    ['numbering gap', seed.replace('3. FetalCLIP', '4. FetalCLIP'), 'paper number 4 follows 2: number 3 is missing'],
    ['numbering repeat', seed.replace('3. FetalCLIP', '2. FetalCLIP'), 'paper number 2 repeats'],
    ['DOI twice in the issue', seed.replace('[6] https://doi.org/10.1038/s41746-026-02897-8', '[6] doi:10.1038/S41746-026-02835-8'), 'DOI 10.1038/s41746-026-02835-8 of paper 6 is already paper 5'],
    ['not UTF-8', new Uint8Array([...new TextEncoder().encode('【医学影像与AI文献快递】第56期|2026年6月25日\n'), 0xc4, 0xe3, 0x0a]), 'not valid UTF-8'],
  ];

  it('exits 1 through npm for a broken file, file:line on stderr', () => {
    const file = write('cli-broken.txt', seed.replace('3. FetalCLIP', '4. FetalCLIP'));
    const result = runScript('check-issue', [file]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${file}:${lineOf(seed, '3. FetalCLIP')}: paper number 4 follows 2: number 3 is missing`);
    expect(result.stdout).toBe('');
  });

  it.each(badCases)('rejects %s with file:line on stderr and in JSON', (name, text, message) => {
    const file = write(`${name.replace(/\W+/g, '-')}.txt`, text);
    const result = checkIssue(['--json', file]);
    expect(result.status).toBe(1);
    const [report] = JSON.parse(result.stdout) as { ok: boolean; issue: unknown; errors: { line: number; message: string }[] }[];
    expect(report?.ok).toBe(false);
    expect(report?.issue).toBeNull();
    const error = report?.errors.find((e) => e.message.includes(message));
    expect(error, JSON.stringify(report?.errors)).toBeDefined();
    expect(result.stderr).toContain(`${file}:${error?.line}: ${error?.message}`);
  });

  it('points at the right line for a missing 期刊', () => {
    const text = withoutLines(seed, (l) => l === '期刊:European Radiology');
    const file = write('no-journal.txt', text);
    const result = checkIssue([file]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${file}:${lineOf(text, '4. MRI与超声')}: paper 4 has no 期刊 line`);
    expect(result.stdout).toBe('');
  });

  it('rejects a new issue that repeats a DOI of the archive, even written differently', () => {
    const text = renumbered(freshDois(seed), 57).replace('[3] https://doi.org/10.71038/s41746-026-02907-9', '[3] https://doi.org/10.1038/S41746-026-02907-9');
    const file = write('057.txt', text);
    const result = checkIssue([file]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${file}:${lineOf(text, '[3] https://doi.org/10.1038/S41746')}: DOI 10.1038/s41746-026-02907-9 is also paper 56-3 (${SEED_FILE}:46)`);
  });

  it('rejects a duplicate whatever its name: a file sorting before the archive’s gets the error too', () => {
    const text = renumbered(freshDois(seed), 57).replace('[3] https://doi.org/10.71038/s41746-026-02907-9', '[3] https://doi.org/10.1038/s41746-026-02907-9?utm_source=wechat');
    const file = write('000-first.txt', text);
    const result = checkIssue([file]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${file}:${lineOf(text, '[3] https://doi.org/10.1038/s41746')}: DOI 10.1038/s41746-026-02907-9 is also paper 56-3 (${SEED_FILE}:46)`);
  });

  it('rejects a new file with an issue number the archive has', () => {
    const file = write('056-again.txt', freshDois(seed));
    const result = checkIssue([file]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${file}:1: issue 56 is also in ${SEED_FILE}:1`);
  });

  it('checks several files against each other and reports each', () => {
    const good = write('058.txt', renumbered(freshDois(seed), 58));
    const clash = write('059.txt', renumbered(freshDois(seed), 59));
    const result = checkIssue(['--json', good, clash]);
    expect(result.status).toBe(1);
    const reports = JSON.parse(result.stdout) as { file: string; ok: boolean }[];
    // The two share their DOIs: each is told about the other.
    expect(reports.map((r) => [r.file, r.ok])).toEqual([
      [good, false],
      [clash, false],
    ]);
    expect(result.stderr).toContain(`${good}:`);
    expect(result.stderr).toMatch(new RegExp(`${escapeRegExp(clash)}:\\d+: DOI \\S+ is also paper 58-1 \\(`));
  });

  it.each([
    ['synonyms.yaml', '- [放射组学, radiomics]\n- [只有一个]\n', 'synonyms.yaml:2: 1: a synonym entry lists at least two names'],
    ['stopwords.yaml', 'index: [the]\nquestion: {zh: [吗], en: [How]}\nfiller: {zh: [], en: []}\nfunctionChars: 的\n', 'stopwords.yaml:2: question.en.0: lower-case English words only'],
  ])('names file and line of a broken search data file (%s)', (name, text, message) => {
    const content = fixtureArchive({ '056.txt': seed });
    writeFileSync(join(content, name), text);
    const result = checkIssue([], { ARCHIVE_CONTENT_DIR: content });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${join(content, message)}`);
  });

  it('accepts an issue with an unknown journal, with a warning', () => {
    const file = write('060.txt', renumbered(freshDois(seed), 60).replace('期刊:EJNMMI', '期刊:Journal of Imaginary Radiology'));
    const result = checkIssue(['--json', file]);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain(`${file}:3: warning: journal 'Journal of Imaginary Radiology' is not in content/journals.yaml`);
  });
});

describe('check-issue and tags', () => {
  const expected = readEvalJson<{
    papers: Record<string, { modalities: string[]; diseases: string[] }>;
  }>('seed-tags.json');

  it('fills modalities and diseases for issue 56 as the editors expect', () => {
    const result = checkIssue(['--json', SEED_FILE]);
    const [report] = JSON.parse(result.stdout) as { issue: { papers: { doi: string; modalities: string[]; diseases: string[] }[] } }[];
    for (const paper of report?.issue.papers ?? []) {
      expect({ doi: paper.doi, modalities: paper.modalities, diseases: paper.diseases }).toEqual({ doi: paper.doi, ...pick(expected.papers[paper.doi]) });
    }
  });

  it('--explain shows the words that fired', () => {
    const result = checkIssue(['--explain', SEED_FILE]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('56-5 利用可解释AI建模全天ECG信号预测心力衰竭风险');
    expect(result.stdout).toMatch(/\+ diseases\/heart-failure score \d+(\.\d+)?: 中文标题 "心力衰竭"; English title "heart failure"/);
    expect(result.stdout).toMatch(/- diseases\/arrhythmia score 2: 摘要\(其他\) "心律失常"; abstract "arrhythmias"/);
  });

  it('applies overrides and warns about one whose DOI is not in the archive', () => {
    const content = fixtureArchive({ '056.txt': seed });
    writeFileSync(
      join(content, 'overrides.yaml'),
      '- doi: doi:10.1038/S41746-026-02897-8\n  add: [pathology]\n  remove: [dermoscopy]\n  note: test\n- doi: 10.9999/not-here\n  add: [ct]\n',
    );
    const result = checkIssue(['--json', join(content, 'issues', '056.txt')], { ARCHIVE_CONTENT_DIR: content });
    expect(result.status).toBe(0);
    const [report] = JSON.parse(result.stdout) as { issue: { papers: { order: number; modalities: string[] }[] } }[];
    expect(report?.issue.papers.find((p) => p.order === 6)?.modalities).toEqual(['pathology']);
    expect(result.stderr).toContain(`${join(content, 'overrides.yaml')}:5: warning: override for DOI 10.9999/not-here, which is not in the archive`);
  });
});

function pick(tags: { modalities: string[]; diseases: string[] } | undefined) {
  return { modalities: tags?.modalities, diseases: tags?.diseases };
}
