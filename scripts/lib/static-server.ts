// A minimal static file server for built sites (tests and `npm run lighthouse`): directory URLs serve index.html, unknown paths 404.html.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';

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
  /** Brotli or gzip, as the browser accepts, like a real host: Lighthouse's load times count transferred bytes. */
  compress?: boolean;
}

/** The compressing stream the request accepts, with its name for Content-Encoding; none for binary files. */
function encoderFor(accepted: string, type: string): { name: string; stream: () => NodeJS.ReadWriteStream } | null {
  if (!/^(text\/|application\/(json|xml))|svg/.test(type)) return null;
  if (/\bbr\b/.test(accepted)) return { name: 'br', stream: () => createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }) };
  if (/\bgzip\b/.test(accepted)) return { name: 'gzip', stream: () => createGzip({ level: 9 }) };
  return null;
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
    const type = TYPES[extname(target)] ?? 'application/octet-stream';
    const encoder = options.compress ? encoderFor(String(request.headers['accept-encoding'] ?? ''), type) : null;
    const headers = encoder ? { 'content-type': type, 'content-encoding': encoder.name, vary: 'accept-encoding' } : { 'content-type': type };
    response.writeHead(found ? 200 : 404, headers);
    const body = createReadStream(target);
    (encoder ? body.pipe(encoder.stream()) : body).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    // A browser keeps sockets open, some before it sends a request (preconnects): close() alone waits for them forever.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
