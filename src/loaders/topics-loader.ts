// Astro content loader over content/taxonomy.yaml: modalities and diseases as entries.
import type { Loader } from 'astro/loaders';
import { loadTaxonomy } from '../lib/archive/load-archive.ts';
import { watchedLoader } from './watched-loader.ts';

export function topicsLoader(): Loader {
  return watchedLoader({
    name: 'archive-topics',
    watched: ['taxonomy.yaml'],
    sync: async (context, contentDir) => {
      const taxonomy = loadTaxonomy(contentDir);
      context.store.clear();
      for (const topic of [...taxonomy.modalities, ...taxonomy.diseases]) {
        const data = await context.parseData({ id: topic.slug, data: { ...topic } });
        context.store.set({ id: topic.slug, data, digest: context.generateDigest(data) });
      }
    },
  });
}
