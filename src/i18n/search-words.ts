// The search island's words in each language. They live in the island's own (lazily loaded) code, not
// in the page: the home page carries none of them. src/i18n/en.ts and es.ts include them as
// `client.search`; templates with `{name}` slots (src/client/ui-text.ts fills them).
import type { Locale } from '../lib/locale.ts';

const en = {
  loading: 'Loading search…',
  failed: 'Search could not be loaded. Browse by person, theme or year instead.',
  idle: '{total} events. Type to search, or choose a filter.',
  match: '{count} of {total} events match{what}{partial}.',
  what: ' “{query}”',
  partial: ' (no event has every word; showing those with the most)',
  searchPart: 'search “{query}”',
  filtered: 'Filtered by {parts}: {count} of {total} events.',
  passagesBest: 'The 12 best passages in the articles’ own words',
  passagesOne: '1 passage in the articles’ own words',
  passagesMany: '{n} passages in the articles’ own words',
  paragraphLink: '{outlet}, paragraph {n}',
  more: 'Show {n} more ({left} not shown)',
};

export const SEARCH_WORDS: Record<Locale, typeof en> = {
  en,
  es: {
    loading: 'Cargando la búsqueda…',
    failed: 'No se pudo cargar la búsqueda. Explore por persona, tema o año.',
    idle: '{total} eventos. Escriba para buscar o elija un filtro.',
    match: '{count} de {total} eventos coinciden{what}{partial}.',
    what: ' con “{query}”',
    partial: ' (ningún evento tiene todas las palabras; se muestran los que tienen más)',
    searchPart: 'búsqueda “{query}”',
    filtered: 'Filtrado por {parts}: {count} de {total} eventos.',
    passagesBest: 'Los 12 mejores pasajes con las palabras de los propios artículos',
    passagesOne: '1 pasaje con las palabras de los propios artículos',
    passagesMany: '{n} pasajes con las palabras de los propios artículos',
    paragraphLink: '{outlet}, párrafo {n}',
    more: 'Mostrar {n} más ({left} sin mostrar)',
  },
};
