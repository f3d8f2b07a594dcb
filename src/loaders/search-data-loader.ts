// Astro content loader over the editors' search files (dictionary.txt, stopwords.yaml, journals.yaml,
// synonyms.yaml): one entry, parsed in src/lib.
import type { Loader } from 'astro/loaders';
import { loadEditorsSearchData, SEARCH_DATA_FILES } from '../lib/archive/load-archive.ts';
import { SEARCH_DATA_ENTRY } from '../lib/archive/search-data-schema.ts';
import { watchedLoader } from './watched-loader.ts';

export function searchDataLoader(): Loader {
  return watchedLoader({
    name: 'editors-search-data',
    watched: Object.values(SEARCH_DATA_FILES),
    sync: async (context, contentDir) => {
      const editors = loadEditorsSearchData(contentDir);
      const data = await context.parseData({ id: SEARCH_DATA_ENTRY, data: { ...editors } });
      context.store.clear();
      context.store.set({ id: SEARCH_DATA_ENTRY, data, digest: context.generateDigest(data) });
    },
  });
}
