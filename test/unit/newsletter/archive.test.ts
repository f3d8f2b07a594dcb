import { describe, expect, it } from 'vitest';
import { assembleArchive, type ArchiveContext } from '../../../src/lib/newsletter/archive.ts';
import { encode, lineOf, seedText } from '../../helpers/seed.ts';
import { realJournals } from '../../helpers/registry.ts';

const context: ArchiveContext = { journals: realJournals(), tag: () => ({ modalities: [], diseases: [] }) };
const seed = seedText();
const otherIssue = (number: number, text = seed) =>
  text.replace('第56期|2026年6月25日', `第${number}期|2026年7月2日`);

describe('archive across files', () => {
  it('turns issue 56 into pages-ready papers with ids, journals and DOI links', () => {
    const [report] = assembleArchive([{ file: 'a.txt', bytes: encode(seed) }], context);
    expect(report?.ok).toBe(true);
    const papers = report?.issue?.papers ?? [];
    expect(papers.map((p) => p.id)).toEqual(['56-1', '56-2', '56-3', '56-4', '56-5', '56-6']);
    expect(papers[0]?.url).toBe('https://doi.org/10.1007/s00259-026-08010-1');
    expect(papers.map((p) => p.journal.slug)).toEqual(['ejnmmi', 'jnm', 'npj-digital-medicine', 'european-radiology', 'npj-digital-medicine', 'npj-digital-medicine']);
    expect(report?.warnings).toEqual([]);
  });

  it('rejects the same issue number in both files, each naming the other, whatever their order', () => {
    const otherDois = seed.replace(/https:\/\/doi\.org\/10\./g, 'https://doi.org/10.9');
    const reports = assembleArchive(
      [
        { file: 'content/issues/a.txt', bytes: encode(seed) },
        { file: 'content/issues/b.txt', bytes: encode(otherDois) },
      ],
      context,
    );
    expect(reports.map((r) => r.ok)).toEqual([false, false]);
    expect(reports[1]?.issue).toBeNull();
    expect(reports[0]?.errors).toEqual([
      { file: 'content/issues/a.txt', line: 1, message: 'issue 56 is also in content/issues/b.txt:1: each issue number belongs to one file' },
    ]);
    expect(reports[1]?.errors).toEqual([
      { file: 'content/issues/b.txt', line: 1, message: 'issue 56 is also in content/issues/a.txt:1: each issue number belongs to one file' },
    ]);
  });

  it('rejects a DOI in two files, in both, compared after normalising', () => {
    const repeated = otherIssue(57).replace('[4] https://doi.org/10.1007/s00330-026-12682-6', '[4] doi:10.1007/S00330-026-12682-6').replace(/https:\/\/doi\.org\/10\./g, 'https://doi.org/10.9');
    const reports = assembleArchive(
      [
        { file: 'content/issues/a.txt', bytes: encode(seed) },
        { file: 'content/issues/b.txt', bytes: encode(repeated) },
      ],
      context,
    );
    expect(reports.map((r) => r.ok)).toEqual([false, false]);
    expect(reports[1]?.errors).toEqual([
      {
        file: 'content/issues/b.txt',
        line: lineOf(repeated, '[4] doi:'),
        message: 'DOI 10.1007/s00330-026-12682-6 is also paper 56-4 (content/issues/a.txt:64): each paper appears once in the archive',
      },
    ]);
    expect(reports[0]?.errors).toEqual([
      {
        file: 'content/issues/a.txt',
        line: 64,
        message: `DOI 10.1007/s00330-026-12682-6 is also paper 57-4 (content/issues/b.txt:${lineOf(repeated, '[4] doi:')}): each paper appears once in the archive`,
      },
    ]);
  });

  it('https://doi.org/10.1148/RYAI.1 and doi:10.1148/ryai.1 are the same paper', () => {
    const first = otherIssue(60).replace('[1] https://doi.org/10.1007/s00259-026-08010-1', '[1] https://doi.org/10.1148/RYAI.1');
    const second = otherIssue(61, seed.replace(/https:\/\/doi\.org\/10\./g, 'https://doi.org/10.8')).replace('[2] https://doi.org/10.82967/jnumed.125.270791', '[2] doi:10.1148/ryai.1');
    const reports = assembleArchive(
      [
        { file: 'a.txt', bytes: encode(first) },
        { file: 'b.txt', bytes: encode(second) },
      ],
      context,
    );
    expect(reports[1]?.errors[0]?.message).toMatch(/^DOI 10\.1148\/ryai\.1 is also paper 60-1/);
    expect(reports[0]?.errors[0]?.message).toMatch(/^DOI 10\.1148\/ryai\.1 is also paper 61-2/);
  });

  it('warns when issues share a date or a higher number is dated before a lower one', () => {
    const redate = (text: string, number: number, date: string) => text.replace('第56期|2026年6月25日', `第${number}期|${date}`).replace(/https:\/\/doi\.org\/10\./g, `https://doi.org/10.${number}`);
    const reports = assembleArchive(
      [
        { file: 'a.txt', bytes: encode(redate(seed, 56, '2026年6月25日')) },
        { file: 'b.txt', bytes: encode(redate(seed, 57, '2026年6月18日')) },
        { file: 'c.txt', bytes: encode(redate(seed, 58, '2026年6月18日')) },
      ],
      context,
    );
    expect(reports.map((r) => r.ok)).toEqual([true, true, true]);
    expect(reports[0]?.warnings.map((w) => w.message)).toEqual(['issue 56 is dated 2026-06-25, after issue 57 (2026-06-18, b.txt:1): check the header']);
    expect(reports[1]?.warnings.map((w) => w.message)).toEqual([
      'issue 57 has the same date 2026-06-18 as issue 58 (c.txt:1): check the header',
      'issue 57 is dated 2026-06-18, before issue 56 (2026-06-25, a.txt:1): check the header',
    ]);
    expect(reports[2]?.warnings.map((w) => w.message)).toEqual(['issue 58 has the same date 2026-06-18 as issue 57 (b.txt:1): check the header']);
  });

  it('a rejected file contributes no paper, the good files still report theirs', () => {
    const broken = otherIssue(57).replace('期刊:European Radiology\n', '');
    const reports = assembleArchive(
      [
        { file: 'a.txt', bytes: encode(seed) },
        { file: 'b.txt', bytes: encode(broken) },
      ],
      context,
    );
    expect(reports.map((r) => r.ok)).toEqual([true, false]);
    expect(reports[1]?.issue).toBeNull();
  });

  it('an unknown journal is a warning, kept as written with an ASCII slug', () => {
    const text = seed.replace('期刊:European Radiology', '期刊:中华放射学杂志').replace('期刊:EJNMMI', '期刊:Journal of Imaginary Radiology');
    const [report] = assembleArchive([{ file: 'a.txt', bytes: encode(text) }], context);
    expect(report?.ok).toBe(true);
    const journals = report?.issue?.papers.map((p) => p.journal) ?? [];
    expect(journals[0]).toMatchObject({ name: 'Journal of Imaginary Radiology', slug: 'journal-of-imaginary-radiology', known: false });
    expect(journals[3]?.slug).toMatch(/^journal-[0-9a-f]{8}$/);
    expect(report?.warnings.map((w) => w.line)).toEqual([3, lineOf(text, '期刊:中华放射学杂志')]);
    expect(report?.warnings[0]?.message).toMatch(/journal 'Journal of Imaginary Radiology' is not in content\/journals\.yaml/);
  });
});

