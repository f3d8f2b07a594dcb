// The newsletter's name, as its issue headers write it; the site's own name builds on it (site/site-name.ts).

export const NEWSLETTER_NAME = '医学影像与AI文献快递';
/** How every issue's header line begins. */
export const NEWSLETTER_BRAND = `【${NEWSLETTER_NAME}】`;
