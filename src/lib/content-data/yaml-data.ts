// Reads the YAML data files editors maintain (journals, taxonomy, overrides) with file:line errors.
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'astro/zod';
import type { Diagnostic } from '../newsletter/types.ts';
import { formatDiagnostic } from '../newsletter/types.ts';

/** Thrown when an editor-maintained data file is wrong; the message lists every `file:line: message`. */
export class DataFileError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map(formatDiagnostic).join('\n'));
    this.name = 'DataFileError';
  }
}

export interface YamlData<T> {
  value: T;
  /** 1-based line of the node at a path such as [3, 'slug'], for later checks that need a location. */
  lineOf: (path: readonly (string | number)[]) => number;
}

export function parseYamlData<S extends z.ZodTypeAny>(text: string, file: string, schema: S): YamlData<z.output<S>> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineOf = (path: readonly (string | number)[]): number => lineOfPath(doc, lineCounter, path);
  if (doc.errors.length > 0) {
    throw new DataFileError(
      doc.errors.map((e) => ({
        file,
        line: e.linePos?.[0]?.line ?? 1,
        message: `not valid YAML: ${e.message.split('\n')[0] ?? ''}`,
      })),
    );
  }
  const result = schema.safeParse(doc.toJS());
  if (!result.success) {
    throw new DataFileError(
      result.error.issues.map((issue) => ({
        file,
        line: lineOf(issue.path),
        message: `${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`,
      })),
    );
  }
  return { value: result.data as z.output<S>, lineOf };
}

function lineOfPath(doc: Document, lineCounter: LineCounter, path: readonly (string | number)[]): number {
  // Walk down as far as the path exists; a missing key is reported at its parent.
  let node: unknown = doc.contents;
  for (const key of path) {
    if (!isNode(node) || !('get' in node) || typeof node.get !== 'function') break;
    const child: unknown = (node as { get(k: unknown, keepScalar: boolean): unknown }).get(key, true);
    if (child === undefined) break;
    node = child;
  }
  const offset = isNode(node) ? node.range?.[0] : undefined;
  return offset === undefined ? 1 : lineCounter.linePos(offset).line;
}
