// Prefix lookups in a sorted list of terms: the index's vocabulary is searched this way at build and in the browser.

/** The first position whose term is not below `key`. */
export function lowerBound(sorted: readonly string[], key: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((sorted[mid] ?? '') < key) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Every term starting with `prefix`, in order. */
export function withPrefix(sorted: readonly string[], prefix: string): string[] {
  const found: string[] = [];
  for (let i = lowerBound(sorted, prefix); i < sorted.length && (sorted[i] ?? '').startsWith(prefix); i++) found.push(sorted[i] ?? '');
  return found;
}

export const hasPrefix = (sorted: readonly string[], prefix: string): boolean => (sorted[lowerBound(sorted, prefix)] ?? '').startsWith(prefix);

/** Whether some term starting with `prefix` passes `test`; stops at the first that does, listing nothing. */
export function someWithPrefix(sorted: readonly string[], prefix: string, test: (term: string) => boolean): boolean {
  for (let i = lowerBound(sorted, prefix); i < sorted.length && (sorted[i] ?? '').startsWith(prefix); i++) if (test(sorted[i] ?? '')) return true;
  return false;
}
