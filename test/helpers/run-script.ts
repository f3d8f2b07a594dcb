// Runs one of the package's npm scripts the way an editor would, capturing exit code and streams.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './build-site.ts';

export interface ScriptResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

const spawnIn = (command: string, args: readonly string[], env: Record<string, string>): ScriptResult => {
  const result = spawnSync(command, args, { cwd: REPO_ROOT, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
};

/** Through npm, as the README says: the script's wiring is under test too. */
export function runScript(script: string, args: readonly string[], env: Record<string, string> = {}): ScriptResult {
  return spawnIn('npm', ['run', '--silent', script, '--', ...args], env);
}

/**
 * The same program as `npm run <script>` (its `tsx scripts/….ts` read from package.json), run in one Node process
 * with tsx as its loader: npm's and tsx's own start-up cost about 0.6 s of CPU a call.
 */
export function runScriptDirect(script: string, args: readonly string[], env: Record<string, string> = {}): ScriptResult {
  const scripts = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  const file = /^tsx (scripts\/\S+\.ts)$/.exec(scripts[script] ?? '')?.[1];
  if (!file) throw new Error(`runScriptDirect: npm script "${script}" is not "tsx scripts/….ts"`);
  return spawnIn(process.execPath, ['--import', 'tsx', file, ...args], env);
}
