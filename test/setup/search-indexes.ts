// Vitest global setup for the unit tests: the search index of the repository's archive and of the eval archive,
// built once per run and handed to every test file (inject). Loading jieba's dictionary and building an index was
// most of what each search test file cost; tests about building (determinism, a 40-issue archive) build their own.
import type { TestProject } from 'vitest/node';
import { evalArchive } from '../helpers/eval-archive.ts';
import { indexFilesOf, REPO_CONTENT } from '../helpers/search-index.ts';
import type { SharedIndexes } from '../helpers/shared-indexes.ts';

export default function setup(project: TestProject): void {
  const evalContent = evalArchive();
  const indexes: SharedIndexes = {
    repo: { contentDir: REPO_CONTENT, files: [...indexFilesOf(REPO_CONTENT)] },
    eval: { contentDir: evalContent, files: [...indexFilesOf(evalContent)] },
  };
  project.provide('searchIndexes', indexes);
}
