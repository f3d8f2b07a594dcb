// DOIs as the archive compares and links them: lower-case, without resolver prefix.

// Any printable characters (SICI DOIs hold < > ; :), but no spaces, control or format characters: a bidi
// override in a DOI would reverse the text shown after it, and no registered DOI contains one.
const DOI_SHAPE = /^10\.\d{4,9}\/[^\s\p{Cc}\p{Cf}]+$/u;
const DOI_INSIDE_URL = /(?:^|\/)(10\.\d{4,9}\/[^\s?#"'<>]+)/;

/**
 * Normalises a DOI written as `https://doi.org/10.…`, `doi:10.…`, `DOI: 10.…` or bare `10.…`;
 * also finds the DOI inside a publisher URL such as `https://…/doi/10.…`. Null when there is none.
 */
export function normalizeDoi(written: string): string | null {
  let candidate = written.trim();
  candidate = candidate.replace(/^<|>$/g, '');
  const prefixed = /^doi\s*[:：]\s*(.+)$/i.exec(candidate);
  if (prefixed?.[1]) candidate = prefixed[1].trim();
  if (/^https?:\/\//i.test(candidate)) {
    candidate = candidate.replace(/^https?:\/\/(?:dx\.|www\.)?doi\.org\//i, '');
    if (/^https?:\/\//i.test(candidate)) {
      const inside = DOI_INSIDE_URL.exec(candidate.replace(/^https?:\/\/[^/]+/i, ''));
      if (!inside?.[1]) return null;
      candidate = inside[1];
    }
  }
  candidate = safeDecode(candidate).replace(/[.,;。，；]+$/, '');
  if (!DOI_SHAPE.test(candidate)) return null;
  return candidate.toLowerCase();
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
