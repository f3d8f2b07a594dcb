// Astro content loader over content/issues/*.txt: all parsing and checking happens in src/lib.
import { isAbsolute } from 'node:path';
import type { Loader } from 'astro/loaders';
import { displayPath, loadArchive, validIssues } from '../lib/archive/load-archive.ts';
import { formatDiagnostic } from '../lib/newsletter/types.ts';
import { watchedLoader } from './watched-loader.ts';

export function issuesLoader(): Loader {
  return watchedLoader({
    name: 'newsletter-issues',
    // The whole of content/: journals, taxonomy and overrides shape the issues too.
    watched: ['.'],
    sync: async (context, contentDir) => {
      const archive = loadArchive(contentDir);
      const warnings = [...archive.dataWarnings, ...archive.reports.flatMap((r) => r.warnings)];
      for (const warning of warnings) context.logger.warn(formatDiagnostic(warning));
      // Throws with every file:line message; the build stops, astro dev shows it.
      const issues = validIssues(archive);
      context.store.clear();
      for (const issue of issues) {
        const id = String(issue.number);
        const data = await context.parseData({ id, data: { ...issue } });
        // Astro only accepts project-relative paths; fixture archives in a temp folder have none.
        const filePath = isAbsolute(issue.file) ? undefined : issue.file;
        context.store.set({ id, data, digest: context.generateDigest(data), ...(filePath ? { filePath } : {}) });
      }
      context.logger.info(`${issues.length} issues, ${issues.reduce((n, i) => n + i.papers.length, 0)} papers from ${displayPath(contentDir)}`);
    },
  });
}
