// `npm run dev` as an editor uses it: a file saved broken shows Astro's error overlay with file:line in the
// browser, not stale pages; a deleted issue's pages are gone; a changed search file rebuilds the search index.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';
import { REPO_ROOT } from '../helpers/build-site.ts';
import { fixtureArchive } from '../helpers/fixture-archive.ts';
import { derivedIssue } from '../helpers/fixture-issues.ts';
import { seedText } from '../helpers/seed.ts';

const STARTUP_MS = 120_000;
const issue57 = derivedIssue(57, '2026-07-02');
const content = fixtureArchive({ '056.txt': seedText(), '057.txt': issue57 });
let dev: ChildProcess;
let origin: string;
const chromium = useBrowser();
let output = '';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const status = async (path: string): Promise<number> => (await fetch(`${origin}${path}`)).status;

/** What Vite's error overlay says on the page at `path`, once it shows (the files are read again on a render). */
async function overlayText(page: Page, path: string): Promise<string> {
  await expect
    .poll(
      async () => {
        await page.goto(`${origin}${path}`);
        // The overlay is drawn by Vite's client script once it has loaded.
        await page.waitForSelector('vite-error-overlay', { state: 'attached', timeout: 5000 }).catch(() => null);
        return page.locator('vite-error-overlay').count();
      },
      { timeout: 30_000, interval: 1000 },
    )
    .toBeGreaterThan(0);
  return page.evaluate(() => document.querySelector('vite-error-overlay')?.shadowRoot?.textContent ?? '');
}

beforeAll(async () => {
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  dev = spawn(process.execPath, ['node_modules/astro/astro.js', 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: REPO_ROOT,
    env: { ...process.env, ARCHIVE_CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  dev.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  dev.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const started = Date.now();
  for (;;) {
    if (dev.exitCode !== null) throw new Error(`astro dev exited:\n${output}`);
    if (Date.now() - started > STARTUP_MS) throw new Error(`astro dev did not answer within ${STARTUP_MS} ms:\n${output}`);
    try {
      if ((await status('/papers/57-1/')) === 200) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}, STARTUP_MS + 10_000);

afterAll(() => {
  dev?.kill();
  rmSync(content, { recursive: true, force: true });
});

describe('astro dev', () => {
  it('shows a broken file as an error overlay naming file and line, and drops a deleted issue', async () => {
    const file = join(content, 'issues', '057.txt');
    const broken = issue57.replace('期刊:European Radiology\n', '');
    writeFileSync(file, broken);
    const page = await chromium.page();
    const shown = await overlayText(page, '/issues/');
    const line = broken.split('\n').findIndex((l) => l.startsWith('4. MRI与超声')) + 1;
    expect(shown).toContain(`057.txt:${line}: paper 4 has no 期刊 line`);

    unlinkSync(file);
    await expect.poll(() => status('/papers/57-1/'), { timeout: 30_000, interval: 1000 }).toBe(404);
    await page.goto(`${origin}/issues/`);
    expect(await page.locator('vite-error-overlay').count()).toBe(0);
    expect(await page.locator('main').innerText()).not.toContain('第57期');
    expect(await status('/papers/56-1/')).toBe(200);
    await page.context().close();
  });

  it('reads a changed search file at once: broken, the overlay names its line; fixed, the search index is rebuilt', async () => {
    const file = join(content, 'synonyms.yaml');
    const original = readFileSync(file, 'utf8');
    const indexFolder = async (): Promise<string | undefined> => /\/search-index\/([0-9a-f]{16})\//.exec(await (await fetch(`${origin}/search/`)).text())?.[1];
    const before = await indexFolder();
    expect(before).toMatch(/^[0-9a-f]{16}$/);

    const broken = `${original}\n- [只有一个名字]\n`;
    writeFileSync(file, broken);
    const page = await chromium.page();
    expect(await overlayText(page, '/search/')).toContain(`synonyms.yaml:${broken.split('\n').length - 1}:`);

    // A new synonym pair changes the shards, so the index is served from a new folder.
    writeFileSync(file, `${original}\n- [青光眼, glaucoma]\n`);
    // A page that still fails names no index folder: only a new folder counts.
    await expect.poll(async () => [before, undefined].includes(await indexFolder()), { timeout: 30_000, interval: 1000 }).toBe(false);
    expect(await status('/search/')).toBe(200);
  });
});
