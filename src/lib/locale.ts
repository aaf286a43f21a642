// The languages of the site. English is the source of truth and lives at the site root; every other
// language is a copy of every page under its own folder (`/es/…`). Plain data, no Astro.

/** A language the site is published in. */
export type Locale = 'en' | 'es';

/** Every published language, the default first. */
export const LOCALES: readonly Locale[] = ['en', 'es'] as const;

/** The language of the root of the site (no path prefix). */
export const DEFAULT_LOCALE: Locale = 'en';

/** Whether a string names a published language. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The BCP 47 tag for `<html lang>`, `hreflang` and `Intl` (the same short codes here). */
export function languageTag(locale: Locale): string {
  return locale;
}

/** The other published languages, for the language switch and `hreflang` alternates. */
export function otherLocales(locale: Locale): Locale[] {
  return LOCALES.filter((l) => l !== locale);
}
