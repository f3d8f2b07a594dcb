// Runs deploy/nginx.conf on a real nginx for tests: its own main config, port, pid, logs and temp folders in a
// temp directory, in the foreground as a child process, never the system service.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RunningServer } from './static-server.ts';

export const NGINX_RECIPE = fileURLToPath(new URL('../../deploy/nginx.conf', import.meta.url));

export function nginxPath(): string {
  return process.env['NGINX_PATH'] || '/usr/sbin/nginx';
}

/** The recipe with only its `listen` and `root` replaced; exactly one of each, so a reshaped recipe fails loudly. */
export function recipeFor(recipe: string, port: number, root: string): string {
  const replaceOne = (text: string, directive: string, value: string): string => {
    const pattern = new RegExp(`^(\\s*)${directive}\\s[^;]*;`, 'gm');
    const found = text.match(pattern)?.length ?? 0;
    if (found !== 1) throw new Error(`deploy/nginx.conf: expected one \`${directive}\` line, found ${found}`);
    return text.replace(pattern, (_line, indent: string) => `${indent}${directive} ${value};`);
  };
  return replaceOne(replaceOne(recipe, 'listen', `127.0.0.1:${port}`), 'root', JSON.stringify(root));
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

/** Serves `root` with deploy/nginx.conf on a free loopback port; resolves once nginx answers. */
export async function serveWithNginx(root: string): Promise<NginxServer> {
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
  writeFileSync(serverFile, recipeFor(readFileSync(NGINX_RECIPE, 'utf8'), port, root));
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
