// The routes of this build: the public address from Astro's config (SITE_URL: origin and base path),
// bound once for every page. Pages link with `href(paths.x(…), locale)` and publish with
// `absolute(…, locale)`; without a locale both give the English (root) address.
import { createRoutes } from '../lib/routes.ts';

export { paths, localized, delocalized, localeOfPath, translatedPath } from '../lib/routes.ts';

export const routes = createRoutes(new URL(import.meta.env.BASE_URL, import.meta.env.SITE).href);
export const { href, absolute } = routes;
/** The site's full public address with its base path, for exports that make absolute URLs. */
export const siteRoot = routes.address.root;
