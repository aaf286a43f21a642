// The filter menus' words in each language. The starter island (src/client/timeline-search.ts)
// builds the menus from them where scripts run, which is the only place they work: without
// JavaScript the whole search box is hidden, so the page carries none of them. src/i18n/en.ts and
// es.ts include them as `client.filters`.
import type { Locale } from '../lib/locale.ts';
import type { FilterParamName } from '../lib/search/params.ts';

export interface FilterWords {
  /** The fieldset's legend, read by screen readers. */
  narrowBy: string;
  /** Each menu's label and its first choice, which leaves the filter off. */
  menus: Record<FilterParamName, { label: string; all: string }>;
  clearAll: string;
}

export const FILTER_WORDS: Record<Locale, FilterWords> = {
  en: {
    narrowBy: 'Narrow by',
    menus: {
      person: { label: 'Person or body', all: 'Anyone' },
      theme: { label: 'Theme', all: 'All themes' },
      outlet: { label: 'Source', all: 'All sources' },
      year: { label: 'Year', all: 'All years' },
    },
    clearAll: 'Clear all',
  },
  es: {
    narrowBy: 'Acotar por',
    menus: {
      person: { label: 'Persona o institución', all: 'Cualquiera' },
      theme: { label: 'Tema', all: 'Todos los temas' },
      outlet: { label: 'Fuente', all: 'Todas las fuentes' },
      year: { label: 'Año', all: 'Todos los años' },
    },
    clearAll: 'Borrar todo',
  },
};

/**
 * The words for a page's language (its `data-locale`), English for any other. Kept free of runtime
 * imports: the starter island that calls it stays one small file.
 */
export function filterWordsFor(locale: string | undefined): FilterWords {
  return locale !== undefined && Object.hasOwn(FILTER_WORDS, locale) ? FILTER_WORDS[locale as Locale] : FILTER_WORDS.en;
}
