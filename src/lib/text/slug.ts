// ASCII slugs for URLs: Chinese lives in labels, never in routes.
import { fnv1a } from './hash.ts';

/** What every slug looks like: lower-case ASCII words joined by single hyphens. */
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
