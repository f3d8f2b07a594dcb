// Prints the ten slowest test files after a run, so the test budget (six minutes on two cores) is watched at
// every run rather than discovered when it is blown. A file's time counts its start-up too (loading its modules,
// jieba's dictionary, an index built at import), which vitest's own per-file figure leaves out.
import { relative } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

const SHOWN = 10;
const seconds = (ms: number): string => (ms / 1000).toFixed(1);

export default class SlowestFiles implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const rows = modules
      .map((module) => {
        const d = module.diagnostic();
        const startUp = d.environmentSetupDuration + d.prepareDuration + d.setupDuration + d.collectDuration;
        return { file: relative(process.cwd(), module.moduleId), startUp, ms: startUp + d.duration, project: module.project.name };
      })
      .sort((a, b) => b.ms - a.ms);
    if (rows.length === 0) return;
    const total = rows.reduce((sum, row) => sum + row.ms, 0);
    const lines = rows
      .slice(0, SHOWN)
      .map((row) => `  ${seconds(row.ms).padStart(6)} s  (start-up ${seconds(row.startUp).padStart(4)} s)  ${row.project.padEnd(5)} ${row.file}`);
    process.stdout.write(`\nSlowest ${lines.length} of ${rows.length} test files (all files: ${seconds(total)} s):\n${lines.join('\n')}\n`);
  }
}
