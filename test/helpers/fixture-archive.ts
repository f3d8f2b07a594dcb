// Small archives in temp folders: the real editor data files, with issue files of the test's choosing.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './build-site.ts';

/** A content folder like content/ but with only the given issue files (name → text or bytes). */
export function fixtureArchive(issues: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'archive-content-'));
  for (const name of readdirSync(join(REPO_ROOT, 'content'))) {
    if (name !== 'issues') cpSync(join(REPO_ROOT, 'content', name), join(dir, name), { recursive: true });
  }
  mkdirSync(join(dir, 'issues'));
  for (const [name, text] of Object.entries(issues)) writeFileSync(join(dir, 'issues', name), text);
  return dir;
}

export const tempDir = (prefix: string): string => mkdtempSync(join(tmpdir(), prefix));
