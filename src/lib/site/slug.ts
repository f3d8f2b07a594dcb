// ASCII slugs for URLs: Chinese lives in labels, never in routes.

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Lower-case ASCII words joined by hyphens. Text with no ASCII letters (a Chinese journal name)
 * gets `<fallbackPrefix>-<hash>` so it still has a stable URL.
 */
export function asciiSlug(text: string, fallbackPrefix: string): string {
  const folded = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  const slug = folded
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  const onlyAscii = !/[^ -~]/.test(folded.replace(/[\s\p{P}\p{S}]/gu, ''));
  if (/[a-z]/.test(slug) && onlyAscii) return slug;
  return `${fallbackPrefix}-${fnv1a(text.normalize('NFC').trim())}`;
}

/** 32-bit FNV-1a as 8 hex digits: stable across builds and machines, no dependency. */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
