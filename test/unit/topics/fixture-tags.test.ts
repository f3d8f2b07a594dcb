// The registry and the tagger on the fixture issues (invented papers the taxonomy was not written from): every
// paper's journal, modalities and diseases exactly as the editors expect (../shared/eval/fixture-tags.json).
import { describe, expect, it } from 'vitest';
import { loadArchive, validIssues } from '../../../src/lib/archive/load-archive.ts';
import { readEvalIssues, readEvalJson } from '../../helpers/eval-cases.ts';
import { fixtureArchive } from '../../helpers/fixture-archive.ts';

interface ExpectedTags {
  journal: string;
  modalities: string[];
  diseases: string[];
}

const expected = readEvalJson<{ papers: Record<string, ExpectedTags> }>('fixture-tags.json').papers;
const papers = validIssues(loadArchive(fixtureArchive(readEvalIssues()))).flatMap((issue) => issue.papers);
const byDoi = new Map(papers.map((paper) => [paper.doi.toLowerCase(), paper]));

describe('fixture papers are tagged exactly as the editors expect', () => {
  it('every expected paper is in the fixture issues, and every fixture paper has expectations', () => {
    expect([...byDoi.keys()].sort()).toEqual(Object.keys(expected).sort());
  });

  describe.each(Object.entries(expected))('%s', (doi, want) => {
    const paper = byDoi.get(doi);
    it('journal', () => expect(paper?.journal).toMatchObject({ name: want.journal, known: true }));
    it('modalities', () => expect(new Set(paper?.modalities)).toEqual(new Set(want.modalities)));
    it('diseases', () => expect(new Set(paper?.diseases)).toEqual(new Set(want.diseases)));
  });
});
