// The words the small islands show (copy buttons, the overview, an embed's status line), in each
// language. Like the search island's (search-words.ts), they live in the islands' own lazily loaded
// code, not in the page: a page names only its language (<html lang>). src/i18n/en.ts and es.ts
// include them as `client`; templates with `{name}` slots (src/client/ui-text.ts fills them).
import type { Locale } from '../lib/locale.ts';

const en = {
  copy: { copied: 'Copied', failed: 'Copying failed: select the text and copy it' },
  embed: { none: 'No event matches this embed’s filters (of {total}).', shown: '{shown} of {total} events, earliest first.' },
  overview: { label: 'Overview. Left and right arrows move between events, Enter opens the event in the list.', position: '{i} of {n}: {name}', zoomTo: 'Zoom to', whole: 'the whole story' },
};

export type ClientWords = typeof en;

export const CLIENT_WORDS: Record<Locale, ClientWords> = {
  en,
  es: {
    copy: { copied: 'Copiado', failed: 'No se pudo copiar: seleccione el texto y cópielo' },
    embed: { none: 'Ningún evento coincide con los filtros de este marco (de {total}).', shown: '{shown} de {total} eventos, del más antiguo al más reciente.' },
    overview: { label: 'Vista general. Las flechas izquierda y derecha pasan de un evento a otro; Intro abre el evento en la lista.', position: '{i} de {n}: {name}', zoomTo: 'Ampliar', whole: 'toda la historia' },
  },
};
