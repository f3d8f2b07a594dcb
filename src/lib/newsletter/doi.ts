// DOIs as the archive compares and links them: one canonical form, lower-case, without resolver prefix.
import { foldWidth } from '../text/fold.ts';

/** How every DOI begins, as pattern source: the directory 10, a registrant code of 4 to 9 digits, a slash. */
export const DOI_PREFIX = String.raw`10\.\d{4,9}\/`;
/**
 * A whole DOI: any printable characters after the prefix (SICI DOIs hold < > ; :), but no spaces, control or format
 * characters: a bidi override in a DOI would reverse the text shown after it, and no registered DOI contains one.
 */
export const DOI_PATTERN = new RegExp(`^${DOI_PREFIX}[^\\s\\p{Cc}\\p{Cf}]+$`, 'u');
const DOI_INSIDE_URL = new RegExp(`(?:^|/)(${DOI_PREFIX}[^\\s?#"'<>]+)`);

// Hyphens that look like `-` but are other code points: a DOI typed or pasted through a word processor or an IME.
const LOOK_ALIKE_HYPHENS = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
// Left behind by copying from prose: closing quotes and brackets, sentence punctuation.
const LEADING_JUNK = /^["'“‘「『《〈([]+/u;
// A slash too: a URL copied with its trailing `/` names the same DOI (no registered DOI ends in one).
const TRAILING_JUNK = /["'“”‘’「」『』》〉.,;:!?。，；：！？、/]+$/u;

export interface CanonicalDoi {
  /** Lower-case, without resolver, query or fragment: what links, citations and duplicate checks use. */
  doi: string;
  /** What was taken off or replaced beyond the usual prefixes and case, for a warning; empty when nothing was. */
  cleaned: string[];
}

/**
 * The canonical form of a DOI written as `https://doi.org/10.…`, `doi:10.…`, `DOI: 10.…` or bare `10.…`, or
 * found inside a publisher URL such as `https://…/doi/10.…`. Full-width characters are folded (NFKC),
 * look-alike hyphens become `-`, and a URL query (`?utm_source=…`), a fragment (`#abstract`) and trailing
 * punctuation or quotes are dropped, so a DOI in disguise is still the same paper. Null when there is no DOI.
 */
export function canonicalDoi(written: string): CanonicalDoi | null {
  const cleaned: string[] = [];
  const folded = foldWidth(written);
  if (folded !== written.normalize('NFC')) cleaned.push('full-width characters');
  let candidate = folded.trim();
  if (LOOK_ALIKE_HYPHENS.test(candidate)) {
    cleaned.push('look-alike hyphens');
    candidate = candidate.replace(LOOK_ALIKE_HYPHENS, '-');
  }
  // Quotes or brackets can wrap the whole link (“https://doi.org/…”), not only a bare DOI.
  let leading = '';
  const dropLeadingJunk = (): void => {
    const junk = LEADING_JUNK.exec(candidate)?.[0] ?? '';
    leading += junk;
    candidate = candidate.slice(junk.length);
  };
  dropLeadingJunk();
  candidate = candidate.replace(/^<|>$/g, '');
  const prefixed = /^doi\s*:\s*(.+)$/i.exec(candidate);
  if (prefixed?.[1]) candidate = prefixed[1].trim();
  // The resolver, also without its scheme (doi.org/10.…, as citations print it).
  candidate = candidate.replace(/^(?:https?:\/\/)?(?:dx\.|www\.)?doi\.org\//i, '');
  if (/^https?:\/\//i.test(candidate)) {
    const inside = DOI_INSIDE_URL.exec(candidate.replace(/^https?:\/\/[^/]+/i, ''));
    if (!inside?.[1]) return null;
    candidate = inside[1];
  }
  for (const [mark, name] of [['#', 'fragment'], ['?', 'URL query']] as const) {
    const at = candidate.indexOf(mark);
    if (at > 0) {
      cleaned.push(`${name} '${candidate.slice(at)}'`);
      candidate = candidate.slice(0, at);
    }
  }
  candidate = safeDecode(candidate);
  dropLeadingJunk();
  if (leading) cleaned.push(`leading '${leading}'`);
  let trailing = '';
  for (let cut = trailingJunk(candidate); cut; cut = trailingJunk(candidate)) {
    trailing = cut + trailing;
    candidate = candidate.slice(0, -cut.length);
  }
  if (trailing) cleaned.push(`trailing '${trailing}'`);
  if (!DOI_PATTERN.test(candidate)) return null;
  return { doi: candidate.toLowerCase(), cleaned };
}

function trailingJunk(candidate: string): string {
  return TRAILING_JUNK.exec(candidate)?.[0] ?? unbalancedClosers(candidate);
}

/** `)` or `]` at the end with no opening partner in the DOI: punctuation of the text around it. */
function unbalancedClosers(candidate: string): string {
  const m = /[)\]]+$/.exec(candidate);
  if (!m) return '';
  const opened = (candidate.match(/[([]/g) ?? []).length;
  const closed = (candidate.match(/[)\]]/g) ?? []).length;
  return closed > opened ? m[0].slice(0, closed - opened) : '';
}

/** The canonical DOI alone (see canonicalDoi), or null. */
export function normalizeDoi(written: string): string | null {
  return canonicalDoi(written)?.doi ?? null;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The doi.org link for a normalised DOI; characters that would break a URL are escaped. */
export function doiUrl(doi: string): string {
  const path = doi
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/%3A/gi, ':').replace(/%40/g, '@'))
    .join('/');
  return `https://doi.org/${path}`;
}
