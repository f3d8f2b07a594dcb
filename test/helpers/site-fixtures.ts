// Every archive the site tests read, built once and shared: the global setup builds them two at a time (astro build
// is mostly one core), and a test file asks for one by name with withBuiltSite. A build is reused while nothing it
// is made from changed (sources, editor data, the fixture's issue files, the build's variables), so a second run of
// one test file starts at once; a clean clone builds everything.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateArchive, type GeneratedArchive } from '../../scripts/bench/generate-archive.ts';
import { buildSiteOrThrow, REPO_ROOT, REPO_SITE_DIR, SUB_PATH_BUILD, SUB_PATH_SITE_DIR } from './build-site.ts';
import { evalArchive } from './eval-archive.ts';
import { hostileArchive } from './hostile.ts';

/** Papers of the generated archive: enough issues, years and facet values for trends, feeds and pagination. */
export const GENERATED_PAPERS = 240;
const GENERATED_SEED = 7;

// Inside the project: the build's server chunks resolve Astro's packages from node_modules beside them.
const FIXTURES_DIR = fileURLToPath(new URL('../.output/sites/', import.meta.url));
const ARCHIVES_DIR = fileURLToPath(new URL('../.output/archives/', import.meta.url));

interface FixtureSpec {
  /** Writes (or finds) the fixture's content folder; deterministic, so a rebuilt fixture is the same archive. */
  content: () => string;
  siteDir: string;
  env?: Readonly<Record<string, string>>;
}

const generated = (folder: string): GeneratedArchive => generateArchive({ papers: GENERATED_PAPERS, seed: GENERATED_SEED, outDir: join(ARCHIVES_DIR, folder) });

const FIXTURES = {
  /** The repository's own content/ (issue 56), at the root. */
  repo: { content: () => join(REPO_ROOT, 'content'), siteDir: REPO_SITE_DIR },
  /** The same, deployed under /newsletter/ on https://example.org. */
  'repo-newsletter': { content: () => join(REPO_ROOT, 'content'), siteDir: SUB_PATH_SITE_DIR, env: SUB_PATH_BUILD.env },
  /** Issue 56 and the two invented fixture issues: the reader eval archive, and the "next deploy" of the repo site. */
  eval: { content: () => evalArchive(), siteDir: join(FIXTURES_DIR, 'eval') },
  /** The eval archive again from another content folder: two builds of one archive must be identical. */
  'eval-elsewhere': { content: () => evalArchive(), siteDir: join(FIXTURES_DIR, 'eval-elsewhere') },
  /** 240 papers recombined from the real issues by the bench's generator (seed 7). */
  generated: { content: () => generatedArchive().contentDir, siteDir: join(FIXTURES_DIR, 'generated') },
  /** Issue 66: hostile text in every field (test/helpers/hostile.ts). */
  hostile: { content: () => hostileArchive(), siteDir: join(FIXTURES_DIR, 'hostile') },
} satisfies Record<string, FixtureSpec>;

export type SiteFixture = keyof typeof FIXTURES;
export const SITE_FIXTURES = Object.keys(FIXTURES) as SiteFixture[];

export interface BuiltSite {
  siteDir: string;
  contentDir: string;
}

let generatedOnce: GeneratedArchive | undefined;
/** The generated archive's facts (issue texts, planted words), as the generator wrote them for the fixture. */
export function generatedArchive(): GeneratedArchive {
  generatedOnce ??= generated('generated');
  return generatedOnce;
}

// Each fixture's content folder is written once per test process: trends, accounting and the facet test all ask.
const contentDirs = new Map<SiteFixture, string>();
const contentOf = (name: SiteFixture): string => {
  let dir = contentDirs.get(name);
  if (!dir) {
    dir = FIXTURES[name].content();
    contentDirs.set(name, dir);
  }
  return dir;
};

/** The fixture's built site, built now if it is missing or out of date. */
export async function withBuiltSite(name: SiteFixture): Promise<BuiltSite> {
  const spec: FixtureSpec = FIXTURES[name];
  const contentDir = contentOf(name);
  const stampFile = `${spec.siteDir.replace(/\/+$/, '')}.stamp`;
  const stamp = fingerprint(contentDir, spec.env ?? {});
  const current = existsSync(stampFile) && existsSync(join(spec.siteDir, 'index.html')) && readFileSync(stampFile, 'utf8') === stamp;
  if (!current) {
    rmSync(stampFile, { force: true });
    rmSync(spec.siteDir, { recursive: true, force: true });
    await buildSiteOrThrow(spec.siteDir, { contentDir, env: { ...spec.env } });
    writeFileSync(stampFile, stamp);
  }
  return { siteDir: spec.siteDir, contentDir };
}

/** Builds every fixture, `parallel` at a time (the global setup). */
export async function buildAllSites(parallel = 2): Promise<void> {
  const queue = [...SITE_FIXTURES];
  const worker = async (): Promise<void> => {
    for (let name = queue.shift(); name; name = queue.shift()) await withBuiltSite(name);
  };
  await Promise.all(Array.from({ length: parallel }, worker));
}

// What a build is made of besides its content: the site's code, styles, static files and the build's configuration.
const SOURCE_PATHS = ['src', 'public', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json'];

let sourceDigest: string | undefined;
function sourcesFingerprint(): string {
  if (sourceDigest === undefined) {
    const hash = createHash('sha256');
    for (const path of SOURCE_PATHS) hashTree(hash, REPO_ROOT, join(REPO_ROOT, path));
    sourceDigest = hash.digest('hex');
  }
  return sourceDigest;
}

function fingerprint(contentDir: string, env: Readonly<Record<string, string>>): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ node: process.version, env, sources: sourcesFingerprint() }));
  hashTree(hash, contentDir, contentDir);
  return hash.digest('hex');
}

function hashTree(hash: ReturnType<typeof createHash>, root: string, path: string): void {
  if (!existsSync(path)) return;
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).sort()) hashTree(hash, root, join(path, name));
    return;
  }
  hash.update(`\u0000${relative(root, path)}\u0000`);
  hash.update(readFileSync(path));
}
