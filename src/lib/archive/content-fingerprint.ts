// What the content folder looks like on disk, cheaply: every file's path, size and modification time. The dev
// server re-checks the archive only when this changes, not on every page it renders.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function contentFingerprint(contentDir: string): string {
  const parts: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) {
        const stat = statSync(path);
        parts.push(`${path}\0${stat.size}\0${stat.mtimeMs}`);
      }
    }
  };
  walk(contentDir);
  return parts.join('\n');
}
