// Astro content loader over the editors' search files (dictionary.txt, stopwords.yaml, journals.yaml,
// synonyms.yaml): one entry, parsed in src/lib, reloaded when one of them changes in astro dev.
import { join } from 'node:path';
import type { Loader } from 'astro/loaders';
import { contentDirFromEnv, loadEditorsSearchData, SEARCH_DATA_FILES } from '../lib/archive/load-archive.ts';
import { SEARCH_DATA_ENTRY } from '../lib/archive/search-data-schema.ts';

export function searchDataLoader(): Loader {
  return {
    name: 'editors-search-data',
    // parseData and generateDigest are methods of the context: called on it, not destructured (unbound-method).
    load: async (context) => {
      const { store, watcher, logger } = context;
      const contentDir = contentDirFromEnv();
      const files = Object.values(SEARCH_DATA_FILES).map((name) => join(contentDir, name));
      const sync = async (): Promise<void> => {
        // Throws naming file and line; the build stops, astro dev keeps the last good entry and says why.
        const editors = loadEditorsSearchData(contentDir);
        const data = await context.parseData({ id: SEARCH_DATA_ENTRY, data: { ...editors } });
        store.clear();
        store.set({ id: SEARCH_DATA_ENTRY, data, digest: context.generateDigest(data) });
      };
      await sync();
      if (!watcher) return;
      watcher.add(files);
      const resync = (path: string): void => {
        if (files.includes(path)) sync().catch((error: unknown) => logger.error(error instanceof Error ? error.message : String(error)));
      };
      // A file saved by replacing it arrives as unlink + add.
      for (const event of ['change', 'add', 'unlink'] as const) watcher.on(event, resync);
    },
  };
}
