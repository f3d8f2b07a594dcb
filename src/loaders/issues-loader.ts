// Astro content loader over content/issues/*.txt: all parsing and checking happens in src/lib.
import type { Loader } from 'astro/loaders';
import { contentDirFromEnv, displayPath, loadArchive, validIssues } from '../lib/archive/load-archive.ts';
import { formatDiagnostic } from '../lib/newsletter/types.ts';

export function issuesLoader(): Loader {
  return {
    name: 'newsletter-issues',
    load: async ({ store, logger, parseData, generateDigest, watcher }) => {
      const contentDir = contentDirFromEnv();
      const sync = async (): Promise<void> => {
        const archive = loadArchive(contentDir);
        for (const report of archive.reports) for (const w of report.warnings) logger.warn(formatDiagnostic(w));
        // Throws with every file:line message; the build stops, astro dev shows it.
        const issues = validIssues(archive);
        store.clear();
        for (const issue of issues) {
          const id = String(issue.number);
          const data = await parseData({ id, data: { ...issue } });
          store.set({ id, data, digest: generateDigest(data), filePath: issue.file });
        }
        logger.info(`${issues.length} issues, ${issues.reduce((n, i) => n + i.papers.length, 0)} papers from ${displayPath(contentDir)}`);
      };
      await sync();
      if (!watcher) return;
      watcher.add(contentDir);
      const resync = (path: string): void => {
        if (!path.startsWith(contentDir)) return;
        sync().catch((error: unknown) => logger.error(error instanceof Error ? error.message : String(error)));
      };
      for (const event of ['change', 'add', 'unlink'] as const) watcher.on(event, resync);
    },
  };
}
