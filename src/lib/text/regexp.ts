// Text as a literal inside a regular expression built at run time (terms, names, query words).

/** Every character special in a pattern escaped, `/` too, so the result is valid with or without the `u` flag. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
