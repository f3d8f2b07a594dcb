// Launches the system Chromium for browser tests and the benchmark; a missing browser is one clear line, not a stack trace.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function chromiumPath(): string {
  return process.env['CHROME_PATH'] || '/usr/bin/chromium';
}

export async function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) {
    const error = new Error(
      `Chromium not found at ${executablePath}: install it (sudo apt-get install chromium) or set CHROME_PATH to a Chromium binary.`,
    );
    error.stack = error.message;
    throw error;
  }
  return chromium.launch({ executablePath, args: [...CHROMIUM_FLAGS, ...extraArgs] });
}
