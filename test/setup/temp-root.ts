// Vitest global setup: every temp folder of a run (archives, builds, browser profiles, servers) goes under one folder,
// removed when the run ends, so runs do not pile up folders in the system's temp folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'archive-tests-'));
  // Test workers and every process they start inherit it; os.tmpdir() reads it on each call.
  process.env['TMPDIR'] = root;
  return () => rmSync(root, { recursive: true, force: true });
}
