// The real issue 56 as test input, and small helpers to derive variants of it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SEED_PATH = fileURLToPath(new URL('../../content/issues/2026-06-25-056.txt', import.meta.url));
export const seedBytes = (): Uint8Array => new Uint8Array(readFileSync(SEED_PATH));
export const seedText = (): string => readFileSync(SEED_PATH, 'utf8');
export const seedLines = (): string[] => seedText().split('\n');

export const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** 1-based line number of the first line containing `needle` in `text`. */
export function lineOf(text: string, needle: string, from = 1): number {
  const lines = text.split(/\r\n|\r|\n/);
  const index = lines.findIndex((line, i) => i + 1 >= from && line.includes(needle));
  if (index < 0) throw new Error(`'${needle}' not found`);
  return index + 1;
}

/** Removes the lines containing any of the needles. */
export function withoutLines(text: string, predicate: (line: string, index: number) => boolean): string {
  return text
    .split('\n')
    .filter((line, i) => !predicate(line, i))
    .join('\n');
}
