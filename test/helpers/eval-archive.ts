// The archive the reader eval set is judged on: the real issue 56 plus the two invented fixture issues
// (../shared/eval/issues/ or their committed copy), which never go into content/issues/.
import { readEvalIssues } from './eval-cases.ts';
import { fixtureArchive } from './fixture-archive.ts';
import { seedText } from './seed.ts';

/** A content folder holding issue 56 and the fixture issues, with the repository's editor data. */
export function evalArchive(): string {
  return fixtureArchive({ '2026-06-25-056.txt': seedText(), ...readEvalIssues() });
}
