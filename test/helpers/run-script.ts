// Runs one of the package's npm scripts the way an editor would, capturing exit code and streams.
import { spawnSync } from 'node:child_process';
import { REPO_ROOT } from './build-site.ts';

export interface ScriptResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runScript(script: string, args: readonly string[], env: Record<string, string> = {}): ScriptResult {
  const result = spawnSync('npm', ['run', '--silent', script, '--', ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
