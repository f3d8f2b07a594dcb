// A string hash for names and cache keys that must be the same on every build and machine.

/** 32-bit FNV-1a over UTF-16 code units, as 8 hex digits: stable, tiny, no dependency (not for security). */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
