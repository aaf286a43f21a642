// The language of the page being rendered, and its interface strings. A page's language is read from
// its address (`/es/…` is Spanish), so one page file renders both its English and its Spanish twin.
import { isLocale, type Locale } from '../lib/locale.ts';
import { localeOfPath, stripBase } from '../lib/routes.ts';
import { strings, type Strings } from '../i18n/index.ts';
import { routes } from './routes.ts';

/** What a page or component knows of its request (Astro's global: `pageLocale(Astro)`). */
interface PageContext {
  url: URL;
  currentLocale?: string | undefined;
}

/** The language of the page: Astro's i18n routing, or the address when Astro gives none. */
export function pageLocale(page: PageContext): Locale {
  const fromPath = localeOfPath(stripBase(routes.address.base, page.url.pathname));
  return isLocale(page.currentLocale) && page.currentLocale === fromPath ? page.currentLocale : fromPath;
}

/** The page's language and its interface strings: `const { locale, t } = pageStrings(Astro)`. */
export function pageStrings(page: PageContext): { locale: Locale; t: Strings } {
  const locale = pageLocale(page);
  return { locale, t: strings(locale) };
}
