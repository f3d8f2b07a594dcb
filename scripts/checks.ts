// checks: the type check and the lint side by side (each is one process on one core), each one's output printed
// whole when it ends; exits non-zero when either fails. Usage: npm run --silent checks
// Both read the types Astro generates into .astro/ (astro:content and the rest), so they are generated first, once:
// the type check then skips its own generation, which would rewrite the files while the lint reads them.
import { spawn } from 'node:child_process';

interface Step {
  name: string;
  args: string[];
}

const SYNC: Step = { name: 'astro sync', args: ['exec', '--', 'astro', 'sync'] };
const CHECKS: Step[] = [
  { name: 'typecheck', args: ['run', '--silent', 'typecheck', '--', '--noSync'] },
  { name: 'lint', args: ['run', '--silent', 'lint'] },
];

function run(step: Step): Promise<boolean> {
  return new Promise((resolve) => {
    const output: Buffer[] = [];
    const child = spawn('npm', step.args, { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    child.once('error', (error) => {
      process.stderr.write(`${step.name} could not start: ${error.message}\n`);
      resolve(false);
    });
    child.once('close', (code) => {
      const text = Buffer.concat(output).toString().trimEnd();
      process.stdout.write(`── ${step.name}: ${code === 0 ? 'passed' : `failed (exit ${code})`}\n${text ? `${text}\n` : ''}`);
      resolve(code === 0);
    });
  });
}

if (!(await run(SYNC))) process.exit(1);
const passed = await Promise.all(CHECKS.map(run));
if (passed.includes(false)) process.exit(1);
