// A built site served on a loopback port for one test file: started before its tests, stopped after them.
import { afterAll, beforeAll } from 'vitest';
import { serveDirectory, type RunningServer, type ServeOptions } from '../../scripts/lib/static-server.ts';

export interface ServedSite {
  /** http://127.0.0.1:PORT, without a trailing slash. */
  readonly url: string;
}

export function useServedSite(siteDir: string | (() => string), options: ServeOptions = {}): ServedSite {
  let server: RunningServer | undefined;
  beforeAll(async () => {
    server = await serveDirectory(typeof siteDir === 'function' ? siteDir() : siteDir, options);
  });
  afterAll(async () => {
    await server?.close();
  });
  return {
    get url(): string {
      if (!server) throw new Error('useServedSite(): the server starts in beforeAll; use it inside a test or hook');
      return server.url;
    },
  };
}
