// The term matcher alone: what it finds in spellings a paper really uses, and, over the real taxonomy, that every
// term written in any spelling its rule allows is found exactly where it stands (its string pre-checks skip no match).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileTerms, type TermMode, type TermSpec } from '../../../src/lib/topics/term-matcher.ts';
import { realTaxonomy } from '../../helpers/taxonomy.ts';

const spec = (term: string, mode: TermMode, payload = term): TermSpec<string> => ({ term, mode, payload: [payload] });
const found = (specs: TermSpec<string>[], text: string): string[] => compileTerms(specs).find(text).map((m) => `${m.text}→${m.payload.join(',')}`);

describe('the term matcher', () => {
  const terms = [
    spec('X-ray', 'word', 'radiography'),
    spec('computed tomography', 'word', 'ct'),
    spec('CT', 'acronym', 'ct'),
    spec('US', 'acronym', 'ultrasound'),
    spec('Sjögren syndrome', 'word', 'sjogren'),
    spec('乳腺X线摄影', 'substring', 'mammography'),
    spec('X线', 'substring', 'radiography'),
    spec('肺癌', 'substring', 'lung-cancer'),
  ];
  it.each([
    ['chest X-ray, x ray and Xrays', ['X-ray→radiography', 'x ray→radiography', 'Xrays→radiography']],
    ['Computed Tomography and COMPUTED-TOMOGRAPHY', ['Computed Tomography→ct', 'COMPUTED-TOMOGRAPHY→ct']],
    ['CT and CTs, not ct; US, not us or Us', ['CT→ct', 'CTs→ct', 'US→ultrasound']],
    ['SJÖGREN SYNDROME and Sjögren-syndrome', ['SJÖGREN SYNDROME→sjogren', 'Sjögren-syndrome→sjogren']],
    ['基于乳腺X线摄影与胸部X线的肺癌筛查', ['乳腺X线摄影→mammography', 'X线→radiography', '肺癌→lung-cancer']],
    ['ＣＴ全角与ｘ－ｒａｙ', ['CT→ct', 'x-ray→radiography']],
    // A letter whose lower case is longer (İ → i̇) shifts every later position of the lower-cased text.
    ['İstanbul cohort: X-ray and CT', ['X-ray→radiography', 'CT→ct']],
    ['inside words: subCT, XCT, x-rayed, 肺癌症', ['肺癌→lung-cancer']],
  ])('%s', (text, want) => {
    expect(found(terms, text)).toEqual(want);
  });

  // Every term and exclude phrase of the taxonomy, as the tagger compiles them.
  const taxonomy = realTaxonomy();
  const specs: TermSpec<string>[] = [...taxonomy.modalities, ...taxonomy.diseases].flatMap((topic) => [
    ...topic.zh.map((t) => spec(t, 'substring', topic.slug)),
    ...topic.en.map((t) => spec(t, 'word', topic.slug)),
    ...topic.acronyms.map((t) => spec(t, 'acronym', topic.slug)),
    ...topic.exclude.map((t) => spec(t, /[\u4e00-\u9fff]/.test(t) ? 'substring' : 'word', `not ${topic.slug}`)),
  ]);
  const matcher = compileTerms(specs);

  it.each(specs.map((s) => [s.term, s.mode, s] as const))('finds %s (%s) where it stands, in each case and joiner its rule allows', (_term, mode, term) => {
    const spellings =
      mode === 'word'
        ? [' ', '-', ''].flatMap((joiner) => {
            const joined = term.term.replace(/[-\s]+/g, joiner);
            return [joined, joined.toLowerCase(), joined.toUpperCase()];
          })
        : [term.term];
    for (const written of new Set(spellings)) {
      expect(matcher.find(`；${written}；`).map((m) => [m.start, m.end]), written).toContainEqual([1, 1 + written.length]);
    }
  });

  it('finds taxonomy terms side by side in any spelling their rules allow, each exactly where it stands', () => {
    // A spelling of a term its mode matches: any case and joiner for English words, the exact case for acronyms.
    const spelling = (term: TermSpec<string>) =>
      term.mode === 'word'
        ? fc.tuple(fc.array(fc.boolean(), { minLength: term.term.length, maxLength: term.term.length }), fc.constantFrom(' ', '-', '')).map(([upper, joiner]) =>
            [...term.term.replace(/[-\s]+/g, joiner)].map((c, i) => (upper[i] ? c.toUpperCase() : c.toLowerCase())).join(''),
          )
        : fc.constant(term.term);
    const placed = fc.array(
      fc.constantFrom(...specs).chain((term) => spelling(term).map((text) => ({ term, text }))),
      { minLength: 1, maxLength: 6 },
    );
    fc.assert(
      fc.property(placed, fc.constantFrom('; ', '。', ' | ', '，'), (terms, gap) => {
        let text = '';
        const spans: string[] = [];
        for (const { text: written } of terms) {
          text += gap;
          spans.push(`${text.length}-${text.length + written.length}`);
          text += written;
        }
        const matches = matcher.find(`${text}${gap}`);
        expect(matches.map((m) => `${m.start}-${m.end}`)).toEqual(expect.arrayContaining(spans));
      }),
      { numRuns: 500, seed: 11 },
    );
  });
});
