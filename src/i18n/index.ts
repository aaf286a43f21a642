// The interface strings of each language: one module per language, the same keys (type-checked).
import type { Locale } from '../lib/locale.ts';
import { en, type Strings } from './en.ts';
import { es } from './es.ts';

export type { Strings } from './en.ts';

const ALL: Record<Locale, Strings> = { en, es };

/** The interface strings of a language. */
export function strings(locale: Locale): Strings {
  return ALL[locale];
}
