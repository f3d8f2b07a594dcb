// The real journal registry from content/, for tests that resolve journals.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseJournalRegistry, type JournalRegistry } from '../../src/lib/topics/journals.ts';

export const JOURNALS_PATH = fileURLToPath(new URL('../../content/journals.yaml', import.meta.url));
export const realJournals = (): JournalRegistry => parseJournalRegistry(readFileSync(JOURNALS_PATH, 'utf8'), 'content/journals.yaml');
