// A minimal static file server for built sites: directory URLs serve index.html, unknown paths 404.html.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.opml': 'text/x-opml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.ris': 'application/x-research-info-systems; charset=utf-8',
};

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Serve the site under this base path (`/newsletter/`), as a host serving a sub-path deploy does; outside it, 404. */
  base?: string;
  /** The folder to serve, asked on every request: a test can swap in a new deploy under a page already open. */
  root?: () => string;
}

export async function serveDirectory(siteDir: string, options: ServeOptions = {}): Promise<RunningServer> {
  const base = options.base ?? '/';
  const server: Server = createServer((request, response) => {
    const root = options.root?.() ?? siteDir;
    const requested = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, requested.slice(base.length - 1)));
    if (!file.startsWith(normalize(root))) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = requested.startsWith(base) && existsSync(file) && statSync(file).isFile();
    const target = found ? file : join(root, '404.html');
    response.writeHead(found ? 200 : 404, { 'content-type': TYPES[extname(target)] ?? 'application/octet-stream' });
    createReadStream(target).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
