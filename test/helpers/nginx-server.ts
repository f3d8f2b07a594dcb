// Runs deploy/nginx.conf on a real nginx for tests: its own main config, port, pid, logs and temp folders in a
// temp directory, in the foreground as a child process, never the system service.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onLoopback, readRecipe, underSubPath } from './nginx-recipe.ts';
import type { RunningServer } from '../../scripts/lib/static-server.ts';

export function nginxPath(): string {
  return process.env['NGINX_PATH'] || '/usr/sbin/nginx';
}

/** nginx's main config around the recipe: everything it writes stays in `dir`. */
function mainConfig(dir: string, serverFile: string): string {
  return `# Written by test/helpers/nginx-server.ts
daemon off;
master_process off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log ${dir}/access.log;
  client_body_temp_path ${dir}/client-body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  include ${serverFile};
}
`;
}

async function freeLoopbackPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no loopback port');
  return address.port;
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

export interface NginxServer extends RunningServer {
  /** nginx's error log so far: what it said about the config, and every request it could not serve. */
  errorLog(): string;
}

/**
 * Serves `siteDir` with deploy/nginx.conf on a free loopback port, at the root or under `base` (`/newsletter/`,
 * the server's own root then an empty folder); resolves once nginx answers.
 */
export async function serveWithNginx(siteDir: string, options: { base?: string } = {}): Promise<NginxServer> {
  const executable = nginxPath();
  if (!existsSync(executable)) {
    const error = new Error(`nginx not found at ${executable}: install it (sudo apt-get install nginx-light or nginx) or set NGINX_PATH`);
    error.stack = error.message;
    throw error;
  }
  const dir = mkdtempSync(join(tmpdir(), 'nginx-test-'));
  const port = await freeLoopbackPort();
  const serverFile = join(dir, 'server.conf');
  const configFile = join(dir, 'nginx.conf');
  const serverRoot = options.base ? join(dir, 'server-root') : siteDir;
  mkdirSync(serverRoot, { recursive: true });
  const recipe = onLoopback(readRecipe(), port, serverRoot);
  writeFileSync(serverFile, options.base ? underSubPath(recipe, options.base, siteDir) : recipe);
  writeFileSync(configFile, mainConfig(dir, serverFile));
  const logFile = join(dir, 'error.log');
  const errorLog = (): string => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : '');

  // -e: the startup log before the config is read would otherwise go to /var/log/nginx.
  const child = spawn(executable, ['-p', `${dir}/`, '-c', configFile, '-e', logFile], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const close = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGQUIT');
    await exited(child);
    rmSync(dir, { recursive: true, force: true });
  };

  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) {
      const log = errorLog();
      await close();
      throw new Error(`nginx exited with ${child.exitCode}:\n${stderr}${log}`.trim());
    }
    try {
      await fetch(`${url}/`, { method: 'HEAD' });
      return { url, close, errorLog };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  await close();
  throw new Error(`nginx did not answer at ${url} within 10 s:\n${stderr}`);
}
