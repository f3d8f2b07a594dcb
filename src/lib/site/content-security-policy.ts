/**
 * The site's Content-Security-Policy. Pages carry it in a <meta http-equiv> so it holds on any static host;
 * the README gives the same text as a response header for hosts that can set one (a header can also add
 * frame-ancestors, which a meta tag cannot). Scripts and styles come only from our own files: Astro bundles
 * them into /_astro/ (never inlined, see astro.config.mjs), so nothing from an issue can ever run.
 */
export const CONTENT_SECURITY_POLICY_DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'self'"],
];

export const CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY_DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ');
