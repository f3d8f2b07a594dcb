// bibtex-parse ships no types; tests use only entries().
declare module 'bibtex-parse' {
  export function entries(bibtex: string): Record<string, string>[];
}
