// The archive's own name: the newsletter's name (newsletter/name.ts, which issue headers carry) and what the site adds.
import { NEWSLETTER_NAME } from '../newsletter/name.ts';

/** What the archive adds to the newsletter's name; the header sets it apart, smaller. */
export const SITE_NAME_SUFFIX = '文献库';
/** Page titles, og:site_name, the footer. */
export const SITE_NAME = `${NEWSLETTER_NAME} · ${SITE_NAME_SUFFIX}`;
