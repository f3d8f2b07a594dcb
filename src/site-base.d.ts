/** Astro's `base` (BASE_PATH), written in by astro.config.mjs's vite.define; absent outside the build (CLI, tests). */
declare const __SITE_BASE__: string | undefined;
