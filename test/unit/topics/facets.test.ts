import { describe, expect, it } from 'vitest';
import { assembleArchive } from '../../../src/lib/newsletter/archive.ts';
import { createTagger } from '../../../src/lib/topics/tagger.ts';
import { facetPath } from '../../../src/lib/site/paths.ts';
import { facetValues, tagLinksOf } from '../../../src/lib/topics/facets.ts';
import { derivedIssue } from '../../helpers/fixture-issues.ts';
import { realJournals } from '../../helpers/registry.ts';
import { encode } from '../../helpers/seed.ts';
import { realTaxonomy } from '../../helpers/taxonomy.ts';

const taxonomy = realTaxonomy();
const tagger = createTagger(taxonomy);
const topics = [...taxonomy.modalities, ...taxonomy.diseases];
const reports = assembleArchive(
  [
    { file: 'a.txt', bytes: encode(derivedIssue(56, '2026-06-25')) },
    { file: 'b.txt', bytes: encode(derivedIssue(57, '2027-01-07', (t) => t.replace('期刊:EJNMMI', '期刊:Radiology'))) },
  ],
  { journals: realJournals(), tag: tagger },
);
const papers = reports.flatMap((r) => r.issue?.papers ?? []);

describe('facet values', () => {
  it('count papers per journal, most first, hiding journals without papers', () => {
    const journals = facetValues('journals', papers, topics);
    expect(journals.map((v) => [v.slug, v.papers.length])).toEqual([
      ['npj-digital-medicine', 6],
      ['european-radiology', 2],
      ['jnm', 2],
      ['ejnmmi', 1],
      ['radiology', 1],
    ]);
  });

  it('list papers newest first within a value', () => {
    const pet = facetValues('modalities', papers, topics).find((v) => v.slug === 'pet');
    expect(pet?.papers.map((p) => p.id)).toEqual(['57-1', '57-2', '56-1', '56-2']);
  });

  it('give diseases their Chinese label and English beside it', () => {
    const hf = facetValues('diseases', papers, topics).find((v) => v.slug === 'heart-failure');
    expect(hf).toMatchObject({ label: '心力衰竭', labelEn: 'Heart failure' });
    expect(facetValues('diseases', papers, topics).map((v) => v.slug)).not.toContain('glaucoma');
  });

  it('order years newest first', () => {
    expect(facetValues('years', papers, topics).map((v) => [v.slug, v.papers.length])).toEqual([
      ['2027', 6],
      ['2026', 6],
    ]);
  });

  it('make every tag of a paper a link to its facet page', () => {
    const first = papers[0];
    if (!first) throw new Error('no paper');
    expect(tagLinksOf(first, taxonomy.bySlug).map((t) => [t.label, t.href])).toEqual([
      ['PET', '/modalities/pet/'],
      ['CT', '/modalities/ct/'],
      ['肺癌', '/diseases/lung-cancer/'],
    ]);
  });

  it('paths', () => {
    expect(facetPath('diseases')).toBe('/diseases/');
    expect(facetPath('diseases', 'lung-cancer')).toBe('/diseases/lung-cancer/');
    expect(facetPath('years', '2026', 2)).toBe('/years/2026/2/');
  });
});
