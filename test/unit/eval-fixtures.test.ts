// The committed copy of the editors' expectations must not drift from ../shared/eval/ where that exists.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMITTED_EVAL_DIR, SHARED_EVAL_DIR } from '../helpers/eval-cases.ts';

describe.each(['seed-tags.json', 'seed-queries.json'])('test/fixtures/eval/%s', (name) => {
  it('parses as JSON', () => {
    expect(() => JSON.parse(readFileSync(join(COMMITTED_EVAL_DIR, name), 'utf8'))).not.toThrow();
  });
  it.skipIf(!existsSync(join(SHARED_EVAL_DIR, name)))('equals ../shared/eval/ (checked where the shared folder is beside the repository)', () => {
    expect(readFileSync(join(COMMITTED_EVAL_DIR, name), 'utf8')).toBe(readFileSync(join(SHARED_EVAL_DIR, name), 'utf8'));
  });
});
