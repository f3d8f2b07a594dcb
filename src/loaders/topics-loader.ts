// Astro content loader over content/taxonomy.yaml: modalities and diseases as entries.
import type { Loader } from 'astro/loaders';
import { join } from 'node:path';
import { contentDirFromEnv, loadTaxonomy } from '../lib/archive/load-archive.ts';

export function topicsLoader(): Loader {
  return {
    name: 'archive-topics',
    // parseData and generateDigest are methods of the context: called on it, not destructured (unbound-method).
    load: async (context) => {
      const { store, watcher, logger } = context;
      const contentDir = contentDirFromEnv();
      const file = join(contentDir, 'taxonomy.yaml');
      const sync = async (): Promise<void> => {
        const taxonomy = loadTaxonomy(contentDir);
        store.clear();
        for (const topic of [...taxonomy.modalities, ...taxonomy.diseases]) {
          const data = await context.parseData({ id: topic.slug, data: { ...topic } });
          store.set({ id: topic.slug, data, digest: context.generateDigest(data) });
        }
      };
      await sync();
      if (!watcher) return;
      watcher.add(file);
      watcher.on('change', (path) => {
        if (path === file) sync().catch((error: unknown) => logger.error(error instanceof Error ? error.message : String(error)));
      });
    },
  };
}
