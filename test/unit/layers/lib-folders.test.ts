// The folders of src/lib form layers: no two import each other, directly or round a loop (newsletter ↔ topics once
// did), so each can be read, tested and moved knowing only the folders below it.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const LIB = fileURLToPath(new URL('../../../src/lib/', import.meta.url));

/** Folder → folders its modules import (relative imports into another src/lib folder). */
function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of readdirSync(LIB, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.ts')) continue;
    const from = file.split(/[\\/]/)[0] ?? '';
    const imports = ts.preProcessFile(readFileSync(join(LIB, file), 'utf8'), true, true).importedFiles;
    for (const { fileName } of imports) {
      if (!fileName.startsWith('.')) continue;
      const target = relative(LIB, resolve(LIB, dirname(file), fileName));
      const to = target.split(/[\\/]/)[0] ?? '';
      if (target.startsWith('..') || to === from) continue;
      graph.set(from, (graph.get(from) ?? new Set()).add(to));
    }
  }
  return graph;
}

/** One loop of the graph as its path (a → b → a), or null when it has none. */
function findCycle(graph: ReadonlyMap<string, ReadonlySet<string>>): string[] | null {
  const done = new Set<string>();
  const visit = (node: string, path: string[]): string[] | null => {
    const back = path.indexOf(node);
    if (back >= 0) return [...path.slice(back), node];
    if (done.has(node)) return null;
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next, [...path, node]);
      if (cycle) return cycle;
    }
    done.add(node);
    return null;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node, []);
    if (cycle) return cycle;
  }
  return null;
}

const graphOf = (edges: Record<string, string[]>) => new Map(Object.entries(edges).map(([from, to]) => [from, new Set(to)]));

describe('findCycle', () => {
  it.each([
    ['no edges', {}, null],
    ['a chain', { a: ['b'], b: ['c'] }, null],
    ['a diamond', { a: ['b', 'c'], b: ['d'], c: ['d'] }, null],
    ['two folders importing each other', { newsletter: ['topics'], topics: ['newsletter'] }, ['newsletter', 'topics', 'newsletter']],
    ['a longer loop', { a: ['b'], b: ['c'], c: ['a'] }, ['a', 'b', 'c', 'a']],
  ])('%s', (_name, edges, cycle) => {
    expect(findCycle(graphOf(edges))).toEqual(cycle);
  });
});

describe('src/lib folders', () => {
  it('import each other in one direction only', () => {
    const graph = folderGraph();
    expect(graph.get('search')?.has('text')).toBe(true); // the scan sees imports at all
    expect(findCycle(graph)).toBeNull();
  });
});
