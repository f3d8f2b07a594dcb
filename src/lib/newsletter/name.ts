// The newsletter's name, as its issue headers write it and as the archive names it everywhere else.

export const NEWSLETTER_NAME = '医学影像与AI文献快递';
/** How every issue's header line begins. */
export const NEWSLETTER_BRAND = `【${NEWSLETTER_NAME}】`;
/** The archive's own name: page titles, og:site_name, the header. */
export const ARCHIVE_NAME = `${NEWSLETTER_NAME} · 文献库`;
