// Bidi controls pasted into an issue's fields are closed where the field ends, and again where a snippet cuts it.
import { describe, expect, it } from 'vitest';
import { parseIssue } from '../../../src/lib/newsletter/parse-issue.ts';
import { snippetOf } from '../../../src/lib/search/highlight.ts';
import { encode, seedText } from '../../helpers/seed.ts';

const [PDF, RLO, RLI, PDI] = ['\u202C', '\u202E', '\u2067', '\u2069'];

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
