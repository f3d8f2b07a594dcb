import { describe, expect, it } from 'vitest';
import { closeBidiControls } from '../../../src/lib/newsletter/bidi.ts';
import { parseIssue } from '../../../src/lib/newsletter/parse-issue.ts';
import { snippetOf } from '../../../src/lib/search/highlight.ts';
import { encode, seedText } from '../../helpers/seed.ts';

const [LRE, RLE, PDF, LRO, RLO] = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E'];
const [LRI, RLI, FSI, PDI] = ['\u2066', '\u2067', '\u2068', '\u2069'];

describe('closeBidiControls', () => {
  it.each([
    ['plain text', '肺癌 lung cancer', '肺癌 lung cancer'],
    ['an open override', `${RLO}txt.exe`, `${RLO}txt.exe${PDF}`],
    ['a closed override', `${RLO}abc${PDF} def`, `${RLO}abc${PDF} def`],
    ['open embeddings, innermost first', `${LRE}a${RLE}b`, `${LRE}a${RLE}b${PDF}${PDF}`],
    ['an open isolate', `${RLI}abc`, `${RLI}abc${PDI}`],
    ['balanced isolates', `${LRI}a${PDI} ${RLI}b${PDI} ${FSI}c${PDI}`, `${LRI}a${PDI} ${RLI}b${PDI} ${FSI}c${PDI}`],
    ['a stray PDI or PDF', `${PDI}a${PDF}`, `${PDI}a${PDF}`],
    ['a PDI that closes the override inside its isolate', `${LRI}${LRO}a${PDI}`, `${LRI}${LRO}a${PDI}`],
    ['a PDF does not close an isolate', `${RLI}a${PDF}`, `${RLI}a${PDF}${PDI}`],
    ['an override inside an isolate', `${RLO}x${FSI}y${RLE}z`, `${RLO}x${FSI}y${RLE}z${PDF}${PDI}${PDF}`],
  ])('%s', (_name, text, expected) => {
    expect(closeBidiControls(text)).toBe(expected);
  });
});

describe('an override pasted into a field of an issue', () => {
  const text = seedText()
    .replace('1. 临床元数据与', `1. ${RLO}临床元数据与`)
    .replace('英文标题:Deep integration', `英文标题:${RLO}Deep integration`)
    .replace('目的:开发整合', `目的:${RLO}开发整合`)
    .replace('这类多模态肺癌工作说明', `${RLI}这类多模态肺癌工作说明`)
    .replace('PURPOSE: To develop', `PURPOSE: ${RLO}To develop`);
  const outcome = parseIssue(encode(text), 'rlo.txt');
  if (!outcome.ok) throw new Error(`must parse: ${JSON.stringify(outcome.errors)}`);
  const paper = outcome.issue.papers[0];

  it.each([
    ['the Chinese title', () => paper?.titleZh, PDF],
    ['the English title', () => paper?.titleEn, PDF],
    ['the summary part', () => paper?.summary.find((part) => part.label === '目的')?.text, PDF],
    ['the commentary', () => paper?.commentary.find((line) => line.includes('这类多模态肺癌工作说明')), PDI],
    ['the abstract part', () => paper?.abstract.find((part) => part.text.includes('To develop'))?.text, PDF],
  ])('is closed at the end of %s, every character kept', (_field, value, closer) => {
    const field = value() ?? '';
    expect(field).toMatch(/[\u202E\u2067]/);
    expect(field.endsWith(closer)).toBe(true);
  });

  it('is closed again when a search snippet cuts the text', () => {
    const [piece] = snippetOf([`${RLO}${'很长的摘要'.repeat(60)}${PDF}`], []);
    expect(piece?.text).toMatch(new RegExp(`${PDF}…$`));
  });
});
