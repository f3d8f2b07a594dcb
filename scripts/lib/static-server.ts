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
  '.xsl': 'text/xsl; charset=utf-8',
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

export async function serveDirectory(root: string, options: ServeOptions = {}): Promise<RunningServer> {
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, pathname));
    if (!file.startsWith(normalize(root))) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file) && statSync(file).isFile();
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
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