describe('journal pages', () => {
  it('an unknown journal that folds to a registered slug gets a page of its own', () => {
    const text = seed.replace('期刊:European Radiology', '期刊:European Radiologý');
    const [report] = assembleArchive([{ file: 'a.txt', bytes: encode(text) }], context);
    const journal = report?.issue?.papers[3]?.journal;
    expect(journal?.known).toBe(false);
    expect(journal?.slug).toMatch(/^european-radiology-[0-9a-f]{8}$/);
  });

  it('two unknown names on one slug are an error in each file that uses them', () => {
    const first = seed.replace('期刊:European Radiology', '期刊:Journal of Imaginary Radiology');
    const second = otherIssue(57, seed.replace(/https:\/\/doi\.org\/10\./g, 'https://doi.org/10.7')).replace('期刊:European Radiology', '期刊:journal of imaginary radiology!');
    const reports = assembleArchive(
      [
        { file: 'a.txt', bytes: encode(first) },
        { file: 'b.txt', bytes: encode(second) },
      ],
      context,
    );
    expect(reports.map((r) => r.ok)).toEqual([false, false]);
    expect(reports[0]?.errors[0]?.message).toMatch(/^journal 'Journal of Imaginary Radiology' and 'journal of imaginary radiology!' \(b\.txt:\d+\) would share the page \/journals\/journal-of-imaginary-radiology\//);
  });
});
