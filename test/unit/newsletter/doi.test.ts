import { describe, expect, it } from 'vitest';
import { canonicalDoi, doiUrl, normalizeDoi } from '../../../src/lib/newsletter/doi.ts';

describe('normalizeDoi', () => {
  it.each([
    ['https://doi.org/10.1148/RYAI.1', '10.1148/ryai.1'],
    ['doi:10.1148/ryai.1', '10.1148/ryai.1'],
    ['DOI: 10.1148/ryai.1', '10.1148/ryai.1'],
    ['doi：10.1148/ryai.1', '10.1148/ryai.1'],
    ['http://dx.doi.org/10.1007/s00259-026-08010-1', '10.1007/s00259-026-08010-1'],
    ['https://doi.org/10.1002/%28SICI%291097-0258', '10.1002/(sici)1097-0258'],
    ['10.1038/s41746-026-02907-9.', '10.1038/s41746-026-02907-9'],
    ['https://onlinelibrary.wiley.com/doi/10.1002/jmri.29000', '10.1002/jmri.29000'],
    ['https://pubs.rsna.org/doi/full/10.1148/radiol.240001?x=1', '10.1148/radiol.240001'],
    ['10.1002/(SICI)1097-4636(199812)43:4<351::AID-JBM1>3.0.CO;2-F', '10.1002/(sici)1097-4636(199812)43:4<351::aid-jbm1>3.0.co;2-f'],
  ])('%s → %s', (written, doi) => {
    expect(normalizeDoi(written)).toBe(doi);
  });

  it.each(['https://example.com/paper', 'doi:', '11.1234/abc', 'javascript:alert(1)', 'https://doi.org/', '', '10.1000/x\u202Egnp.exe', 'https://doi.org/10.1000/x%E2%80%AEgnp.exe', '10.1000/a\u200Bb', '10.1000/a\u0007b', 'https://doi.org/10.1000/x onclick=alert(1)'])('%s has no DOI', (written) => {
    expect(normalizeDoi(written)).toBeNull();
  });

  it('links through doi.org, escaping what would break the URL', () => {
    expect(doiUrl('10.1007/s00259-026-08010-1')).toBe('https://doi.org/10.1007/s00259-026-08010-1');
    expect(doiUrl('10.1002/x"><script>')).toBe('https://doi.org/10.1002/x%22%3E%3Cscript%3E');
  });
});

describe('canonicalDoi: a DOI in disguise is the same paper, and the editor is told what was cleaned', () => {
  it.each([
    ['https://doi.org/10.1148/ryai.240001?utm_source=wechat', ["URL query '?utm_source=wechat'"]],
    ['10.1148/ryai.240001#abstract', ["fragment '#abstract'"]],
    ['10.1148/ryai.240001"', ["trailing '\"'"]],
    ['“10.1148/ryai.240001”', ["leading '“'", "trailing '”'"]],
    ['10.1148/ryai.240001)。', ["trailing ')。'"]],
    ['10.1148/ryai.240001.', ["trailing '.'"]],
    ['１０.１１４８/ryai.240001', ['full-width characters']],
    ['10.1148/ryai\u2010240001', ['look-alike hyphens']],
    ['10.1148/ryai\u2212240001', ['look-alike hyphens']],
    ['10.1148/ryai\uFF0D240001', ['full-width characters']],
  ])('%s', (written, cleaned) => {
    const found = canonicalDoi(written);
    expect(found?.doi.replace('ryai-240001', 'ryai.240001')).toBe('10.1148/ryai.240001');
    expect(found?.cleaned).toEqual(cleaned);
  });

  it('keeps brackets that belong to the DOI', () => {
    expect(canonicalDoi('10.1016/S0140-6736(20)30183-5')).toEqual({ doi: '10.1016/s0140-6736(20)30183-5', cleaned: [] });
    expect(canonicalDoi('(10.1016/S0140-6736(20)30183-5)')).toEqual({ doi: '10.1016/s0140-6736(20)30183-5', cleaned: ["leading '('", "trailing ')'"] });
    expect(canonicalDoi('10.1000/abc(1)')).toEqual({ doi: '10.1000/abc(1)', cleaned: [] });
  });
});
