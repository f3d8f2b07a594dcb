// Prints the ten slowest test files after a run, so the test budget (six minutes on two cores) is watched at
// every run rather than discovered when it is blown.
import { relative } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

const SHOWN = 10;

export default class SlowestFiles implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const rows = modules
      .map((module) => ({ file: relative(process.cwd(), module.moduleId), ms: module.diagnostic().duration, project: module.project.name }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, SHOWN);
    if (rows.length === 0) return;
    const lines = rows.map((row) => `  ${(row.ms / 1000).toFixed(1).padStart(6)} s  ${row.project.padEnd(5)} ${row.file}`);
    process.stdout.write(`\nSlowest ${rows.length} test files:\n${lines.join('\n')}\n`);
  }
}
