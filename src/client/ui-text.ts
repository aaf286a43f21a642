// The interface words of browser code, in the page's language: the islands carry every language's
// words in their own code (src/i18n/client-words.ts) and pick by the page's <html lang> (not the
// nearest `lang`: a Spanish page's button beside an English quote still speaks Spanish), so no page
// carries them; `{name}` slots are filled here.
import { CLIENT_WORDS, type ClientWords } from '../i18n/client-words.ts';
import { DEFAULT_LOCALE, isLocale } from '../lib/locale.ts';

/** The island words in the language of the element's page; the default language's for any other. */
export function uiText<K extends keyof ClientWords>(element: Element, part: K): ClientWords[K] {
  const lang = element.ownerDocument.documentElement.lang.toLowerCase().split('-')[0];
  return CLIENT_WORDS[isLocale(lang) ? lang : DEFAULT_LOCALE][part];
}

/** A template with its `{name}` slots filled: `fill('{n} events', { n: 3 })` is `3 events`. */
export function fill(template: string | undefined, values: Record<string, string | number>): string {
  return (template ?? '').replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
