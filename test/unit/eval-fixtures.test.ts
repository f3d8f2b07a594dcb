// The committed copy of the editors' expectations must not drift from ../shared/eval/ where that exists.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMITTED_EVAL_DIR, SHARED_EVAL_DIR } from '../helpers/eval-cases.ts';

describe.each(['seed-tags.json', 'seed-queries.json', 'fixture-tags.json', 'reader-queries.json'])('test/fixtures/eval/%s', (name) => {
  it('parses as JSON', () => {
    expect(() => JSON.parse(readFileSync(join(COMMITTED_EVAL_DIR, name), 'utf8')) as unknown).not.toThrow();
  });
  it.skipIf(!existsSync(join(SHARED_EVAL_DIR, name)))('equals ../shared/eval/ (checked where the shared folder is beside the repository)', () => {
    expect(readFileSync(join(COMMITTED_EVAL_DIR, name), 'utf8')).toBe(readFileSync(join(SHARED_EVAL_DIR, name), 'utf8'));
  });
});

describe('test/fixtures/eval/issues/', () => {
  const issueFiles = (dir: string): string[] => readdirSync(join(dir, 'issues')).filter((name) => name.endsWith('.txt')).sort();

  it('holds the fixture issues', () => {
    expect(issueFiles(COMMITTED_EVAL_DIR).length).toBeGreaterThan(0);
  });
  it.skipIf(!existsSync(join(SHARED_EVAL_DIR, 'issues')))('equals ../shared/eval/issues/ file by file (checked where the shared folder is beside the repository)', () => {
    expect(issueFiles(COMMITTED_EVAL_DIR)).toEqual(issueFiles(SHARED_EVAL_DIR));
    for (const name of issueFiles(SHARED_EVAL_DIR)) {
      expect(readFileSync(join(COMMITTED_EVAL_DIR, 'issues', name), 'utf8'), name).toBe(readFileSync(join(SHARED_EVAL_DIR, 'issues', name), 'utf8'));
    }
  });
});
