// Vitest global setup for site tests: every fixture site (test/helpers/site-fixtures.ts), two builds at a time,
// each reused while nothing it is made from changed.
import { performance } from 'node:perf_hooks';
import { buildAllSites } from '../helpers/site-fixtures.ts';

export default async function setup(): Promise<void> {
  const start = performance.now();
  await buildAllSites();
  process.stdout.write(`Site fixtures ready in ${((performance.now() - start) / 1000).toFixed(1)} s\n`);
}
