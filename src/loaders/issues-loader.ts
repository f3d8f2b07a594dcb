// Astro content loader over content/issues/*.txt: all parsing and checking happens in src/lib.
import { isAbsolute } from 'node:path';
import type { Loader } from 'astro/loaders';
import { contentDirFromEnv, displayPath, loadArchive, validIssues } from '../lib/archive/load-archive.ts';
import { formatDiagnostic } from '../lib/newsletter/types.ts';

export function issuesLoader(): Loader {
  return {
    name: 'newsletter-issues',
    // parseData and generateDigest are methods of the context: called on it, not destructured (unbound-method).
    load: async (context) => {
      const { store, logger, watcher } = context;
      const contentDir = contentDirFromEnv();
      const sync = async (): Promise<void> => {
        const archive = loadArchive(contentDir);
        const warnings = [...archive.dataWarnings, ...archive.reports.flatMap((r) => r.warnings)];
        for (const warning of warnings) logger.warn(formatDiagnostic(warning));
        // Throws with every file:line message; the build stops, astro dev shows it.
        const issues = validIssues(archive);
        store.clear();
        for (const issue of issues) {
          const id = String(issue.number);
          const data = await context.parseData({ id, data: { ...issue } });
          // Astro only accepts project-relative paths; fixture archives in a temp folder have none.
          const filePath = isAbsolute(issue.file) ? undefined : issue.file;
          store.set({ id, data, digest: context.generateDigest(data), ...(filePath ? { filePath } : {}) });
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
