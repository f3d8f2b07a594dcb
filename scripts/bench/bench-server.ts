// A static server for benchmarks that behaves like a CDN: HTTPS with HTTP/2, brotli or gzip for text,
// bytes counted as sent (a Web Worker's requests are counted too), and optional mobile network shaping.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createSecureServer, type Http2ServerRequest, type Http2ServerResponse } from 'node:http2';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, brotliCompressSync, constants, gzipSync } from 'node:zlib';

const brotli = promisify(brotliCompress);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};
// Text and wasm get compressed like a CDN does; Pagefind's .pf_* files are gzip already and go as they are.
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.svg', '.wasm']);
// Compressed ahead of time, as a CDN serves static files, so compression never lands inside a timed query.
const PRECOMPRESSED_DIRS = ['search-index', 'bench', 'pagefind', '_astro'];

export interface Shaping {
  /** Added before each response, like one round trip. */
  latencyMs: number;
  /** Shared by all responses, like one radio link. */
  bytesPerSecond: number;
}

export interface Traffic {
  bytes: number;
  requests: number;
  paths: string[];
}

export interface BenchServer {
  origin: string;
  /** Starts a new count of bytes and requests. */
  resetTraffic(): void;
  traffic(): Traffic;
  setShaping(shaping: Shaping | null): void;
  close(): Promise<void>;
}

function selfSignedCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'bench-tls-'));
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '2', '-subj', '/CN=127.0.0.1'], {
    stdio: 'ignore',
  });
  return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

export async function startBenchServer(root: string): Promise<BenchServer> {
  const compressed = new Map<string, Buffer>();
  let traffic: Traffic = { bytes: 0, requests: 0, paths: [] };
  let shaping: Shaping | null = null;
  let linkFreeAt = 0;

  const bodyFor = (file: string, encoding: 'br' | 'gzip' | null): Buffer => {
    const raw = readFileSync(file);
    if (!encoding) return raw;
    const key = `${encoding}:${file}`;
    let body = compressed.get(key);
    if (!body) {
      body = encoding === 'br' ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }) : gzipSync(raw, { level: 9 });
      compressed.set(key, body);
    }
    return body;
  };

  // Brotli only: Chromium always asks for it over HTTPS. zlib's async API spreads the work over its thread pool.
  const toCompress = PRECOMPRESSED_DIRS.flatMap((dir) => filesUnder(join(root, dir))).filter((file) => COMPRESSIBLE.has(extname(file)));
  for (let i = 0; i < toCompress.length; i += 64) {
    await Promise.all(
      toCompress.slice(i, i + 64).map(async (file) => {
        const body = await brotli(readFileSync(file), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
        compressed.set(`br:${file}`, body);
      }),
    );
  }

  const send = async (response: Http2ServerResponse, body: Buffer): Promise<void> => {
    if (!shaping) {
      response.end(body);
      return;
    }
    // Serialise all bodies through one paced link.
    const now = Date.now();
    const start = Math.max(now, linkFreeAt);
    const duration = (body.length / shaping.bytesPerSecond) * 1000;
    linkFreeAt = start + duration;
    await new Promise((resolve) => setTimeout(resolve, start + duration - now));
    response.end(body);
  };

  const handle = async (request: Http2ServerRequest, response: Http2ServerResponse): Promise<void> => {
    const pathname = decodeURIComponent(new URL(request.url, 'https://x').pathname);
    let file = normalize(join(root, pathname));
    if (!file.startsWith(normalize(root))) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (shaping) await new Promise((resolve) => setTimeout(resolve, shaping?.latencyMs ?? 0));
    if (!existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    const ext = extname(file);
    const accept = String(request.headers['accept-encoding'] ?? '');
    const encoding = COMPRESSIBLE.has(ext) ? (/\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : null) : null;
    const body = bodyFor(file, encoding);
    traffic.bytes += body.length;
    traffic.requests += 1;
    traffic.paths.push(pathname);
    response.writeHead(200, {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'content-length': String(body.length),
      'cache-control': 'no-cache',
      // Cross-origin isolation gives performance.now() microsecond resolution instead of 100 µs steps.
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
      'cross-origin-resource-policy': 'same-origin',
      ...(encoding ? { 'content-encoding': encoding, vary: 'accept-encoding' } : {}),
    });
    await send(response, body);
  };

  const server = createSecureServer({ ...selfSignedCertificate(), allowHTTP1: true }, (request, response) => {
    handle(request, response).catch(() => response.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `https://127.0.0.1:${port}`,
    resetTraffic: () => {
      traffic = { bytes: 0, requests: 0, paths: [] };
    },
    traffic: () => ({ ...traffic, paths: [...traffic.paths] }),
    setShaping: (value) => {
      shaping = value;
      linkFreeAt = 0;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
