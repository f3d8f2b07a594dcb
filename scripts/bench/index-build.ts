// Our search index from issue text to files on disk, in a fresh process, timed like Pagefind's whole CLI run:
// parse, jieba's dictionary load, segmentation, index, write. Run by the bench as
// `node --import tsx scripts/bench/index-build.ts CONTENT_DIR OUT_DIR`; prints {"ms":…,"files":…,"bytes":…}.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadArchive, loadSearchData, validIssues } from '../../src/lib/archive/load-archive.ts';
import { buildSearchIndex } from '../../src/lib/search/build-index.ts';
import { indexBuildHash } from '../../src/lib/search/index-build-hash.ts';
import { SITE_INDEX_ROOT } from '../../src/lib/search/file-reader.ts';
import { jiebaCutter } from '../../src/lib/search/jieba-segmenter.ts';
import { papersOf } from '../../src/lib/site/archive-views.ts';

const [contentDir, outDir] = process.argv.slice(2);
if (!contentDir || !outDir) {
  process.stderr.write('usage: index-build.ts CONTENT_DIR OUT_DIR\n');
  process.exit(2);
}

const start = performance.now();
const loaded = loadArchive(contentDir);
const papers = papersOf(validIssues(loaded));
const topics = [...loaded.taxonomy.modalities, ...loaded.taxonomy.diseases];
const data = loadSearchData(contentDir, topics.flatMap((t) => t.zh));
const files = buildSearchIndex({ papers, topics, ...data, cut: jiebaCutter(data.knownWords) });
const folder = join(outDir, SITE_INDEX_ROOT, indexBuildHash(files));
let bytes = 0;
for (const [path, body] of files) {
  const file = join(folder, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, body);
  bytes += Buffer.byteLength(body);
}
process.stdout.write(`${JSON.stringify({ ms: performance.now() - start, files: files.size, bytes })}\n`);
