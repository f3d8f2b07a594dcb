// Writes the generated content folder: the editors' data files, no overrides, and one file per generated issue.
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SOURCE_CONTENT } from './source-issues.ts';

const COPIED_DATA_FILES = ['journals.yaml', 'taxonomy.yaml', 'dictionary.txt', 'stopwords.yaml', 'synonyms.yaml'] as const;

/** A fresh content folder: issues/, the editors' data files, and no overrides (they name real DOIs). */
export function prepareContentDir(contentDir: string): void {
  rmSync(contentDir, { recursive: true, force: true });
  mkdirSync(join(contentDir, 'issues'), { recursive: true });
  for (const name of COPIED_DATA_FILES) copyFileSync(join(SOURCE_CONTENT, name), join(contentDir, name));
  writeFileSync(join(contentDir, 'overrides.yaml'), '[]\n');
}

/** Writes one issue's text as `issues/NNNN.txt`, numbered to sort in issue order. */
export function writeIssueFile(contentDir: string, issueNumber: number, text: string): void {
  writeFileSync(join(contentDir, 'issues', `${String(issueNumber).padStart(4, '0')}.txt`), text);
}
