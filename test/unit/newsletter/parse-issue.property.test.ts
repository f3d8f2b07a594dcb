// Random edits of the real issue never crash the parser, and never lose or invent a paper silently.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIssue } from '../../../src/lib/newsletter/parse-issue.ts';
import { foldWidth } from '../../../src/lib/text/fold.ts';
import { numberedEntries } from '../../helpers/numbered-entries.ts';
import { encode, seedText } from '../../helpers/seed.ts';

const seedLines = seedText().split('\n');
const RUNS = Number(process.env['PARSER_PROPERTY_RUNS'] ?? 10_000);
// A new seed each run explores new mutations over time; fast-check prints the seed of a failure, and
// PARSER_PROPERTY_SEED=<seed> replays it.
const SEED = Number(process.env['PARSER_PROPERTY_SEED'] ?? Date.now() % 2_147_483_647);

type Edit =
  | { kind: 'delete'; at: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'swap'; at: number; with: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'replaceChar'; at: number; pos: number; text: string }
  | { kind: 'truncate'; at: number };

const fragments = fc.constantFrom('1. ', '7、', '期刊:', '英文标题:', '中文摘要', '本刊点评', '英文原摘要', '原文', '[3] https://doi.org/10.1/x', 'doi:10.1038/ABC', '目的:', '：', '|', '\r', '\t', '\u3000', '', 'METHODS: ', '2.5 mm');
const line = fc.integer({ min: 0, max: seedLines.length - 1 });
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: line }),
  fc.record({ kind: fc.constant('duplicate' as const), at: line }),
  fc.record({ kind: fc.constant('swap' as const), at: line, with: line }),
  fc.record({ kind: fc.constant('insert' as const), at: line, text: fc.oneof(fragments, fc.string({ maxLength: 30 })) }),
  fc.record({ kind: fc.constant('replaceChar' as const), at: line, pos: fc.nat(60), text: fc.oneof(fragments, fc.string({ maxLength: 3 })) }),
  fc.record({ kind: fc.constant('truncate' as const), at: line }),
);

function apply(lines: string[], e: Edit): string[] {
  const out = [...lines];
  switch (e.kind) {
    case 'delete':
      out.splice(e.at, 1);
      break;
    case 'duplicate':
      out.splice(e.at, 0, out[e.at] ?? '');
      break;
    case 'swap': {
      const a = out[e.at] ?? '';
      out[e.at] = out[e.with] ?? '';
      out[e.with] = a;
      break;
    }
    case 'insert':
      out.splice(e.at, 0, e.text);
      break;
    case 'replaceChar': {
      const l = out[e.at] ?? '';
      out[e.at] = l.slice(0, e.pos) + e.text + l.slice(e.pos + 1);
      break;
    }
    case 'truncate':
      return out.slice(0, e.at);
  }
  return out;
}

describe('parser under random edits of issue 56', () => {
  it(`never crashes and never drops a paper silently (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        const text = edits.reduce(apply, seedLines).join('\n');
        const outcome = parseIssue(encode(text), 'mutant.txt');
        const lineCount = Math.max(text.split(/\r\n|\r|\n/).length, 1);
        if (!outcome.ok) {
          expect(outcome.errors.length).toBeGreaterThan(0);
          for (const error of outcome.errors) {
            expect(error.line).toBeGreaterThanOrEqual(1);
            expect(error.line).toBeLessThanOrEqual(lineCount);
            expect(error.message.length).toBeGreaterThan(10);
          }
          return;
        }
        const papers = outcome.issue.papers;
        expect(papers.length).toBe(numberedEntries(text));
        expect(papers.map((p) => p.order)).toEqual(papers.map((_p, i) => i + 1));
        // A DOI is kept as written, or as its URL escapes read (an edit that leaves "%74" in a link means "t"), or
        // in its canonical form (full-width folded, look-alike hyphens as '-'), which the parser warns about.
        const readLines = `${text}\n${foldWidth(text).replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-')}`
          .toLowerCase()
          .split('\n')
          .map((line) => {
            try {
              return decodeURIComponent(line);
            } catch {
              return line;
            }
          });
        for (const paper of papers) expect(`${text.toLowerCase()}\n${readLines.join('\n')}`).toContain(paper.doi);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});
