// A malformed issue file stops astro build and astro dev with the same file:line message.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, REPO_ROOT } from '../helpers/build-site.ts';
import { fixtureArchive, tempDir } from '../helpers/fixture-archive.ts';
import { lineOf, seedText } from '../helpers/seed.ts';

const broken = seedText().replace('期刊:European Radiology\n', '');
const brokenLine = lineOf(broken, '4. MRI与超声');
const contentDir = fixtureArchive({ '056.txt': broken });
const expected = `${join(contentDir, 'issues', '056.txt')}:${brokenLine}: paper 4 has no 期刊 line`;

describe('a malformed issue file', () => {
  it('fails astro build with file:line and builds no pages', async () => {
    const outDir = tempDir('bad-build-');
    const result = await buildSite(outDir, { contentDir });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(expected);
  });

  it('shows the same message in astro dev', async () => {
    const child = spawn(process.execPath, ['node_modules/astro/astro.js', 'dev', '--port', '0'], {
      cwd: REPO_ROOT,
      env: { ...process.env, ARCHIVE_CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    let output = '';
    const found = await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), 90_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes(expected)) {
          clearTimeout(timer);
          resolve(true);
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.on('exit', () => {
        clearTimeout(timer);
        resolve(output.includes(expected));
      });
    });
    child.kill();
    expect(found, output.slice(-2000)).toBe(true);
  });
});
