// What every content loader here does around its own sync: run it once, then in astro dev again whenever one of
// its files is saved, added or removed. A sync that throws stops a build (file:line in the message); in astro dev
// the collection keeps its last good entries and the message is logged (pages show the overlay: src/data/archive.ts).
import { join, sep } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { contentDirFromEnv } from '../lib/archive/load-archive.ts';

export interface WatchedLoaderSpec {
  name: string;
  /** Files or folders under content/ whose changes call for a new sync. */
  watched: readonly string[];
  /** Fills the store from content/ (clears it first); parseData and generateDigest are called on the context. */
  sync: (context: LoaderContext, contentDir: string) => Promise<void>;
}

export function watchedLoader(spec: WatchedLoaderSpec): Loader {
  return {
    name: spec.name,
    load: async (context) => {
      const contentDir = contentDirFromEnv();
      const paths = spec.watched.map((path) => join(contentDir, path));
      await spec.sync(context, contentDir);
      const { watcher, logger } = context;
      if (!watcher) return;
      watcher.add(paths);
      const resync = (changed: string): void => {
        if (!paths.some((path) => changed === path || changed.startsWith(path.endsWith(sep) ? path : path + sep))) return;
        spec.sync(context, contentDir).catch((error: unknown) => logger.error(error instanceof Error ? error.message : String(error)));
      };
      // A file saved by replacing it arrives as unlink + add.
      for (const event of ['change', 'add', 'unlink'] as const) watcher.on(event, resync);
    },
  };
}
