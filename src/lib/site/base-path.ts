// The base path a site is deployed under, as BASE_PATH gives it: checked once, so a typo stops the build.

/** `/`, or `/newsletter/` for `newsletter`, `/newsletter` or `/newsletter/`; anything else is a configuration error. */
export function normalizeBasePath(base: string | undefined): string {
  const trimmed = (base ?? '').trim().replace(/^\/+|\/+$/g, '');
  if (!trimmed) return '/';
  const parts = trimmed.split('/');
  if (parts.some((part) => !/^[A-Za-z0-9._~-]+$/.test(part) || part === '.' || part === '..')) {
    throw new Error(`BASE_PATH must be a URL path such as /newsletter/, not ${JSON.stringify(base)}`);
  }
  return `/${trimmed}/`;
}
