// The loopback server the browser tests and Lighthouse read the built site from.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serveDirectory } from '../../../scripts/lib/static-server.ts';

const site = mkdtempSync(join(tmpdir(), 'static-server-'));
writeFileSync(join(site, 'index.html'), '<!doctype html><title>home</title>');
writeFileSync(join(site, '404.html'), '<!doctype html><title>not found</title>');
afterAll(() => rmSync(site, { recursive: true, force: true }));

const openSocket = (url: string): Promise<Socket> =>
  new Promise((resolve, reject) => {
    const { hostname, port } = new URL(url);
    const socket = connect(Number(port), hostname, () => resolve(socket)).on('error', reject);
  });

describe('serveDirectory', () => {
  it('serves the folder, and its 404 page for an unknown address', async () => {
    const server = await serveDirectory(site);
    try {
      const home = await fetch(`${server.url}/`);
      expect([home.status, await home.text()]).toEqual([200, '<!doctype html><title>home</title>']);
      const missing = await fetch(`${server.url}/nowhere/`);
      expect([missing.status, await missing.text()]).toEqual([404, '<!doctype html><title>not found</title>']);
    } finally {
      await server.close();
    }
  });

  // Chromium opens sockets before it has a request for them, and a test file's server closes while its browser
  // still holds them: a close that waited for them hung the hook until it timed out.
  it('closes while a client holds a socket open, idle or in the middle of a request', async () => {
    const server = await serveDirectory(site);
    const preconnect = await openSocket(server.url);
    const halfSent = await openSocket(server.url);
    halfSent.write('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    let timer: NodeJS.Timeout | undefined;
    const closedBy = await Promise.race([
      server.close().then(() => 'close'),
      new Promise((resolve) => {
        timer = setTimeout(resolve, 5000, 'still open after 5 s');
      }),
    ]);
    clearTimeout(timer);
    preconnect.destroy();
    halfSent.destroy();
    expect(closedBy).toBe('close');
  });
});
