/**
 * Writes a .gz and a .br beside every text file of the built site, so a host that serves precompressed files
 * (nginx's gzip_static, see deploy/nginx.conf) sends them at the best compression without compressing per request.
 * Registered in astro.config.mjs only when PRECOMPRESS=1: the default build output stays as it is.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';

const TEXT_EXTENSIONS = new Set(['.html', '.css', '.js', '.json', '.xml', '.svg']);

function textFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return textFiles(path);
    return TEXT_EXTENSIONS.has(extname(name)) ? [path] : [];
  });
}

/** Compresses every text file under `dir`; a copy that would not be smaller is not written. Returns how many files got one. */
export function precompressFolder(dir: string): number {
  let written = 0;
  for (const file of textFiles(dir)) {
    const content = readFileSync(file);
    const gzip = gzipSync(content, { level: 9 });
    const brotli = brotliCompressSync(content, {
      params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: content.length },
    });
    if (gzip.length < content.length) writeFileSync(`${file}.gz`, gzip);
    if (brotli.length < content.length) writeFileSync(`${file}.br`, brotli);
    if (gzip.length < content.length || brotli.length < content.length) written++;
  }
  return written;
}

export default function precompress(): AstroIntegration {
  return {
    name: 'precompress',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const count = precompressFolder(fileURLToPath(dir));
        logger.info(`${count} text files precompressed (.gz, .br)`);
      },
    },
  };
}
