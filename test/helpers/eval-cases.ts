// The editors' expectations (relevance cases, expected tags) for issue 56 and the fixture issues. They live in
// ../shared/eval/ beside the repository; test/fixtures/eval/ holds a committed copy so a clone anywhere else (CI)
// tests the same cases.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SHARED_EVAL_DIR = fileURLToPath(new URL('../../../shared/eval/', import.meta.url));
export const COMMITTED_EVAL_DIR = fileURLToPath(new URL('../fixtures/eval/', import.meta.url));

/** EVAL_DIR if set, else the shared folder when this checkout sits beside it, else the committed copy. */
export function evalDir(): string {
  const fromEnv = process.env['EVAL_DIR'];
  if (fromEnv) return fromEnv;
  return existsSync(join(SHARED_EVAL_DIR, 'seed-tags.json')) ? SHARED_EVAL_DIR : COMMITTED_EVAL_DIR;
}

export type EvalJsonName = 'seed-tags.json' | 'seed-queries.json' | 'fixture-tags.json' | 'reader-queries.json';

export function readEvalJson<T>(name: EvalJsonName): T {
  return JSON.parse(readFileSync(join(evalDir(), name), 'utf8')) as T;
}

/** The fixture issues (invented papers, test input only) beside the expectations: file name → text. */
export function readEvalIssues(): Record<string, string> {
  const dir = join(evalDir(), 'issues');
  return Object.fromEntries(
    readdirSync(dir)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => [name, readFileSync(join(dir, name), 'utf8')]),
  );
}
