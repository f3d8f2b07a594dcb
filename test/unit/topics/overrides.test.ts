import { describe, expect, it } from 'vitest';
import { applyOverride, orphanOverrides, parseOverrides } from '../../../src/lib/topics/overrides.ts';
import { realTaxonomy } from '../../helpers/taxonomy.ts';

const taxonomy = realTaxonomy();

describe('tag overrides', () => {
  const yaml = `- doi: https://doi.org/10.1038/S41746-026-02897-8\n  add: [pathology, melanoma-typo-free]\n  remove: [dermoscopy]\n`;

  it('reject an unknown slug with its line', () => {
    expect(() => parseOverrides(yaml, 'o.yaml', taxonomy)).toThrow(/^o\.yaml:2: 'melanoma-typo-free' is not a modality or disease slug/);
  });

  it('add and remove tags by normalised DOI, keeping taxonomy order', () => {
    const overrides = parseOverrides(yaml.replace(', melanoma-typo-free', ''), 'o.yaml', taxonomy);
    const override = overrides.byDoi.get('10.1038/s41746-026-02897-8');
    expect(override).toMatchObject({ add: ['pathology'], remove: ['dermoscopy'], line: 1 });
    expect(applyOverride({ modalities: ['dermoscopy'], diseases: ['skin-cancer'] }, override, taxonomy)).toEqual({
      modalities: ['pathology'],
      diseases: ['skin-cancer'],
    });
  });

  it('name overrides whose DOI is not in the archive', () => {
    const overrides = parseOverrides(yaml.replace(', melanoma-typo-free', ''), 'o.yaml', taxonomy);
    expect(orphanOverrides(overrides, new Set(['10.1/other']))).toEqual([
      { file: 'o.yaml', line: 1, message: 'override for DOI 10.1038/s41746-026-02897-8, which is not in the archive: check the DOI or remove the override' },
    ]);
    expect(orphanOverrides(overrides, new Set(['10.1038/s41746-026-02897-8']))).toEqual([]);
  });

  it('accept an empty file and reject a bad DOI', () => {
    expect(parseOverrides('[]\n', 'o.yaml', taxonomy).byDoi.size).toBe(0);
    expect(parseOverrides('# nothing yet\n', 'o.yaml', taxonomy).byDoi.size).toBe(0);
    expect(() => parseOverrides('- doi: pubmed 123\n', 'o.yaml', taxonomy)).toThrow(/^o\.yaml:1: 'pubmed 123' is not a DOI/);
  });
});
