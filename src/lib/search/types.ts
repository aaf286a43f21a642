// The shapes a search returns, shared by the engine's modules and its callers.
import type { SearchField } from './fields.ts';
import type { TextRange } from '../search-text.ts';

export interface SearchOptions {
  /** `date` (default): events in chronological order, as the timeline shows them; `score`: best first. */
  order?: 'date' | 'score';
  /** Most paragraph hits to return (best first); default 20. */
  paragraphLimit?: number;
  /** Let the last word match longer words while the user types; default true. */
  prefix?: boolean;
  /**
   * Cut each paragraph hit's snippet (default true). False leaves `snippet` empty and `ranges` none,
   * and a chunked index then fetches no paragraph texts: for a caller that shows passages only on demand.
   */
  snippets?: boolean;
}

export interface EventHit {
  /** Event id. */
  id: string;
  /** Relevance, higher is better; compare within one result only. */
  score: number;
  /** Normalised words and phrases that matched, for `markRanges`. */
  terms: string[];
  /** Fields the match was found in. */
  fields: SearchField[];
}

export interface ParagraphHit {
  /** Source id. */
  source: string;
  /** 1-based paragraph number (`#p<N>` on the source page). */
  paragraph: number;
  score: number;
  /** The paragraph, or a window of it around the first match, with "…" where cut. */
  snippet: string;
  /** Ranges to mark in `snippet`. */
  ranges: TextRange[];
  terms: string[];
}

export interface SearchResults {
  events: EventHit[];
  /** Best first. */
  paragraphs: ParagraphHit[];
  /** No document matched every word; these match the most words. */
  partial: boolean;
  /** The query had no searchable words (empty, punctuation only…). */
  blank: boolean;
}
